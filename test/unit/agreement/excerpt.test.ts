import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../../src/ui/compare/excerpt.ts';
import { decisionFromValue, decisionValue } from '../../../src/ui/compare/decision-value.ts';

// The diff's excerpt pane and decision menu are pure helpers of the comparison view, tested here with it.

const marked = (text: string, a: { start: number; end: number } | null, b: { start: number; end: number } | null, context?: number) =>
  excerptOf(text, a, b, context).segments.map((s) => `${s.inA ? 'A' : ''}${s.inB ? 'B' : ''}[${s.text}]`).join('');

describe('excerptOf', () => {
  it('cuts the passage at the edges of both spans, marking which covers what', () => {
    const text = 'abcdefghij';
    expect(marked(text, { start: 2, end: 6 }, { start: 4, end: 8 })).toBe('[ab]A[cd]AB[ef]B[gh][ij]');
    expect(marked(text, null, { start: 0, end: 10 })).toBe('B[abcdefghij]');
  });

  it('stops at paragraph breaks and says when it cut', () => {
    const text = '前の段落。\n本文の主張。後ろ。\n次の段落。';
    const start = text.indexOf('主張');
    const excerpt = excerptOf(text, { start, end: start + 2 }, null);
    expect(excerpt.segments.map((s) => s.text).join('')).toBe('本文の主張。後ろ。');
    expect(excerpt.cutBefore).toBe(false);
    expect(excerpt.cutAfter).toBe(false);
  });

  it('counts context in grapheme clusters, never halving 👨‍👩‍👧, か + dakuten or 𠮷, across CRLF', () => {
    const text = 'x👨‍👩‍👧か\u3099𠮷１２３\r\n';
    const start = text.indexOf('１');
    const excerpt = excerptOf(text, { start, end: start + 3 }, null, 3);
    expect(excerpt.segments.map((s) => s.text)).toEqual(['👨‍👩‍👧か\u3099𠮷', '１２３', '\r']);
    expect(excerpt.cutBefore).toBe(true);
    expect(excerpt.cutAfter).toBe(false);
  });

  it('clamps offsets past the text instead of throwing', () => {
    expect(marked('abc', { start: 1, end: 99 }, null)).toBe('[a]A[bc]');
  });
});

describe('decision values', () => {
  it('round-trips every decision through an option value', () => {
    for (const choice of [{ take: 'A' }, { take: 'B' }, { take: 'drop' }, { take: 'edited', label: 'speculation' }] as const) {
      expect(decisionFromValue(decisionValue(choice))).toEqual(choice);
    }
    expect(decisionValue(null)).toBe('');
    expect(decisionFromValue('')).toBeNull();
    expect(decisionFromValue('edited:rumour')).toBeNull();
  });
});
