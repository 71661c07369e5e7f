import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CodePointIndex,
  codePointLength,
  codePointToUtf16,
  docContentSize,
  docPosToTextOffset,
  isInsideSurrogatePair,
  PARAGRAPHS_PER_BLOCK,
  paragraphStartsOf,
  textOffsetToDocPos,
  utf16ToCodePoint,
} from '../../../src/domain/offsets.ts';
import { paragraphsOf } from '../../../src/domain/article.ts';
import { normalizeLineBreaks } from '../../../src/text/normalize.ts';

const PIECES = ['a', ' ', '𠮷', '👨‍👩‍👧', 'か\u3099', '１２３', '\r\n', '\r', '\n', '。', '😀', '\ud83d', '\ude00'];
/** Raw input as it may arrive (CRLF, lone surrogates), normalized like every stored text. */
const textArb = fc
  .array(fc.constantFrom(...PIECES), { maxLength: 60 })
  .map((parts) => normalizeLineBreaks(parts.join('')));
/** Texts of many lines (up to three blocks of the editor's document), each line a short text of the pieces above. */
const manyLinesArb = fc
  .array(fc.array(fc.constantFrom(...PIECES.filter((piece) => !/[\r\n]/.test(piece))), { maxLength: 4 }), { minLength: PARAGRAPHS_PER_BLOCK - 2, maxLength: PARAGRAPHS_PER_BLOCK * 3 })
  .map((lines) => lines.map((line) => line.join('')).join('\n'));

/** Reference: code points counted by the string iterator. */
const referenceCodePoints = (text: string, offset: number) => Array.from(text.slice(0, offset)).length;

describe('code point offsets', () => {
  it('convert the named characters', () => {
    const text = normalizeLineBreaks('𠮷👨‍👩‍👧か\u3099１２３\r\nx');
    expect(text).toBe('𠮷👨‍👩‍👧か\u3099１２３\nx');
    // 𠮷 = 2 units/1 cp; the family = 8 units/5 cp (3 astral emoji, 2 ZWJ); the rest 1 unit each.
    expect(utf16ToCodePoint(text, 2)).toBe(1);
    expect(utf16ToCodePoint(text, 10)).toBe(6);
    expect(utf16ToCodePoint(text, text.length)).toBe(13);
    expect(codePointToUtf16(text, 6)).toBe(10);
    expect(codePointLength(text)).toBe(13);
    expect(isInsideSurrogatePair(text, 1)).toBe(true);
    expect(isInsideSurrogatePair(text, 2)).toBe(false);
    expect(() => utf16ToCodePoint(text, 1)).toThrow(RangeError);
  });

  it('match the string iterator and round-trip exactly', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const index = new CodePointIndex(text);
        const length = Array.from(text).length;
        expect(codePointLength(text)).toBe(length);
        expect(index.codePointLength).toBe(length);
        for (let offset = 0; offset <= text.length; offset++) {
          if (isInsideSurrogatePair(text, offset)) {
            expect(index.isInsideSurrogatePair(offset)).toBe(true);
            expect(() => utf16ToCodePoint(text, offset)).toThrow(RangeError);
            expect(() => index.toCodePoint(offset)).toThrow(RangeError);
            continue;
          }
          expect(index.isInsideSurrogatePair(offset)).toBe(false);
          const cp = utf16ToCodePoint(text, offset);
          expect(cp).toBe(referenceCodePoints(text, offset));
          expect(index.toCodePoint(offset)).toBe(cp);
          expect(codePointToUtf16(text, cp)).toBe(offset);
        }
        for (let cp = 0; cp <= length; cp++) {
          const offset = codePointToUtf16(text, cp);
          expect(index.toUtf16(cp)).toBe(offset);
          expect(isInsideSurrogatePair(text, offset)).toBe(false);
          expect(utf16ToCodePoint(text, offset)).toBe(cp);
        }
      }),
      { seed: 2025, numRuns: 300 },
    );
  });

  it('refuse offsets outside the text', () => {
    const index = new CodePointIndex('a𠮷');
    expect(() => utf16ToCodePoint('a𠮷', 4)).toThrow(RangeError);
    expect(() => utf16ToCodePoint('a𠮷', -1)).toThrow(RangeError);
    expect(() => codePointToUtf16('a𠮷', 3)).toThrow(RangeError);
    expect(() => codePointToUtf16('a𠮷', -1)).toThrow(RangeError);
    expect(() => codePointToUtf16('a𠮷', 0.5)).toThrow(RangeError);
    expect(() => index.toCodePoint(4)).toThrow(RangeError);
    expect(() => index.toUtf16(3)).toThrow(RangeError);
    expect(index.toUtf16(2)).toBe(3);
  });

  it('converts 10,000 offsets on a 200,000-unit text like the string iterator', () => {
    let text = '';
    const pieces = ['株価が下落しています。', '𠮷', '👨‍👩‍👧', 'か\u3099', '１２３', '\n', 'NVIDIA '];
    for (let i = 0; text.length < 200_000; i++) text += pieces[(i * 7) % pieces.length];
    const index = new CodePointIndex(text);
    // Reference table from one pass of the iterator.
    const cpAt = new Int32Array(text.length + 1).fill(-1);
    let cp = 0;
    let at = 0;
    for (const char of text) {
      cpAt[at] = cp++;
      at += char.length;
    }
    cpAt[at] = cp;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length }), (offset) => {
        if (cpAt[offset] === -1) {
          expect(() => index.toCodePoint(offset)).toThrow(RangeError);
        } else {
          expect(index.toCodePoint(offset)).toBe(cpAt[offset]);
          expect(index.toUtf16(cpAt[offset]!)).toBe(offset);
        }
      }),
      { seed: 99, numRuns: 10_000 },
    );
  });
});

describe('ProseMirror positions', () => {
  /** Reference: walk the document node by node, as ProseMirror counts: doc(block(paragraph+)+). */
  function referencePositions(text: string): number[] {
    const positions: number[] = [];
    let pos = 0;
    paragraphsOf(text).forEach((paragraph, index) => {
      if (index % PARAGRAPHS_PER_BLOCK === 0) {
        if (index > 0) pos += 1; // the previous block's closing token
        pos += 1; // block opening token
      }
      pos += 1; // paragraph opening token
      for (let i = 0; i < paragraph.text.length; i++) positions.push(pos++);
      positions.push(pos); // the '\n' (or the text end) maps to the end of content
      pos += 1; // closing token
    });
    return positions;
  }

  it('follow the node sizes on a small document', () => {
    const starts = paragraphStartsOf('ab\n\ncd');
    expect(starts).toEqual([0, 3, 4]);
    // doc(block(p("ab"), p(), p("cd"))): paragraph sizes 4, 2, 4, the block 12
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => textOffsetToDocPos(starts, offset))).toEqual([2, 3, 4, 6, 8, 9, 10]);
    expect(docContentSize(starts, 6)).toBe(12);
    expect(docPosToTextOffset(starts, 0, 6)).toBe(0);
    expect(docPosToTextOffset(starts, 1, 6)).toBe(0); // inside the block, before the first paragraph
    expect(docPosToTextOffset(starts, 5, 6)).toBe(3); // between p("ab") and p(): start of the empty line
    expect(docPosToTextOffset(starts, 7, 6)).toBe(4);
    expect(docPosToTextOffset(starts, 11, 6)).toBe(6);
    expect(docPosToTextOffset(starts, 12, 6)).toBe(6);
    expect(() => docPosToTextOffset(starts, 13, 6)).toThrow(RangeError);
    expect(() => textOffsetToDocPos(starts, -1)).toThrow(RangeError);
  });

  it('count the tokens of every block on a text of several blocks', () => {
    const lines = PARAGRAPHS_PER_BLOCK * 2 + 3;
    const text = Array.from({ length: lines }, (_, i) => `l${i}`).join('\n');
    const starts = paragraphStartsOf(text);
    const expected = referencePositions(text);
    // The first line of the third block: its block and paragraph opening tokens, after two whole blocks.
    const third = starts[PARAGRAPHS_PER_BLOCK * 2]!;
    expect(textOffsetToDocPos(starts, third)).toBe(expected[third]);
    expect(textOffsetToDocPos(starts, third)).toBe(third + PARAGRAPHS_PER_BLOCK * 2 + 2 * 2 + 2);
    expect(docContentSize(starts, text.length)).toBe(expected[text.length]! + 1 + 1);
    // The gap between two blocks (closing tokens, then opening ones) maps to the next line's start.
    for (let pos = expected[third - 1]! + 1; pos < expected[third]!; pos++) expect(docPosToTextOffset(starts, pos, text.length)).toBe(third);
  });

  it('round-trip every offset and agree with a node-by-node walk', () => {
    fc.assert(
      fc.property(fc.oneof(textArb, manyLinesArb), (text) => {
        const starts = paragraphStartsOf(text);
        expect(starts).toEqual(paragraphsOf(text).map((p) => p.start));
        const expected = referencePositions(text);
        const size = docContentSize(starts, text.length);
        for (let offset = 0; offset <= text.length; offset++) {
          const pos = textOffsetToDocPos(starts, offset);
          expect(pos).toBe(expected[offset]);
          expect(docPosToTextOffset(starts, pos, text.length)).toBe(offset);
        }
        for (let pos = 0; pos <= size; pos++) {
          const offset = docPosToTextOffset(starts, pos, text.length);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
          // Positions inside content map back exactly; gaps map to the next paragraph's start.
          if (expected.includes(pos)) expect(textOffsetToDocPos(starts, offset)).toBe(pos);
          else expect(offset === 0 || offset === text.length || text[offset - 1] === '\n').toBe(true);
        }
      }),
      { seed: 314, numRuns: 300 },
    );
  });
});
