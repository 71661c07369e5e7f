import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  graphemeEndAtOrAfter,
  graphemeStartAtOrBefore,
  graphemesAfter,
  graphemesBefore,
  isGraphemeBoundary,
  moveBackGraphemes,
  moveForwardGraphemes,
} from '../../../src/text/graphemes.ts';

const FAMILY = '👨‍👩‍👧';
const KA_DAKUTEN = 'か\u3099';

/** Reference: boundaries from segmenting the whole string at once. */
function referenceBoundaries(text: string): number[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...[...segmenter.segment(text)].map((s) => s.index), text.length].filter((p, i, all) => all.indexOf(p) === i);
}

// Pieces that exercise every kind of cluster: astral, ZWJ sequences, combining
// marks, full-width digits, CR/LF, flags, lone surrogates, Latin with accents.
const PIECES = ['a', 'Z', ' ', 'か', '\u3099', '𠮷', FAMILY, '１', '２', '\n', '\r', '\r\n', '🇯', '🇵', 'e\u0301', '\u200d', '\ud800', '\udc00', '。', '👍🏽', '\u3000', 'ﾊﾞ'];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

describe('isGraphemeBoundary', () => {
  it('agrees with whole-text segmentation on mixed text', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const expected = new Set(referenceBoundaries(text));
        for (let offset = 0; offset <= text.length; offset++) {
          expect(isGraphemeBoundary(text, offset)).toBe(expected.has(offset));
        }
      }),
      { seed: 20250127, numRuns: 300 },
    );
  });

  it('never splits the named clusters', () => {
    const text = `x${FAMILY}𠮷${KA_DAKUTEN}１２３\r\n`;
    expect(referenceBoundaries(text)).toEqual([0, 1, 9, 11, 13, 14, 15, 16, 18]);
    for (let offset = 0; offset <= text.length; offset++) {
      expect(isGraphemeBoundary(text, offset)).toBe([0, 1, 9, 11, 13, 14, 15, 16, 18].includes(offset));
    }
  });

  it('is exact inside a long run of flags (regional indicators pair up from the run start)', () => {
    const text = 'あ' + '🇯🇵'.repeat(50) + 'い';
    // Each flag is 4 code units; a boundary between the two letters of a flag would be wrong.
    expect(isGraphemeBoundary(text, 1 + 4 * 40)).toBe(true);
    expect(isGraphemeBoundary(text, 1 + 4 * 40 + 2)).toBe(false);
  });

  it('rejects offsets outside the text', () => {
    expect(() => isGraphemeBoundary('abc', -1)).toThrow(RangeError);
    expect(() => isGraphemeBoundary('abc', 4)).toThrow(RangeError);
    expect(() => isGraphemeBoundary('abc', 1.5)).toThrow(RangeError);
  });
});

describe('graphemeStartAtOrBefore / graphemeEndAtOrAfter', () => {
  it('move out of a cluster to its edges', () => {
    const text = `a${FAMILY}b`;
    for (let offset = 2; offset < 9; offset++) {
      expect(graphemeStartAtOrBefore(text, offset)).toBe(1);
      expect(graphemeEndAtOrAfter(text, offset)).toBe(9);
    }
    expect(graphemeStartAtOrBefore(text, 9)).toBe(9);
    expect(graphemeEndAtOrAfter(text, 1)).toBe(1);
    expect(graphemeEndAtOrAfter(text, 0)).toBe(0);
    expect(graphemeStartAtOrBefore(text, text.length)).toBe(text.length);
  });

  it('keep か + combining dakuten and a surrogate pair whole', () => {
    expect(graphemeStartAtOrBefore(KA_DAKUTEN, 1)).toBe(0);
    expect(graphemeEndAtOrAfter(KA_DAKUTEN, 1)).toBe(2);
    expect(graphemeStartAtOrBefore('𠮷', 1)).toBe(0);
    expect(graphemeEndAtOrAfter('𠮷', 1)).toBe(2);
  });

  it('land on the nearest reference boundaries', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const boundaries = referenceBoundaries(text);
        for (let offset = 0; offset <= text.length; offset++) {
          expect(graphemeStartAtOrBefore(text, offset)).toBe(Math.max(...boundaries.filter((p) => p <= offset)));
          expect(graphemeEndAtOrAfter(text, offset)).toBe(Math.min(...boundaries.filter((p) => p >= offset)));
        }
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});

describe('moving by clusters', () => {
  it('counts clusters, not code units', () => {
    const text = `${FAMILY}𠮷${KA_DAKUTEN}１２３`;
    expect(moveBackGraphemes(text, text.length, 4)).toBe(10); // が１２３: 4 clusters, 5 code units
    expect(moveForwardGraphemes(text, 0, 2)).toBe(10);
    expect(graphemesBefore(text, text.length, 3)).toBe('１２３');
    expect(graphemesAfter(text, 0, 1)).toBe(FAMILY);
    expect(graphemesBefore(text, 8, 100)).toBe(FAMILY);
    expect(graphemesAfter(text, 12, 100)).toBe('１２３');
  });

  it('refuse a negative or fractional count', () => {
    expect(() => moveBackGraphemes('abc', 2, -1)).toThrow(RangeError);
    expect(() => moveForwardGraphemes('abc', 1, 1.5)).toThrow(RangeError);
  });

  it('count the part of a cluster on the near side as one', () => {
    const text = `ab${FAMILY}cd`;
    expect(moveBackGraphemes(text, 5, 1)).toBe(2);
    expect(moveBackGraphemes(text, 5, 2)).toBe(1);
    expect(moveForwardGraphemes(text, 5, 1)).toBe(10);
    expect(moveForwardGraphemes(text, 5, 2)).toBe(11);
  });

  it('agree with the reference boundaries on long texts', () => {
    const longText = fc.array(fc.constantFrom(...PIECES), { minLength: 100, maxLength: 400 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(longText, fc.nat(), fc.integer({ min: 0, max: 40 }), (text, at, count) => {
        const offset = at % (text.length + 1);
        const boundaries = referenceBoundaries(text);
        const before = boundaries.filter((p) => p < offset);
        const after = boundaries.filter((p) => p > offset);
        const onBoundary = boundaries.includes(offset);
        const back = count === 0 && onBoundary ? offset : (before[before.length - Math.max(count, 1)] ?? 0);
        const forward = count === 0 && onBoundary ? offset : (after[Math.max(count, 1) - 1] ?? text.length);
        expect(moveBackGraphemes(text, offset, count)).toBe(back);
        expect(moveForwardGraphemes(text, offset, count)).toBe(forward);
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
