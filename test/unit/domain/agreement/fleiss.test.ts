import { describe, expect, it } from 'vitest';
import { fleissKappa, fleissKappaFromCounts, pairwiseCohensKappa } from '../../../../src/domain/agreement/fleiss.ts';
import { cohensKappa } from '../../../../src/domain/agreement/kappa.ts';

// https://en.wikipedia.org/wiki/Fleiss%27_kappa, "Worked example": 14 raters put
// 10 subjects into 5 categories. Published results: P-bar = 0.378,
// P-bar-e = 0.213, kappa = 0.210.
const WIKIPEDIA_COUNTS = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

/** The same table as one category sequence per rater (rater r takes the r-th rating of each subject). */
function toRaterSequences(counts: number[][]): number[][] {
  const raters = counts[0]!.reduce((sum, c) => sum + c, 0);
  const sequences: number[][] = Array.from({ length: raters }, () => []);
  for (const row of counts) {
    const ratings = row.flatMap((count, category) => Array<number>(count).fill(category));
    ratings.forEach((category, r) => sequences[r]!.push(category));
  }
  return sequences;
}

describe('fleissKappa', () => {
  it("reproduces Wikipedia's worked example (kappa 0.210)", () => {
    const result = fleissKappaFromCounts(WIKIPEDIA_COUNTS);
    expect(result.categoryTotals).toEqual([20, 28, 39, 21, 32]);
    expect(result.observed).toBeCloseTo(0.378, 3);
    expect(result.expected).toBeCloseTo(0.213, 3);
    expect(result.value).toBeCloseTo(0.21, 3);
    expect(result).toMatchObject({ n: 10, raters: 14, note: null });
  });

  it('gives the same result from rater sequences', () => {
    const fromCounts = fleissKappaFromCounts(WIKIPEDIA_COUNTS);
    const fromSequences = fleissKappa(toRaterSequences(WIKIPEDIA_COUNTS), 5);
    expect(fromSequences.value).toBeCloseTo(fromCounts.value!, 12);
    expect(fromSequences.categoryTotals).toEqual(fromCounts.categoryTotals);
  });

  it('is 1 on total agreement, and undefined when all used one category', () => {
    const same = [0, 1, 2, 3, 4];
    expect(fleissKappa([same, same, same], 5).value).toBe(1);
    const none = new Uint8Array(6);
    expect(fleissKappa([none, none, none], 5)).toMatchObject({ value: null, observed: 1, expected: 1, note: 'no-variation' });
  });

  it('hand-computed: three raters, two categories, total disagreement where possible', () => {
    // Each subject rated 0,0,1 or 0,1,1: P_i = (4 + 1 - 3) / 6 = 1/3 every time.
    // Totals 3 and 3 of 6 ratings: P-bar-e = 0.5; kappa = (1/3 - 1/2) / (1/2) = -1/3.
    const result = fleissKappa([[0, 0], [0, 1], [1, 1]], 2);
    expect(result.observed).toBeCloseTo(1 / 3, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.value).toBeCloseTo(-1 / 3, 12);
  });

  it('is undefined without subjects', () => {
    expect(fleissKappa([[], []], 5)).toMatchObject({ value: null, n: 0, note: 'no-units' });
    expect(fleissKappaFromCounts([])).toMatchObject({ value: null, n: 0, note: 'no-units' });
  });

  it('refuses one rater, ragged input and unequal rater counts', () => {
    expect(() => fleissKappa([[0, 1]], 2)).toThrow(RangeError);
    expect(() => fleissKappa([[0, 1], [0]], 2)).toThrow(RangeError);
    expect(() => fleissKappaFromCounts([[1, 1], [2, 1]])).toThrow(RangeError);
    expect(() => fleissKappaFromCounts([[1, 1], [2]])).toThrow(RangeError);
  });
});

describe('pairwiseCohensKappa', () => {
  it('compares every pair once, in order', () => {
    const a = [0, 1, 0, 1];
    const b = [0, 1, 0, 1];
    const c = [1, 0, 1, 0];
    const pairs = pairwiseCohensKappa([a, b, c], 2);
    expect(pairs.map(({ a, b }) => [a, b])).toEqual([[0, 1], [0, 2], [1, 2]]);
    expect(pairs.map((pair) => pair.kappa.value)).toEqual([1, -1, -1]);
    expect(pairs[1]!.kappa).toEqual(cohensKappa(a, c, 2));
  });
});
