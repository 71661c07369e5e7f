import type { TokenTable } from './token.ts';
import { tokenIndexAt } from './token.ts';
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore } from '../text/graphemes.ts';

/** A UTF-16 range [start, end) of an article's text. */
export interface TextRange {
  start: number;
  end: number;
}

export interface SnapOptions {
  /**
   * Keep the selected characters instead of widening to whole tokens (the
   * user holds Alt). Grapheme clusters are still never split.
   */
  exact: boolean;
}

/** Whitespace that is never part of a claim, line breaks and U+3000 included. */
const WHITESPACE = /^\s+$/u;

/**
 * Turns a raw selection into the range a claim covers:
 *
 * 1. `start`/`end` are ordered and clamped to the text.
 * 2. Unless `exact`, a boundary strictly inside a token moves outward to the
 *    token's start (for `start`) or end (for `end`); boundaries between
 *    tokens or on a token edge stay.
 * 3. Boundaries move outward to grapheme cluster boundaries, so a claim never
 *    splits 𠮷, 👨‍👩‍👧 or か + U+3099, even where the tokenizer's tokens would.
 *    Steps 2 and 3 repeat until neither moves anything.
 * 4. Whole whitespace clusters (spaces, U+3000, line breaks) are trimmed from
 *    both ends.
 *
 * `tokens` may be null while the tokenizer is loading: then only steps 1, 3
 * and 4 apply. Returns null when the selection is collapsed, or holds only
 * whitespace.
 */
export function snapSelection(
  selection: TextRange,
  text: string,
  tokens: TokenTable | null,
  options: SnapOptions,
): TextRange | null {
  let start = clamp(Math.min(selection.start, selection.end), text.length);
  let end = clamp(Math.max(selection.start, selection.end), text.length);
  if (start === end) return null;

  for (;;) {
    let nextStart = start;
    let nextEnd = end;
    if (!options.exact && tokens) {
      nextStart = tokenStartOutward(tokens, nextStart);
      nextEnd = tokenEndOutward(tokens, nextEnd);
    }
    nextStart = graphemeStartAtOrBefore(text, nextStart);
    nextEnd = graphemeEndAtOrAfter(text, nextEnd);
    if (nextStart === start && nextEnd === end) break;
    start = nextStart;
    end = nextEnd;
  }

  // Trim whole clusters so that a space joined by a combining mark is kept whole.
  while (start < end) {
    const next = graphemeEndAtOrAfter(text, start + 1);
    if (!WHITESPACE.test(text.slice(start, next))) break;
    start = next;
  }
  while (end > start) {
    const previous = graphemeStartAtOrBefore(text, end - 1);
    if (!WHITESPACE.test(text.slice(previous, end))) break;
    end = previous;
  }
  return start < end ? { start, end } : null;
}

function clamp(offset: number, length: number): number {
  return Math.max(0, Math.min(length, Math.trunc(offset)));
}

/** The start of the token `offset` is strictly inside, or `offset` itself. */
function tokenStartOutward(tokens: TokenTable, offset: number): number {
  const index = tokenIndexAt(tokens, offset);
  return index === -1 ? offset : tokens.start[index]!;
}

/** The end of the token `offset` is strictly inside, or `offset` itself. */
function tokenEndOutward(tokens: TokenTable, offset: number): number {
  const index = tokenIndexAt(tokens, offset);
  return index === -1 || tokens.start[index] === offset ? offset : tokens.end[index]!;
}
