import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  compareSpans,
  matchSpans,
  overlapLength,
  scoreOf,
  scoreSpans,
  spansMatch,
  type LabelledSpan,
} from '../../../src/domain/agreement/span-match.ts';

const span = (start: number, end: number, label = 'fact'): LabelledSpan => ({ start, end, label });

describe('spansMatch', () => {
  it('exact needs the same start and end', () => {
    expect(spansMatch(span(0, 10), span(0, 10), 'exact')).toBe(true);
    expect(spansMatch(span(0, 10), span(0, 9), 'exact')).toBe(false);
  });

  it('overlap needs at least half of the longer span', () => {
    // [0,10) and [5,15): overlap 5, longer 10 -> 2*5 >= 10
    expect(spansMatch(span(0, 10), span(5, 15), 'overlap')).toBe(true);
    // [0,10) and [6,16): overlap 4 < 5
    expect(spansMatch(span(0, 10), span(6, 16), 'overlap')).toBe(false);
    // a 4-unit clause inside a 10-unit sentence: overlap 4, longer 10 -> no
    expect(spansMatch(span(3, 7), span(0, 10), 'overlap')).toBe(false);
    // a 5-unit clause inside a 10-unit sentence: exactly half -> yes
    expect(spansMatch(span(0, 5), span(0, 10), 'overlap')).toBe(true);
    // odd lengths: overlap 4 of longer 9 -> 8 < 9 -> no; 5 of 9 -> yes
    expect(spansMatch(span(0, 4), span(0, 9), 'overlap')).toBe(false);
    expect(spansMatch(span(0, 5), span(0, 9), 'overlap')).toBe(true);
  });

  it('touching spans share nothing, and empty spans only match exactly', () => {
    expect(overlapLength(span(0, 5), span(5, 9))).toBe(0);
    expect(spansMatch(span(0, 5), span(5, 9), 'overlap')).toBe(false);
    expect(spansMatch(span(3, 3), span(3, 3), 'overlap')).toBe(true);
    expect(spansMatch(span(3, 3), span(2, 4), 'overlap')).toBe(false);
  });
});

describe('matchSpans', () => {
  it('is one to one and prefers the largest overlap', () => {
    // A0 [0,10) could pair with B0 [0,8) (overlap 8) or B1 [2,12) (overlap 8)
    // A1 [2,12) pairs best with B1 (overlap 10).
    const a = [span(0, 10), span(2, 12)];
    const b = [span(0, 8), span(2, 12)];
    expect(matchSpans(a, b, 'overlap')).toEqual([
      { a: 0, b: 0, overlap: 8 },
      { a: 1, b: 1, overlap: 10 },
    ]);
  });

  it('breaks overlap ties by the closest ends, then by position', () => {
    // Both B spans overlap A0 by 6: B0 [0,6) (distance 0+4) and B1 [4,10) (distance 4+0).
    // Equal distance -> earlier B wins.
    expect(matchSpans([span(0, 10)], [span(4, 10), span(0, 6)], 'overlap')).toEqual([{ a: 0, b: 1, overlap: 6 }]);
    // Same overlap (8) and distance decides: [11,19) is 1+1 away from [10,20), [9,18) is 1+2 away.
    expect(matchSpans([span(10, 20)], [span(9, 18), span(11, 19)], 'overlap')).toEqual([{ a: 0, b: 1, overlap: 8 }]);
    // Same overlap (7), same distance (3): the earlier B span, [0,7), wins.
    expect(matchSpans([span(0, 10)], [span(3, 10), span(0, 7)], 'overlap')[0]!.b).toBe(1);
  });

  it('does not depend on input order', () => {
    const a = [span(0, 10), span(10, 20), span(30, 40)];
    const b = [span(5, 15), span(0, 9), span(31, 41)];
    const forward = matchSpans(a, b, 'overlap').map((p) => [a[p.a], b[p.b]]);
    const reversed = matchSpans([...a].reverse(), [...b].reverse(), 'overlap').map((p) => [[...a].reverse()[p.a], [...b].reverse()[p.b]]);
    expect(reversed).toEqual(forward);
  });

  it('can require equal labels', () => {
    expect(matchSpans([span(0, 10, 'fact')], [span(0, 10, 'opinion')], 'exact', { sameLabel: true })).toEqual([]);
    expect(matchSpans([span(0, 10, 'fact')], [span(0, 10, 'opinion')], 'exact')).toHaveLength(1);
  });
});

describe('scoreOf', () => {
  it('computes the ratios and nulls the undefined ones', () => {
    expect(scoreOf(2, 1, 1)).toEqual({ tp: 2, fp: 1, fn: 1, precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(scoreOf(0, 0, 3)).toEqual({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0, f1: 0 });
    expect(scoreOf(0, 2, 0)).toEqual({ tp: 0, fp: 2, fn: 0, precision: 0, recall: null, f1: 0 });
    expect(scoreOf(0, 0, 0)).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
  });
});

describe('scoreSpans', () => {
  // Hand-computed example:
  // gold: fact [0,10), opinion [20,30), speculation [40,50)
  // pred: fact [0,10) exact, opinion [22,30) overlap only, fact [40,50) wrong label, opinion [60,70) spurious
  const gold = [span(0, 10, 'fact'), span(20, 30, 'opinion'), span(40, 50, 'speculation')];
  const predicted = [span(0, 10, 'fact'), span(22, 30, 'opinion'), span(40, 50, 'fact'), span(60, 70, 'opinion')];
  const labels = ['fact', 'opinion', 'speculation', 'not-investment-advice'];

  it('scores exact matching per label and micro', () => {
    const scores = scoreSpans(gold, predicted, labels, 'exact');
    // fact: tp 1 ([0,10)), fp 1 ([40,50) fact), fn 0
    expect(scores.perLabel.fact).toEqual(scoreOf(1, 1, 0));
    // opinion: [22,30) is not exact -> tp 0, fp 2, fn 1
    expect(scores.perLabel.opinion).toEqual(scoreOf(0, 2, 1));
    expect(scores.perLabel.speculation).toEqual(scoreOf(0, 0, 1));
    expect(scores.perLabel['not-investment-advice']).toEqual(scoreOf(0, 0, 0));
    expect(scores.perLabel['not-investment-advice']!.f1).toBeNull();
    // micro: tp 1, fp 3, fn 2 -> P 0.25, R 1/3, F1 2/(2+5)
    expect(scores.overall).toEqual({ tp: 1, fp: 3, fn: 2, precision: 0.25, recall: 1 / 3, f1: 2 / 7 });
  });

  it('scores overlap matching per label and micro', () => {
    const scores = scoreSpans(gold, predicted, labels, 'overlap');
    // opinion: [22,30) shares 8 of 10 with [20,30) -> tp 1, fp 1 ([60,70)), fn 0
    expect(scores.perLabel.opinion).toEqual(scoreOf(1, 1, 0));
    // micro: tp 2, fp 2, fn 1 -> P 0.5, R 2/3, F1 4/7
    expect(scores.overall).toEqual({ tp: 2, fp: 2, fn: 1, precision: 0.5, recall: 2 / 3, f1: 4 / 7 });
  });

  it('gives null F1 overall when neither side has spans', () => {
    expect(scoreSpans([], [], labels, 'overlap').overall.f1).toBeNull();
  });

  it('keeps tp + fn = gold count and tp + fp = predicted count (property)', () => {
    const arbSpan = fc
      .record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 20 }), label: fc.constantFrom('fact', 'opinion') })
      .map(({ start, length, label }) => span(start, start + length, label));
    fc.assert(
      fc.property(fc.array(arbSpan, { maxLength: 8 }), fc.array(arbSpan, { maxLength: 8 }), fc.constantFrom('exact' as const, 'overlap' as const), (g, p, mode) => {
        const { overall } = scoreSpans(g, p, ['fact', 'opinion'], mode);
        expect(overall.tp + overall.fn).toBe(g.length);
        expect(overall.tp + overall.fp).toBe(p.length);
        // every exact pair is also an overlap pair, so overlap never scores fewer
        if (mode === 'exact') expect(scoreSpans(g, p, ['fact', 'opinion'], 'overlap').overall.tp).toBeGreaterThanOrEqual(overall.tp);
      }),
      { seed: 20250127, numRuns: 300 },
    );
  });
});

describe('compareSpans', () => {
  it('lists pairs, label disagreements and what is only on one side', () => {
    const a = [span(0, 10, 'fact'), span(20, 30, 'opinion'), span(50, 60, 'speculation')];
    const b = [span(1, 10, 'fact'), span(20, 29, 'fact'), span(80, 90, 'opinion')];
    const diff = compareSpans(a, b, 'overlap');
    expect(diff.matched).toEqual([
      { a: a[0], b: b[0], overlap: 9 },
      { a: a[1], b: b[1], overlap: 9 },
    ]);
    expect(diff.labelDisagreements).toEqual([{ a: a[1], b: b[1], overlap: 9 }]);
    expect(diff.onlyInA).toEqual([a[2]]);
    expect(diff.onlyInB).toEqual([b[2]]);
  });

  it('with exact matching, a shifted span is on both sides', () => {
    const diff = compareSpans([span(0, 10)], [span(0, 11)], 'exact');
    expect(diff.matched).toEqual([]);
    expect(diff.onlyInA).toHaveLength(1);
    expect(diff.onlyInB).toHaveLength(1);
  });
});
