import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { snapSelection } from '../../../src/domain/snap.ts';
import { buildTokenTable, type TokenTable } from '../../../src/domain/token.ts';
import { isGraphemeBoundary } from '../../../src/text/graphemes.ts';

/** A token table from [start, end) pairs; the other columns do not matter here. */
function tokens(...spans: [number, number][]): TokenTable {
  return buildTokenTable(spans.map(([start, end]) => ({ start, end, pos: '名詞', posDetail: '*', baseForm: '*', reading: '', conjugation: '*' })));
}

// 株価 が 下落 し て い ます
const JA = '株価が下落しています';
const JA_TOKENS = tokens([0, 2], [2, 3], [3, 5], [5, 6], [6, 7], [7, 8], [8, 10]);

describe('snapSelection', () => {
  it('widens half a token to the whole token on both sides', () => {
    expect(snapSelection({ start: 1, end: 4 }, JA, JA_TOKENS, { exact: false })).toEqual({ start: 0, end: 5 });
  });

  it('leaves boundaries that already sit between tokens', () => {
    expect(snapSelection({ start: 2, end: 5 }, JA, JA_TOKENS, { exact: false })).toEqual({ start: 2, end: 5 });
  });

  it('keeps the selected characters with Alt (exact)', () => {
    expect(snapSelection({ start: 1, end: 4 }, JA, JA_TOKENS, { exact: true })).toEqual({ start: 1, end: 4 });
  });

  it('accepts a backwards selection', () => {
    expect(snapSelection({ start: 4, end: 1 }, JA, JA_TOKENS, { exact: false })).toEqual({ start: 0, end: 5 });
  });

  it('never splits a grapheme, even where the tokens do', () => {
    // A tokenizer that cut 𠮷 (a surrogate pair) and か + U+3099 in two.
    const text = '𠮷野か\u3099き';
    const badTokens = tokens([0, 1], [1, 3], [3, 4], [4, 6]);
    expect(snapSelection({ start: 1, end: 3 }, text, badTokens, { exact: false })).toEqual({ start: 0, end: 3 });
    expect(snapSelection({ start: 4, end: 6 }, text, badTokens, { exact: false })).toEqual({ start: 3, end: 6 });
    expect(snapSelection({ start: 4, end: 5 }, text, badTokens, { exact: true })).toEqual({ start: 3, end: 5 });
  });

  it('widens an exact selection inside an emoji ZWJ sequence to the whole sequence', () => {
    const text = '家族👨‍👩‍👧です';
    expect(snapSelection({ start: 4, end: 6 }, text, null, { exact: true })).toEqual({ start: 2, end: 10 });
  });

  it('trims spaces, U+3000 and line breaks at both ends', () => {
    const text = 'Stocks fell.\n\u3000 NVIDIA lost 11%. \nNext';
    const start = text.indexOf('\n');
    const end = text.lastIndexOf('\n') + 1;
    expect(snapSelection({ start, end }, text, null, { exact: true })).toEqual({
      start: text.indexOf('NVIDIA'),
      end: text.indexOf('%.') + 2,
    });
  });

  it('keeps a space that carries a combining mark (one grapheme)', () => {
    const text = 'a \u0301b';
    expect(snapSelection({ start: 1, end: 4 }, text, null, { exact: true })).toEqual({ start: 1, end: 4 });
  });

  it('returns null for a collapsed or blank selection', () => {
    expect(snapSelection({ start: 3, end: 3 }, JA, JA_TOKENS, { exact: false })).toBeNull();
    expect(snapSelection({ start: 1, end: 4 }, 'a \n\u3000b', null, { exact: false })).toBeNull();
  });

  it('clamps a selection that runs past the text', () => {
    expect(snapSelection({ start: -5, end: 99 }, JA, JA_TOKENS, { exact: false })).toEqual({ start: 0, end: 10 });
  });

  it('keeps every selected non-space character, on grapheme and token edges', () => {
    const pieces = ['a', 'b', ' ', '\n', '株', '𠮷', '👨‍👩‍👧', 'か\u3099', '１', '\u3000'];
    const arb = fc
      .record({
        parts: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 40 }),
        cuts: fc.array(fc.nat(), { maxLength: 30 }),
        a: fc.nat(),
        b: fc.nat(),
        exact: fc.boolean(),
      })
      .map(({ parts, cuts, a, b, exact }) => {
        const text = parts.join('');
        // Random token partition of the text, cutting anywhere (even inside clusters).
        const points = [...new Set([0, text.length, ...cuts.map((c) => c % (text.length + 1))])].sort((x, y) => x - y);
        const spans = points.slice(1).map((end, i): [number, number] => [points[i]!, end]);
        return { text, table: tokens(...spans), a: a % (text.length + 1), b: b % (text.length + 1), exact };
      });
    fc.assert(
      fc.property(arb, ({ text, table, a, b, exact }) => {
        const result = snapSelection({ start: a, end: b }, text, table, { exact });
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        const selected = text.slice(lo, hi);
        if (result === null) {
          expect(selected.trim()).toBe('');
          return;
        }
        expect(result.start).toBeLessThan(result.end);
        expect(isGraphemeBoundary(text, result.start)).toBe(true);
        expect(isGraphemeBoundary(text, result.end)).toBe(true);
        expect(/^\s/.test(text.slice(result.start))).toBe(false);
        expect(/\s$/.test(text.slice(0, result.end))).toBe(false);
        for (let i = lo; i < hi; i++) {
          if (!/\s/.test(text[i]!)) {
            expect(i).toBeGreaterThanOrEqual(result.start);
            expect(i).toBeLessThan(result.end);
          }
        }
      }),
      { seed: 8, numRuns: 400 },
    );
  });

  it('without Alt, ends on token edges when tokens are whole graphemes', () => {
    const pieces = ['a', 'b', ' ', '\n', '株', '𠮷', '👨‍👩‍👧', 'か\u3099', '１', '\u3000'];
    const arb = fc
      .record({
        parts: fc.array(fc.record({ piece: fc.constantFrom(...pieces), joinNext: fc.boolean() }), { minLength: 1, maxLength: 40 }),
        a: fc.nat(),
        b: fc.nat(),
      })
      .map(({ parts, a, b }) => {
        // Tokens are runs of pieces; a blank piece is always a token of its own.
        const spans: [number, number][] = [];
        let text = '';
        let tokenStart = 0;
        parts.forEach(({ piece, joinNext }, i) => {
          const blank = piece.trim() === '';
          if (blank && text.length > tokenStart) spans.push([tokenStart, (tokenStart = text.length)]);
          text += piece;
          if (blank || !joinNext || i === parts.length - 1) spans.push([tokenStart, (tokenStart = text.length)]);
        });
        return { text, table: tokens(...spans), spans, a: a % (text.length + 1), b: b % (text.length + 1) };
      });
    fc.assert(
      fc.property(arb, ({ text, table, spans, a, b }) => {
        const result = snapSelection({ start: a, end: b }, text, table, { exact: false });
        if (result === null) return;
        const edges = new Set(spans.flat());
        expect(edges.has(result.start)).toBe(true);
        expect(edges.has(result.end)).toBe(true);
      }),
      { seed: 9, numRuns: 400 },
    );
  });
});
