import type { CodePointIndex } from '../offsets.ts';

/**
 * Offset conversion for a claim whose offsets were taken on *another* text
 * than the one at hand (an orphan, or a claim made on an older version of the
 * article). Such offsets are only a hint for re-anchoring, so instead of
 * throwing like `CodePointIndex`, these convert what they can: past the end
 * of the text one for one, and a UTF-16 offset inside a surrogate pair as
 * the start of the pair. Export and import use the same pair of functions,
 * so the hint survives a round trip unchanged.
 */

/** Code point offset of UTF-16 `offset` on `index`'s text, extended past its end. */
export function looseToCodePoint(index: CodePointIndex, offset: number): number {
  if (offset > index.length) return index.codePointLength + (offset - index.length);
  return index.toCodePoint(index.isInsideSurrogatePair(offset) ? offset - 1 : offset);
}

/** UTF-16 offset of code point `offset` on `index`'s text, extended past its end. */
export function looseToUtf16(index: CodePointIndex, offset: number): number {
  if (offset > index.codePointLength) return index.length + (offset - index.codePointLength);
  return index.toUtf16(offset);
}
