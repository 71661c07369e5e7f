/**
 * Raw kuromoji in a bare module worker: builds the tokenizer with a minimal
 * loader (fetch kuromoji's own files, un-gzip when the bytes start with 1f 8b,
 * no cache, no progress), tokenizes the text it is sent, and posts kuromoji's
 * own token objects back. This is what the app's tokenizer layer is measured
 * against, so it does nothing the plain library would not.
 */
import { TokenizerBuilder } from '@patdx/kuromoji';
import { loadArrayBuffer } from './plain-dictionary-loader.ts';

type KuromojiToken = ReturnType<Awaited<ReturnType<TokenizerBuilder['build']>>['tokenize']>[number];

/** What the worker posts back. */
export type BaselineReply =
  | { ok: true; tokens: KuromojiToken[]; buildMs: number; tokenizeMs: number }
  | { ok: false; error: string };

const started = performance.now();
const building = new TokenizerBuilder({ loader: { loadArrayBuffer } }).build();

self.addEventListener('message', (event: MessageEvent<string>) => {
  void building.then(
    (tokenizer) => {
      const buildMs = performance.now() - started;
      const before = performance.now();
      const tokens = tokenizer.tokenize(event.data);
      const reply: BaselineReply = { ok: true, tokens, buildMs, tokenizeMs: performance.now() - before };
      self.postMessage(reply);
    },
    (error: unknown) => {
      const reply: BaselineReply = { ok: false, error: String(error) };
      self.postMessage(reply);
    },
  );
});
