/**
 * Cohen's kappa: agreement between two raters on the same items, corrected
 * for the agreement their label frequencies would give by chance.
 *
 *   kappa = (observed - expected) / (1 - expected)
 *
 * where observed is the share of items both raters put in the same category
 * and expected is sum over categories of (share of A in c) * (share of B in c).
 * 1 is perfect agreement, 0 chance level, negative worse than chance.
 *
 * Categories are integer codes 0 .. categoryCount - 1 (see token-labels.ts).
 */

/**
 * Why an agreement coefficient has no value:
 * - 'no-units': nothing to compare (no items, or no item rated twice);
 * - 'no-variation': every rating falls in one and the same category, so
 *   chance agreement is total (expected agreement 1, expected disagreement 0)
 *   and the ratio is 0 / 0. Agreement is then perfect but uninformative.
 */
export type AgreementNote = 'no-units' | 'no-variation';

export interface CohensKappaResult {
  /** Kappa, or null when undefined (see `note`). */
  value: number | null;
  /** Share of items with the same category on both sides; null without items. */
  observed: number | null;
  /** Chance agreement from each side's category shares; null without items. */
  expected: number | null;
  /** Number of items. */
  n: number;
  /** confusion[a][b]: items rater A put in category a and rater B in category b. */
  confusion: number[][];
  note: AgreementNote | null;
}

/**
 * Cohen's kappa of the category sequences `a` and `b` (one entry per item).
 * @throws RangeError when the lengths differ or a value is not an integer in
 *   [0, categoryCount).
 */
export function cohensKappa(a: ArrayLike<number>, b: ArrayLike<number>, categoryCount: number): CohensKappaResult {
  if (a.length !== b.length) throw new RangeError(`Rating sequences differ in length (${a.length} and ${b.length})`);
  checkCategoryCount(categoryCount);
  const k = categoryCount;
  const n = a.length;
  const cells = new Float64Array(k * k);
  for (let i = 0; i < n; i++) {
    cells[checkCategory(a[i]!, k) * k + checkCategory(b[i]!, k)]! += 1;
  }
  const confusion = Array.from({ length: k }, (_, row) => Array.from(cells.subarray(row * k, row * k + k)));
  if (n === 0) return { value: null, observed: null, expected: null, n, confusion, note: 'no-units' };

  let agreeing = 0;
  let chanceProduct = 0; // sum of rowTotal * columnTotal, an integer: compared exactly with n * n
  for (let c = 0; c < k; c++) {
    agreeing += confusion[c]![c]!;
    let rowTotal = 0;
    let columnTotal = 0;
    for (let other = 0; other < k; other++) {
      rowTotal += confusion[c]![other]!;
      columnTotal += confusion[other]![c]!;
    }
    chanceProduct += rowTotal * columnTotal;
  }
  const observed = agreeing / n;
  const expected = chanceProduct / (n * n);
  if (chanceProduct === n * n) return { value: null, observed, expected, n, confusion, note: 'no-variation' };
  return { value: (observed - expected) / (1 - expected), observed, expected, n, confusion, note: null };
}

/** @throws RangeError unless `count` is an integer of at least 1. */
export function checkCategoryCount(count: number): void {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`Category count ${count} is not a positive integer`);
}

/** Returns `value` when it is a category code below `count`. @throws RangeError otherwise. */
export function checkCategory(value: number, count: number): number {
  if (!Number.isInteger(value) || value < 0 || value >= count) {
    throw new RangeError(`Category ${value} is not an integer from 0 to ${count - 1}`);
  }
  return value;
}
