import { checkCategory, checkCategoryCount, type AgreementNote } from './kappa.ts';

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values
 * allowed (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
 *
 * Each unit (a token) with m_u >= 2 values is "pairable" and adds to the
 * coincidence matrix o: every ordered pair of values (c, k) from two different
 * coders of the unit adds 1 / (m_u - 1) to o[c][k]. With n_c the row sums of
 * o and n their total (the number of pairable values):
 *
 *   observed disagreement  D_o = (n - sum_c o[c][c]) / n
 *   expected disagreement  D_e = (n^2 - sum_c n_c^2) / (n (n - 1))
 *   alpha = 1 - D_o / D_e
 *
 * 1 is perfect reliability, 0 chance level. Units with fewer than two values
 * carry no information about agreement and are left out.
 *
 * Categories are integer codes 0 .. categoryCount - 1 (see token-labels.ts);
 * null or undefined means the coder gave no value for that unit.
 */
export interface KrippendorffAlphaResult {
  /** Alpha, or null when undefined (see `note`). */
  value: number | null;
  /** D_o; null without pairable values. */
  observedDisagreement: number | null;
  /** D_e; null without pairable values. */
  expectedDisagreement: number | null;
  /** Number of pairable values (n, the total of the coincidence matrix). */
  n: number;
  /** Number of pairable units (with two values or more). */
  units: number;
  /** coincidence[c][k]: o_ck, the coincidences of values c and k (symmetric). */
  coincidence: number[][];
  note: AgreementNote | null;
}

/** A coder's value for one unit, or null/undefined when missing. */
export type MaybeCategory = number | null | undefined;

/**
 * Nominal Krippendorff's alpha of `ratings`, one sequence per coder, each with
 * one entry per unit (all the same length).
 * @throws RangeError when sequences differ in length or a value is neither
 *   missing nor a category code below `categoryCount`.
 */
export function krippendorffAlpha(ratings: readonly ArrayLike<MaybeCategory>[], categoryCount: number): KrippendorffAlphaResult {
  checkCategoryCount(categoryCount);
  const k = categoryCount;
  const unitCount = ratings[0]?.length ?? 0;
  for (const sequence of ratings) {
    if (sequence.length !== unitCount) throw new RangeError('Rating sequences differ in length');
  }
  const cells = new Float64Array(k * k);
  const counts = new Int32Array(k);
  // n_c counted directly (pairable values in c) rather than summed from the
  // fractional cells, so that the 'no-variation' test is exact.
  const marginals = new Float64Array(k);
  let pairableUnits = 0;
  for (let u = 0; u < unitCount; u++) {
    counts.fill(0);
    let values = 0;
    for (const sequence of ratings) {
      const value = sequence[u];
      if (value === null || value === undefined) continue;
      counts[checkCategory(value, k)]! += 1;
      values++;
    }
    if (values < 2) continue;
    pairableUnits++;
    // Pairs (c, d) from different coders: counts[c] * counts[d], or
    // counts[c] * (counts[c] - 1) on the diagonal.
    for (let c = 0; c < k; c++) {
      if (counts[c] === 0) continue;
      marginals[c]! += counts[c]!;
      for (let other = 0; other < k; other++) {
        const pairs = counts[c]! * (other === c ? counts[c]! - 1 : counts[other]!);
        if (pairs > 0) cells[c * k + other]! += pairs / (values - 1);
      }
    }
  }
  const coincidence = Array.from({ length: k }, (_, row) => Array.from(cells.subarray(row * k, row * k + k)));

  let n = 0;
  let diagonal = 0;
  let squaredMarginals = 0;
  for (let c = 0; c < k; c++) {
    n += marginals[c]!;
    diagonal += coincidence[c]![c]!;
    squaredMarginals += marginals[c]! * marginals[c]!;
  }
  const base = { n, units: pairableUnits, coincidence };
  if (n === 0) return { ...base, value: null, observedDisagreement: null, expectedDisagreement: null, note: 'no-units' };
  const observedDisagreement = Math.max(0, (n - diagonal) / n);
  const expectedDisagreement = (n * n - squaredMarginals) / (n * (n - 1));
  if (squaredMarginals === n * n) return { ...base, value: null, observedDisagreement, expectedDisagreement, note: 'no-variation' };
  return { ...base, value: 1 - observedDisagreement / expectedDisagreement, observedDisagreement, expectedDisagreement, note: null };
}
