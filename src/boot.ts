/**
 * The page's entry, loaded `async` by index.html so that it runs as soon as
 * it arrives, without waiting for the style sheet. In order:
 * 1. starts the tokenizer worker and its dictionary download, the slowest
 *    thing the app loads;
 * 2. paints the routed article's text (the shipped article from this chunk,
 *    any other from IndexedDB) as static DOM, before the app has loaded;
 * 3. runs the app (main.tsx), a separate chunk preloaded by index.html, once
 *    that text is on screen: run earlier, its evaluation would hold the
 *    first frame back.
 * Kept small on purpose: it imports nothing heavy (no React, no Dexie).
 */
import { startEarlyWorker } from './nlp/early-worker.ts';
import { startFirstPaint } from './first-paint/first-paint.ts';
import './ui/styles.css';

try {
  startEarlyWorker(() => new Worker(new URL('./nlp/tokenizer.worker.ts', import.meta.url), { type: 'module', name: 'tokenizer' }));
} catch {
  // No worker here (an old browser, a blocked script): the app starts its own, or reports why.
}

// This script is async (see index.html): it may run before the body is parsed.
const whenParsed = document.readyState === 'loading' ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true })) : Promise.resolve();
void whenParsed
  .then(() => startFirstPaint(document.getElementById('root'), location.hash, () => new Date().toISOString()))
  .then(() => import('./main.tsx'));
