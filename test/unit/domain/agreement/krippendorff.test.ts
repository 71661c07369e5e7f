import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from '../../../../src/domain/agreement/krippendorff.ts';

describe('krippendorffAlpha (nominal)', () => {
  it("reproduces Krippendorff's published example (alpha 0.743)", () => {
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability.
    // Annenberg School for Communication, University of Pennsylvania,
    // section C: 4 observers, 12 units, values 1-5, missing values ('.').
    // Published: n = 40 pairable values, n_c = 9, 13, 10, 5, 3, alpha = 0.743.
    const _ = null;
    const table = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ].map((row) => row.map((value) => (value === null ? null : value - 1)));
    const result = krippendorffAlpha(table, 5);
    expect(result.n).toBe(40);
    expect(result.units).toBe(11); // unit 12 has a single value
    expect(result.coincidence.map((row) => row.reduce((sum, v) => sum + v, 0))).toEqual([9, 13, 10, 5, 3].map((n) => expect.closeTo(n, 12)));
    expect(result.coincidence[0]![1]).toBeCloseTo(4 / 3, 12);
    expect(result.coincidence[4]![4]).toBe(3);
    expect(result.value).toBeCloseTo(0.743, 3);
    // alpha = 1 - (n - 1)(n - sum o_cc) / (n^2 - sum n_c^2) = 1 - 39 * 8 / 1216
    expect(result.value).toBeCloseTo(1 - (39 * 8) / 1216, 12);
    expect(result.note).toBeNull();
  });

  it('is 1 on total agreement and ignores units with one value', () => {
    const result = krippendorffAlpha([[0, 1, 2, 3], [0, 1, 2, null], [null, 1, 2, null]], 5);
    expect(result.value).toBe(1);
    expect(result.observedDisagreement).toBe(0);
    expect(result.units).toBe(3); // the last unit has one value
    expect(result.n).toBe(8); // 2 + 3 + 3 pairable values
  });

  it('hand-computed: two coders in total disagreement', () => {
    // Units (0,1) and (1,0): o_01 = o_10 = 2, n_0 = n_1 = 2, n = 4.
    // D_o = 4 / 4 = 1; D_e = (16 - 8) / (4 * 3) = 2/3; alpha = 1 - 3/2 = -0.5.
    const result = krippendorffAlpha([[0, 1], [1, 0]], 2);
    expect(result.coincidence).toEqual([[0, 2], [2, 0]]);
    expect(result.observedDisagreement).toBe(1);
    expect(result.expectedDisagreement).toBeCloseTo(2 / 3, 12);
    expect(result.value).toBeCloseTo(-0.5, 12);
  });

  it('hand-computed: one coder made no claims', () => {
    // Coder A: all 'none' (0); coder B: 0 0 1 1. Coincidences: o_00 = 4, o_01 = o_10 = 2.
    // n = 8, n_0 = 6, n_1 = 2; D_o = 4/8; D_e = (64 - 40) / 56 = 3/7; alpha = 1 - 7/6.
    const result = krippendorffAlpha([new Uint8Array(4), Uint8Array.from([0, 0, 1, 1])], 5);
    expect(result.coincidence[0]!.slice(0, 2)).toEqual([4, 2]);
    expect(result.value).toBeCloseTo(1 - 7 / 6, 12);
  });

  it('is undefined with no variation or nothing pairable', () => {
    expect(krippendorffAlpha([new Uint8Array(5), new Uint8Array(5)], 5)).toMatchObject({ value: null, observedDisagreement: 0, expectedDisagreement: 0, note: 'no-variation' });
    expect(krippendorffAlpha([[0, null], [null, 1]], 2)).toMatchObject({ value: null, n: 0, units: 0, note: 'no-units' });
    expect(krippendorffAlpha([], 2)).toMatchObject({ value: null, note: 'no-units' });
  });

  it('refuses ragged input and unknown categories', () => {
    expect(() => krippendorffAlpha([[0, 1], [0]], 2)).toThrow(RangeError);
    expect(() => krippendorffAlpha([[0, 7], [0, 1]], 2)).toThrow(RangeError);
  });
});
