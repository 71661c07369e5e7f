import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../../src/ui/App.tsx';
import { ServicesContext, type AppServices } from '../../../src/ui/services.ts';
import { createI18n } from '../../../src/ui/i18n/i18n.ts';
import { openStorage } from '../../../src/storage/open-storage.ts';
import { loadShippedArticle } from '../../../src/content/shipped-article.ts';
import { TokenizerClient, type WorkerLike } from '../../../src/nlp/tokenizer-client.ts';
import { inThreadSuggester } from '../../../src/suggest/suggester.ts';

/** A worker that never answers: the dictionary stays "loading", as on a slow network. */
export function silentWorker(): WorkerLike {
  return { postMessage: () => {}, addEventListener: () => {}, terminate: () => {} };
}

/** A fixed time and random ids. */
export const clock = { now: () => '2026-11-29T10:00:00.000Z', newId: () => crypto.randomUUID() };

/** Opens storage under `dbName` as main.tsx does and renders the whole app in `language`. */
export async function startApp(dbName: string, language: 'en' | 'ja' = 'en') {
  const storage = await openStorage(() => loadShippedArticle(clock.now()), () => {}, dbName);
  const services: AppServices = { storage, tokenizer: new TokenizerClient(silentWorker), suggester: inThreadSuggester, clock };
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <App />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
  return storage;
}
