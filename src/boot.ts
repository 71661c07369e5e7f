/**
 * The page's entry (see index.html): starts the tokenizer worker and its
 * dictionary download first, then loads the app (main.tsx) as a separate
 * chunk, so the download runs while the main bundle is fetched and parsed.
 * Kept tiny on purpose; it imports nothing heavy.
 */
import { startEarlyWorker } from './nlp/early-worker.ts';

try {
  startEarlyWorker(() => new Worker(new URL('./nlp/tokenizer.worker.ts', import.meta.url), { type: 'module', name: 'tokenizer' }));
} catch {
  // No worker here (an old browser, a blocked script): the app starts its own, or reports why.
}

void import('./main.tsx');
