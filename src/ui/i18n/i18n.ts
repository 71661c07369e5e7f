import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ja from './ja.json';

export const UI_LANGUAGES = ['ja', 'en'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The resource bundles; tests check both have exactly the same keys. */
export const RESOURCES = { en: { translation: en }, ja: { translation: ja } } as const;

const STORAGE_KEY = 'shucho.uiLanguage';

/** The remembered choice, else the browser's preferred language, else Japanese. */
export function initialLanguage(stored: string | null, browserLanguages: readonly string[]): UiLanguage {
  if (stored === 'ja' || stored === 'en') return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ja' || primary === 'en') return primary;
  }
  return 'ja';
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the user's language choice for the next start. */
export function rememberLanguage(language: UiLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be disabled; the choice then lasts for this visit only.
  }
}

/** Creates and initializes the i18next instance used by the whole UI. */
export async function createI18n(language?: UiLanguage): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language ?? initialLanguage(readStoredLanguage(), navigator.languages ?? [navigator.language]),
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = instance.language;
  instance.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  return instance;
}
