import { describe, expect, it } from 'vitest';
import { cohensKappa } from '../../../../src/domain/agreement/kappa.ts';

const YES = 0;
const NO = 1;

/** Two sequences with the given counts of (A, B) category pairs. */
function fromPairs(pairs: [a: number, b: number, count: number][]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  for (const [x, y, count] of pairs) {
    for (let i = 0; i < count; i++) {
      a.push(x);
      b.push(y);
    }
  }
  return [a, b];
}

describe('cohensKappa', () => {
  it("reproduces Wikipedia's worked example (kappa 0.4)", () => {
    // https://en.wikipedia.org/wiki/Cohen%27s_kappa, "Simple example": 50 grant
    // proposals read by A and B. Yes/yes 20, A yes/B no 5, A no/B yes 10, no/no 15:
    // p_o = 0.7, p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5, kappa = 0.4.
    const [a, b] = fromPairs([[YES, YES, 20], [YES, NO, 5], [NO, YES, 10], [NO, NO, 15]]);
    const result = cohensKappa(a, b, 2);
    expect(result.n).toBe(50);
    expect(result.confusion).toEqual([[20, 5], [10, 15]]);
    expect(result.observed).toBeCloseTo(0.7, 12);
    expect(result.expected).toBeCloseTo(0.5, 12);
    expect(result.value).toBeCloseTo(0.4, 12);
    expect(result.note).toBeNull();
  });

  it('is 1 on total agreement with variation', () => {
    const result = cohensKappa([0, 1, 2, 3, 4, 0], [0, 1, 2, 3, 4, 0], 5);
    expect(result.value).toBe(1);
    expect(result.observed).toBe(1);
  });

  it('is -1 on total disagreement between two balanced categories', () => {
    // p_o = 0, p_e = 0.5 * 0.5 + 0.5 * 0.5 = 0.5, kappa = (0 - 0.5) / 0.5.
    const result = cohensKappa([0, 1, 0, 1], [1, 0, 1, 0], 2);
    expect(result.observed).toBe(0);
    expect(result.expected).toBe(0.5);
    expect(result.value).toBe(-1);
  });

  it('is 0 when one side made no claims at all', () => {
    // A: every token 'none' (0). B: 6 of 10 'none', 4 'fact' (1).
    // p_o = 0.6, p_e = 1 * 0.6 + 0 * 0.4 = 0.6, kappa = 0.
    const a = new Uint8Array(10);
    const b = Uint8Array.from([0, 0, 1, 1, 1, 1, 0, 0, 0, 0]);
    const result = cohensKappa(a, b, 5);
    expect(result.observed).toBeCloseTo(0.6, 12);
    expect(result.expected).toBeCloseTo(0.6, 12);
    expect(result.value).toBe(0);
    expect(result.confusion[0]).toEqual([6, 4, 0, 0, 0]);
  });

  it('is undefined when both sides used one and the same category (expected agreement 1)', () => {
    const result = cohensKappa(new Uint8Array(7), new Uint8Array(7), 5);
    expect(result).toMatchObject({ value: null, observed: 1, expected: 1, n: 7, note: 'no-variation' });
  });

  it('is undefined without items', () => {
    expect(cohensKappa([], [], 5)).toMatchObject({ value: null, observed: null, expected: null, n: 0, note: 'no-units' });
  });

  it('refuses sequences of different lengths and unknown categories', () => {
    expect(() => cohensKappa([0], [0, 1], 2)).toThrow(RangeError);
    expect(() => cohensKappa([0, 2], [0, 1], 2)).toThrow(RangeError);
    expect(() => cohensKappa([0, -1], [0, 1], 2)).toThrow(RangeError);
    expect(() => cohensKappa([0], [0], 0)).toThrow(RangeError);
  });
});
