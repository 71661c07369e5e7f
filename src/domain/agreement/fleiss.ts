import { checkCategory, checkCategoryCount, cohensKappa, type AgreementNote, type CohensKappaResult } from './kappa.ts';

/**
 * Fleiss' kappa: agreement among a fixed number of raters (two or more) who
 * each rate every subject (Fleiss 1971). With n raters, N subjects and
 * n_ij the raters who put subject i in category j:
 *
 *   P_i = (sum_j n_ij^2 - n) / (n (n - 1))     agreement on subject i
 *   observed = mean of P_i
 *   p_j = sum_i n_ij / (N n)                   share of category j
 *   expected = sum_j p_j^2
 *   kappa = (observed - expected) / (1 - expected)
 *
 * Categories are integer codes 0 .. categoryCount - 1 (see token-labels.ts).
 */
export interface FleissKappaResult {
  /** Kappa, or null when undefined (see `note`). */
  value: number | null;
  /** Mean agreement per subject (P-bar); null without subjects. */
  observed: number | null;
  /** Chance agreement (P-bar-e); null without subjects. */
  expected: number | null;
  /** Number of subjects. */
  n: number;
  /** Number of raters per subject. */
  raters: number;
  /** categoryTotals[j]: ratings in category j over all subjects and raters. */
  categoryTotals: number[];
  note: AgreementNote | null;
}

/**
 * Fleiss' kappa from one category sequence per rater (all the same length,
 * one entry per subject).
 * @throws RangeError with fewer than two raters, sequences of different
 *   lengths, or a value that is not a category code below `categoryCount`.
 */
export function fleissKappa(ratings: readonly ArrayLike<number>[], categoryCount: number): FleissKappaResult {
  checkCategoryCount(categoryCount);
  const raters = ratings.length;
  if (raters < 2) throw new RangeError(`Fleiss' kappa needs two raters or more, not ${raters}`);
  const subjects = ratings[0]!.length;
  for (const sequence of ratings) {
    if (sequence.length !== subjects) throw new RangeError('Rating sequences differ in length');
  }
  const totals = new Float64Array(categoryCount);
  const counts = new Int32Array(categoryCount);
  let agreementSum = 0;
  for (let i = 0; i < subjects; i++) {
    counts.fill(0);
    for (let r = 0; r < raters; r++) counts[checkCategory(ratings[r]![i]!, categoryCount)]! += 1;
    agreementSum += subjectAgreement(counts, raters);
    for (let j = 0; j < categoryCount; j++) totals[j]! += counts[j]!;
  }
  return finish(agreementSum, subjects, raters, Array.from(totals));
}

/**
 * Fleiss' kappa from a subjects-by-categories table of counts (the form in
 * which published examples give it). Every row must sum to the same number of
 * raters, at least two.
 * @throws RangeError on ragged, negative or unequal rows.
 */
export function fleissKappaFromCounts(counts: readonly (readonly number[])[]): FleissKappaResult {
  const categoryCount = counts[0]?.length ?? 0;
  const raters = counts[0]?.reduce((sum, count) => sum + count, 0) ?? 0;
  if (counts.length > 0 && raters < 2) throw new RangeError(`Fleiss' kappa needs two raters or more, not ${raters}`);
  const totals = new Array<number>(categoryCount).fill(0);
  let agreementSum = 0;
  for (const row of counts) {
    if (row.length !== categoryCount) throw new RangeError('Rows differ in number of categories');
    if (row.some((count) => !Number.isInteger(count) || count < 0)) throw new RangeError('Counts must be non-negative integers');
    if (row.reduce((sum, count) => sum + count, 0) !== raters) throw new RangeError('Every subject must have the same number of raters');
    agreementSum += subjectAgreement(row, raters);
    row.forEach((count, j) => (totals[j]! += count));
  }
  return finish(agreementSum, counts.length, raters, totals);
}

/** P_i: the share of rater pairs that agree on one subject. */
function subjectAgreement(counts: ArrayLike<number>, raters: number): number {
  let squares = 0;
  for (let j = 0; j < counts.length; j++) squares += counts[j]! * counts[j]!;
  return (squares - raters) / (raters * (raters - 1));
}

function finish(agreementSum: number, subjects: number, raters: number, categoryTotals: number[]): FleissKappaResult {
  const base = { n: subjects, raters, categoryTotals };
  if (subjects === 0) return { ...base, value: null, observed: null, expected: null, note: 'no-units' };
  const ratingCount = subjects * raters;
  const squaredTotals = categoryTotals.reduce((sum, total) => sum + total * total, 0);
  const observed = agreementSum / subjects;
  const expected = squaredTotals / (ratingCount * ratingCount);
  // All ratings in one category: compared on integers, not on rounded shares.
  if (squaredTotals === ratingCount * ratingCount) return { ...base, value: null, observed, expected, note: 'no-variation' };
  return { ...base, value: (observed - expected) / (1 - expected), observed, expected, note: null };
}

/** Cohen's kappa of one pair of raters, by index into the rating sequences. */
export interface PairwiseKappa {
  a: number;
  b: number;
  kappa: CohensKappaResult;
}

/**
 * Cohen's kappa for every pair of raters (a < b), in order (0,1), (0,2), ...
 * (1,2), ...: the comparison view shows these beside Fleiss' kappa, since one
 * careless annotator shows up in a pair and hides in the group figure.
 * @throws RangeError as `cohensKappa`.
 */
export function pairwiseCohensKappa(ratings: readonly ArrayLike<number>[], categoryCount: number): PairwiseKappa[] {
  const pairs: PairwiseKappa[] = [];
  for (let a = 0; a < ratings.length; a++) {
    for (let b = a + 1; b < ratings.length; b++) {
      pairs.push({ a, b, kappa: cohensKappa(ratings[a]!, ratings[b]!, categoryCount) });
    }
  }
  return pairs;
}
