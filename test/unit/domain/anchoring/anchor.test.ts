import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAnchor } from '../../../../src/domain/anchoring/describe-quote.ts';
import { resolveAnchor } from '../../../../src/domain/anchoring/anchor.ts';
import { isGraphemeBoundary } from '../../../../src/text/graphemes.ts';

const ARTICLE = readFileSync(new URL('../../../../data/articles/nvidia-deepseek-2025-01-27.ja.txt', import.meta.url), 'utf8');
const OLD = 'hash-old';
const NEW = 'hash-new';

function anchorOn(quote: string, occurrence = 0, text = ARTICLE) {
  let start = text.indexOf(quote);
  for (let i = 0; i < occurrence; i++) start = text.indexOf(quote, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return createAnchor(text, start, start + quote.length, OLD);
}

describe('resolveAnchor', () => {
  it('keeps the stored position on the unchanged text', () => {
    const anchor = anchorOn('NVIDIAは時間外取引で11%下落しています');
    expect(resolveAnchor(ARTICLE, OLD, anchor)).toEqual({ start: anchor.start, end: anchor.end, how: 'position' });
  });

  it('finds the quote again after an insertion before it', () => {
    const anchor = anchorOn('NVIDIAは時間外取引で11%下落しています');
    const inserted = '【速報】米国市場の動きをまとめました。\n';
    const text = inserted + ARTICLE;
    expect(resolveAnchor(text, NEW, anchor)).toEqual({
      start: anchor.start + inserted.length,
      end: anchor.end + inserted.length,
      how: 'quote',
    });
  });

  it('does not trust offsets that no longer hold the quote, even with the same hash', () => {
    const anchor = { ...anchorOn('Microsoftも4%ほど下落'), start: 3, end: 10 };
    const resolved = resolveAnchor(ARTICLE, OLD, anchor);
    expect(resolved?.how).toBe('quote');
    expect(ARTICLE.slice(resolved!.start, resolved!.end)).toBe('Microsoftも4%ほど下落');
  });

  it('finds a slightly edited quote by fuzzy match', () => {
    const quote = '時価総額が数兆ドル規模の企業にとってはかなりの大事です';
    const anchor = anchorOn(quote);
    const edited = '時価総額が数兆ドル規模の企業にとっては相当な大事です';
    const text = ARTICLE.replace(quote, edited);
    const resolved = resolveAnchor(text, NEW, anchor);
    expect(resolved?.how).toBe('fuzzy');
    expect(text.slice(resolved!.start, resolved!.end)).toBe(edited);
  });

  it('returns null when the quote is gone (an orphan)', () => {
    const quote = '皮肉なことに、私がこれまで言及していなかった企業が最も好調なようです。';
    const anchor = anchorOn(quote);
    expect(resolveAnchor(ARTICLE.replace(quote, ''), NEW, anchor)).toBeNull();
  });

  it('does not fuzzy-match quotes shorter than four characters', () => {
    const anchor = createAnchor('株価が下落', 0, 2, OLD);
    expect(resolveAnchor('株式が下落', NEW, anchor)).toBeNull();
  });

  it('tells a repeated quote apart by its context', () => {
    const quote = '無料のChatGPTを提供している';
    const second = anchorOn(quote, 1);
    const first = anchorOn(quote, 0);
    expect(second.start).toBeGreaterThan(first.start);
    // Lines added at the top change every offset; context must pick the right copy.
    const text = '追記：一部表現を修正しました。\n' + ARTICLE;
    const shift = text.length - ARTICLE.length;
    expect(resolveAnchor(text, NEW, second)).toEqual({ start: second.start + shift, end: second.end + shift, how: 'quote' });
    expect(resolveAnchor(text, NEW, first)).toEqual({ start: first.start + shift, end: first.end + shift, how: 'quote' });
    // Context outweighs a stale position pointing at the other copy.
    const misplaced = { ...second, start: first.start, end: first.end };
    expect(resolveAnchor(text, NEW, misplaced)?.start).toBe(second.start + shift);
  });

  it('widens a fuzzy match to whole graphemes', () => {
    const text = 'はじめに。家族👨‍👩‍👧で旅行に行きました。おわり';
    const start = text.indexOf('家族');
    const anchor = createAnchor(text, start, text.indexOf('。おわり'), OLD);
    const edited = text.replace('👨‍👩‍👧', '👨‍👩‍👦');
    const resolved = resolveAnchor(edited, NEW, anchor);
    expect(resolved?.how).toBe('fuzzy');
    expect(isGraphemeBoundary(edited, resolved!.start)).toBe(true);
    expect(isGraphemeBoundary(edited, resolved!.end)).toBe(true);
    expect(edited.slice(resolved!.start, resolved!.end)).toBe('家族👨‍👩‍👦で旅行に行きました');
  });

  it('follows a quote through an edit elsewhere in the article', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: ARTICLE.length - 40 }),
        fc.integer({ min: 4, max: 40 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 30 }),
        (start, length, at, insertion) => {
          const end = start + length;
          const anchor = createAnchor(ARTICLE, start, end, OLD);
          // Insert far enough from the quote to leave its context intact.
          const candidates = [...Array(ARTICLE.length + 1).keys()].filter((p) => p < start - 70 || p > end + 70);
          fc.pre(candidates.length > 0);
          const where = candidates[at % candidates.length]!;
          const text = ARTICLE.slice(0, where) + insertion + ARTICLE.slice(where);
          const shift = where <= start ? insertion.length : 0;
          const resolved = resolveAnchor(text, NEW, anchor);
          expect(resolved).toEqual({ start: start + shift, end: end + shift, how: 'quote' });
        },
      ),
      { seed: 127, numRuns: 200 },
    );
  });
});
