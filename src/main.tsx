import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './ui/App.tsx';
import { ServicesContext, type AppServices } from './ui/services.ts';
import { createI18n } from './ui/i18n/i18n.ts';
import { TokenizerClient } from './nlp/tokenizer-client.ts';
import { SuggestionClient } from './suggest/suggestion-client.ts';
import { openStorage } from './storage/open-storage.ts';
import { loadShippedArticle } from './content/shipped-article.ts';
import { systemClock } from './domain/ids.ts';
import { registerServiceWorker } from './offline/register-service-worker.ts';
import { appEvents } from './ui/app-events.ts';
import { adoptFirstPaint } from './first-paint/first-paint.ts';
import './ui/styles.css';

/**
 * The composition root: starts the dictionary download first (the slowest
 * thing), then opens the database and renders. The article text does not wait
 * for the dictionary; the service worker does.
 */
async function start(): Promise<void> {
  const tokenizer = new TokenizerClient();
  const dictionaryLoaded = tokenizer.load();
  const suggester = new SuggestionClient();
  const root = createRoot(document.getElementById('root')!);
  // The article boot.ts painted, if any: the first render shows it again (and replaces that paint).
  const firstArticle = (await adoptFirstPaint()) ?? undefined;
  const render = (storage: AppServices['storage']) =>
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <ServicesContext.Provider value={{ storage, tokenizer, suggester, clock: systemClock, firstArticle }}>
            <App />
          </ServicesContext.Provider>
        </I18nextProvider>
      </StrictMode>,
    );
  const storage = openStorage(() => loadShippedArticle(systemClock.now()), () => appEvents.emit('database-upgraded'));
  const i18n = await createI18n();
  // Paint the article now; storage (and with it the claims) follows.
  render({ state: 'opening' });
  render(await storage);
  // The offline copy of the app (its precache: every file, fetched and
  // stored) waits for this first dictionary load to end, either way, and
  // for the tokens asked for meanwhile, so as not to slow them down.
  void dictionaryLoaded.then(() => tokenizer.whenIdle()).then(() => registerServiceWorker());
}

void start();
