/**
 * Tokenizes the agreement page's text into the app's TokenTable, as the
 * app's tokenizer worker does: kuromoji through `tokenizeJapanese`
 * (src/nlp/encode-tokens.ts), the table's columns transferred back. Only
 * the dictionary loading is the bench's own (fetch kuromoji's own files, un-gzip
 * when the bytes start with 1f 8b), since the app's loader needs the app
 * build's dictionary manifest. Untimed setup of the Issue 5 case.
 */
import { TokenizerBuilder } from '@patdx/kuromoji';
import { loadArrayBuffer } from './plain-dictionary-loader.ts';
import type { TokenTable } from '../../../src/domain/token.ts';
import { tokenizeJapanese, transferablesOf } from '../../../src/nlp/encode-tokens.ts';

/** What the worker posts back. */
export type TokensReply = { ok: true; table: TokenTable; ms: number } | { ok: false; error: string };

const building = new TokenizerBuilder({ loader: { loadArrayBuffer } }).build();

self.addEventListener('message', (event: MessageEvent<string>) => {
  void building.then(
    (tokenizer) => {
      const started = performance.now();
      const table = tokenizeJapanese(event.data, (text) => tokenizer.tokenize(text));
      const reply: TokensReply = { ok: true, table, ms: performance.now() - started };
      self.postMessage(reply, { transfer: transferablesOf(table) });
    },
    (error: unknown) => {
      const reply: TokensReply = { ok: false, error: String(error) };
      self.postMessage(reply);
    },
  );
});
