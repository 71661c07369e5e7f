/**
 * The page's entry. In a production build it is inlined into index.html
 * (src/first-paint/vite-plugin-inline-boot.ts), so it runs as soon as the
 * page is parsed, with no request first. In order:
 * 1. paints the routed article's text (the shipped article from this
 *    script, any other from IndexedDB) as static DOM, before the app has
 *    loaded;
 * 2. once that text is on screen, starts the tokenizer worker and its
 *    dictionary download, the slowest thing the app loads, asks it for the
 *    article's tokens (a returning visit gets them from the worker's token
 *    cache before the app has started), and runs the app (main.tsx, a
 *    separate file). Started earlier, the worker competes with the first
 *    frame for the CPU: measured on two cores, starting it first made the
 *    text appear 30 % later and the tokens no sooner.
 * Kept small on purpose: it imports nothing heavy (no React, no Dexie), and
 * it is bundled on its own, so it shares no module with the app: they hand
 * over through globals (early-worker.ts, first-paint.ts).
 */
import appEntry from 'virtual:app-entry';
import { requestEarlyTokens, startEarlyWorker } from './nlp/early-worker.ts';
import { firstPaintArticle, startFirstPaint } from './first-paint/first-paint.ts';
import { loadApp } from './first-paint/load-app.ts';
import './ui/page.css';

function startWorker(url: string | null): void {
  if (!url) return;
  try {
    startEarlyWorker(() => new Worker(url, { type: 'module', name: 'tokenizer' }));
  } catch {
    // No worker here (an old browser, a blocked script): the app starts its own, or reports why.
  }
}

// This script is async: it may run before the body is parsed.
const whenParsed = document.readyState === 'loading' ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true })) : Promise.resolve();
void whenParsed
  .then(() => startFirstPaint(document.getElementById('root'), location.hash, () => new Date().toISOString()))
  .then(() => {
    startWorker(appEntry.tokenizerWorker);
    void firstPaintArticle()?.then((article) => {
      if (article) requestEarlyTokens(article.text, article.lang);
    });
  })
  .then(() => loadApp(document, appEntry, (url) => import(/* @vite-ignore */ url)));
