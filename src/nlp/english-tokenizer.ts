/**
 * A deliberately simple English tokenizer on top of `Intl.Segmenter`: the
 * claims are annotated on Japanese articles, and English text (translations,
 * notes) only needs word boundaries for selection snapping, not tagging.
 */
import type { TokenTable } from '../domain/token.ts';
import { TokenTableBuilder } from './token-table-builder.ts';

/** The part-of-speech tags of English tokens. */
export const ENGLISH_POS = {
  word: 'word',
  number: 'number',
  /** Unicode punctuation (General_Category P*): . , ! ? — " ' ( ) ... */
  punctuation: 'punctuation',
  /** Anything else that is neither word nor space: $ % # emoji. */
  symbol: 'symbol',
} as const;

const WHITESPACE = /^\s+$/u;
const NUMBER = /^\p{Nd}[\p{Nd}.,]*$/u;
const PUNCTUATION = /^\p{P}+$/u;

let segmenter: Intl.Segmenter | undefined;

/**
 * Tokenizes English `text`: every word-like segment (letters, digits, with
 * inner apostrophes and dots: "don't", "3.14", "U.S") and every punctuation
 * or symbol segment becomes a token; whitespace becomes none. Offsets are
 * UTF-16 indices into `text`. pos is one of ENGLISH_POS, baseForm the
 * lower-cased surface, reading '', posDetail and conjugation '*'.
 */
export function tokenizeEnglish(text: string): TokenTable {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  const builder = new TokenTableBuilder(Math.ceil(text.length / 4));
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (WHITESPACE.test(segment)) continue;
    const pos = isWordLike
      ? NUMBER.test(segment)
        ? ENGLISH_POS.number
        : ENGLISH_POS.word
      : PUNCTUATION.test(segment)
        ? ENGLISH_POS.punctuation
        : ENGLISH_POS.symbol;
    builder.push(index, index + segment.length, pos, '*', segment.toLowerCase(), '', '*');
  }
  return builder.finish();
}
