import { describe, expect, it } from 'vitest';
import { createAnchor, QUOTE_CONTEXT_GRAPHEMES } from '../../../../src/domain/anchoring/describe-quote.ts';

describe('createAnchor', () => {
  it('records offsets, quote, hash and 32 clusters of context each side', () => {
    const before = 'あ'.repeat(40);
    const after = 'い'.repeat(40);
    const text = `${before}NVIDIAは11%下落${after}`;
    const start = before.length;
    const end = start + 'NVIDIAは11%下落'.length;
    expect(createAnchor(text, start, end, 'h1')).toEqual({
      start,
      end,
      exact: 'NVIDIAは11%下落',
      prefix: 'あ'.repeat(QUOTE_CONTEXT_GRAPHEMES),
      suffix: 'い'.repeat(QUOTE_CONTEXT_GRAPHEMES),
      contentHash: 'h1',
    });
  });

  it('counts context in grapheme clusters and never halves one', () => {
    const family = '👨‍👩‍👧';
    const prefixRun = `${family}${'か\u3099'.repeat(31)}`; // 32 clusters, 70 code units
    const suffixRun = `${'𠮷'.repeat(31)}${family}`;
    const text = `x${prefixRun}１２３${suffixRun}y`;
    const start = 1 + prefixRun.length;
    const anchor = createAnchor(text, start, start + 3, 'h');
    expect(anchor.exact).toBe('１２３');
    expect(anchor.prefix).toBe(prefixRun);
    expect(anchor.suffix).toBe(suffixRun);
  });

  it('takes shorter context at the text edges', () => {
    expect(createAnchor('株価が下落', 0, 2, 'h')).toMatchObject({ prefix: '', exact: '株価', suffix: 'が下落' });
  });

  it('refuses a range outside the text or backwards', () => {
    expect(() => createAnchor('abc', 2, 1, 'h')).toThrow(RangeError);
    expect(() => createAnchor('abc', -1, 1, 'h')).toThrow(RangeError);
    expect(() => createAnchor('abc', 0, 4, 'h')).toThrow(RangeError);
  });
});
