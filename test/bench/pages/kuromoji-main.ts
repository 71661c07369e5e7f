/**
 * The tokens baseline: the least a page can do to get kuromoji's tokens onto
 * its main thread. It starts a module worker at once, asks it to tokenize
 * the shipped text (or `?chars=N` of it repeated, see long-text.ts), and
 * marks `bench:tokens-received` when the tokens arrive, with the worker's own
 * timings in `detail`.
 */
import shippedText from '../../../data/articles/nvidia-deepseek-2025-01-27.ja.txt?raw';
import { repeatToLength } from './long-text.ts';
import type { BaselineReply } from './kuromoji.worker.ts';

const chars = Number(new URLSearchParams(location.search).get('chars') ?? '0');
const text = chars > 0 ? repeatToLength(shippedText, chars) : shippedText;

const worker = new Worker(new URL('./kuromoji.worker.ts', import.meta.url), { type: 'module' });
worker.addEventListener('message', (event: MessageEvent<BaselineReply>) => {
  const reply = event.data;
  if (!reply.ok) {
    performance.mark('bench:tokens-failed', { detail: { error: reply.error } });
    return;
  }
  performance.mark('bench:tokens-received', {
    detail: { tokens: reply.tokens.length, characters: text.length, buildMs: reply.buildMs, workerMs: reply.tokenizeMs },
  });
});
worker.postMessage(text);
