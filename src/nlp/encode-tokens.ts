/**
 * Turns kuromoji's token objects into a TokenTable with UTF-16 offsets, and
 * lists a table's buffers for transfer to another thread.
 */
import type { TokenTable } from '../domain/token.ts';
import { TOKEN_TABLE_COLUMNS } from './protocol.ts';
import { TokenTableBuilder } from './token-table-builder.ts';

/**
 * The fields of a kuromoji (IPADIC) token that we keep. Declared here rather
 * than imported so that only the worker depends on the kuromoji package.
 * Unknown words lack `reading`; kuromoji leaves it `undefined`.
 */
export interface KuromojiToken {
  surface_form: string;
  pos?: string | undefined;
  pos_detail_1?: string | undefined;
  basic_form?: string | undefined;
  reading?: string | null | undefined;
  conjugated_form?: string | undefined;
}

/** IPADIC's placeholder for "no value". */
const NONE = '*';

/** Features given to text that kuromoji returned no usable token for: what it gives unknown symbols. */
const UNKNOWN_SYMBOL = { pos: '記号', posDetail: '一般', baseForm: NONE, reading: '', conjugation: NONE } as const;

/** kuromoji's sentence delimiters: it tokenizes each piece ending in one of them on its own. */
const SENTENCE_END = /[、。]/g;

/** Ends of the pieces kuromoji splits `text` into (after each 、 and 。, and at the end). */
function sentenceEnds(text: string): number[] {
  const ends = [...text.matchAll(SENTENCE_END)].map((match) => match.index + 1);
  if (ends.at(-1) !== text.length) ends.push(text.length);
  return ends;
}

/**
 * Tokenizes `text` with `tokenize` (kuromoji's `tokenize`) into a TokenTable
 * whose offsets are UTF-16 indices into `text` and whose tokens cover all
 * of it, contiguously: the surfaces always spell `text`.
 *
 * Offsets come from walking the text with the surfaces. kuromoji's own
 * `word_position` cannot be used: it is 1-based, counts code points rather
 * than UTF-16 units, and restarts every sentence.
 *
 * kuromoji (1.0.4) also silently drops text: after a run of two or more
 * astral characters of one class (😀😀, 𩸽𩸽) it measures the run in UTF-16
 * units but advances in code points, skipping as many characters as the run
 * has astral ones ("😀😀本日は" comes back as 😀😀, は). So each sentence
 * (kuromoji's unit: text up to 、 or 。) is tokenized separately, tokens are
 * accepted while they match the text, and from the first that does not,
 * the rest of the sentence is tokenized again. A code point kuromoji gives
 * no matching token for at all becomes an unknown-symbol token.
 */
export function tokenizeJapanese(text: string, tokenize: (text: string) => readonly KuromojiToken[]): TokenTable {
  const builder = new TokenTableBuilder(Math.ceil(text.length / 2));
  let from = 0;
  for (const to of sentenceEnds(text)) {
    let cursor = from;
    while (cursor < to) {
      const restart = cursor;
      for (const token of tokenize(text.slice(restart, to))) {
        const surface = token.surface_form;
        if (surface.length === 0) continue;
        if (!text.startsWith(surface, cursor) || cursor + surface.length > to) break;
        const end = cursor + surface.length;
        builder.push(
          cursor,
          end,
          token.pos ?? NONE,
          token.pos_detail_1 ?? NONE,
          token.basic_form ?? NONE,
          token.reading ?? '',
          token.conjugated_form ?? NONE,
        );
        cursor = end;
      }
      if (cursor === restart) {
        const end = cursor + String.fromCodePoint(text.codePointAt(cursor)!).length;
        const u = UNKNOWN_SYMBOL;
        builder.push(cursor, end, u.pos, u.posDetail, u.baseForm, u.reading, u.conjugation);
        cursor = end;
      }
    }
    from = to;
  }
  return builder.finish();
}

/**
 * The ArrayBuffers behind the columns of `table`, each once, to pass as the
 * transfer list of `postMessage` so that the columns move instead of being
 * copied. The table's columns are unusable in the sender afterwards.
 */
export function transferablesOf(table: TokenTable): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of TOKEN_TABLE_COLUMNS) {
    const buffer = table[column].buffer;
    // A SharedArrayBuffer cannot be transferred (nor needs to be).
    if (buffer instanceof ArrayBuffer) buffers.add(buffer);
  }
  return [...buffers];
}
