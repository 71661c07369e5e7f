import { useTranslation } from 'react-i18next';
import { rememberLanguage, UI_LANGUAGES } from '../i18n/i18n.ts';

/** Switches the whole UI between Japanese and English; the choice is remembered. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('app.language')}>
      {UI_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          aria-pressed={i18n.language === language}
          onClick={() => {
            rememberLanguage(language);
            void i18n.changeLanguage(language);
          }}
        >
          {t(`app.languageName.${language}`)}
        </button>
      ))}
    </div>
  );
}
