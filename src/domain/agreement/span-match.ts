/**
 * Span matching: which spans of side A correspond to which spans of side B,
 * and the precision / recall / F1 that follow. Shared by the comparison view
 * (two annotators) and the suggestion evaluation (gold against engine).
 *
 * Two ways for a pair of spans to match:
 * - exact: same start and same end;
 * - overlap: the two spans share at least half of the LONGER one, i.e.
 *   `2 * overlap >= max(lengthA, lengthB)` with `overlap > 0`. Measuring
 *   against the longer span stops a short span from matching a sentence it
 *   merely sits in, and a sentence from swallowing two clause claims.
 *   Empty spans (start === end) only ever match exactly.
 *
 * Matching is one-to-one: a span takes part in at most one pair. Pairs are
 * chosen greedily, largest overlap first; ties go to the pair whose ends are
 * closest (smallest |startA - startB| + |endA - endB|), then to the earlier
 * A span, then to the earlier B span (by start, end, then input order), so
 * the result never depends on the order spans are given in beyond that last
 * resort. Greedy is not always the maximum matching, but with the "half of
 * the longer span" rule a span can rarely match more than one other, and a
 * rule that people can replay by hand matters more here.
 *
 * Offsets can be any unit (UTF-16 in the app) as long as both sides agree.
 */

/** A span with a label; `label` is any string so that this module serves any tag set. */
export interface LabelledSpan<L extends string = string> {
  start: number;
  end: number;
  label: L;
}

/** How two spans must sit to be paired. */
export type MatchMode = 'exact' | 'overlap';

export const MATCH_MODES: readonly MatchMode[] = ['exact', 'overlap'];

/** A pair of matched spans, by index into the two input lists. */
export interface SpanPair {
  a: number;
  b: number;
  /** Length of the shared range. */
  overlap: number;
}

/** Counts and scores for one label, or for all labels together (micro). */
export interface Score {
  /** Spans of B paired with a span of A (with the same label when labelled). */
  tp: number;
  /** Spans of B left unpaired. */
  fp: number;
  /** Spans of A left unpaired. */
  fn: number;
  /** tp / (tp + fp); null when B has no span (nothing was predicted). */
  precision: number | null;
  /** tp / (tp + fn); null when A has no span (nothing to find). */
  recall: number | null;
  /**
   * 2tp / (2tp + fp + fn), the harmonic mean of precision and recall where
   * both exist and 0 when only one side has spans; null when neither side has
   * any span, since there is then nothing to agree or disagree on.
   */
  f1: number | null;
}

/** Scores of B against A (A is the reference: the gold set). */
export interface SpanScores<L extends string = string> {
  mode: MatchMode;
  perLabel: Record<L, Score>;
  /** Micro average: the counts of every label added up, then scored. */
  overall: Score;
}

/** Length of the range shared by [a.start, a.end) and [b.start, b.end), 0 when disjoint. */
export function overlapLength(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** True when spans `a` and `b` match under `mode` (labels are not looked at). */
export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }, mode: MatchMode): boolean {
  if (a.start === b.start && a.end === b.end) return true;
  if (mode === 'exact') return false;
  const overlap = overlapLength(a, b);
  return overlap > 0 && 2 * overlap >= Math.max(a.end - a.start, b.end - b.start);
}

/**
 * Pairing is found through a sorted index of starts instead of trying every
 * pair of spans (|A| x |B| tests: about 1.3 s for two sets of 10,000 claims,
 * where the comparison view has a budget of well under 200 ms). The test
 * keeps the every-pair version as its oracle, and a property test holds the
 * two to identical results.
 *
 * Why a window of starts is enough: under the overlap rule a span B can only
 * match A when 2 * overlap >= max(lenA, lenB). Then lenB <= 2 * overlap <=
 * 2 * lenA, and when B starts before A, A.start - B.start <= lenB / 2 <= lenA.
 * So every candidate B starts in [A.start - lenA, A.end); an exact match (the
 * only kind for empty spans and in exact mode) starts at A.start.
 */

/** Rank of each span in (start, end, input index) order: how ties are broken. */
function ranksOf(spans: readonly { start: number; end: number }[]): { rank: Int32Array; order: number[] } {
  const order = spans.map((_, i) => i).sort((i, j) => spans[i]!.start - spans[j]!.start || spans[i]!.end - spans[j]!.end || i - j);
  const rank = new Int32Array(spans.length);
  order.forEach((index, position) => {
    rank[index] = position;
  });
  return { rank, order };
}

/** First position in `starts` (ascending) whose value is >= `value`. */
function lowerBound(starts: Float64Array, value: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Pairs spans of `a` with spans of `b`, one to one, under `mode` (see the
 * module comment for the greedy order and tie-breaks). When `sameLabel` is
 * true only spans with equal labels may pair. Pairs come back sorted by the
 * A span's position. About O((|A| + |B|) log(|A| + |B|)) for spans that do
 * not pile up on one place.
 */
export function matchSpans(
  a: readonly LabelledSpan[],
  b: readonly LabelledSpan[],
  mode: MatchMode,
  options: { sameLabel?: boolean } = {},
): SpanPair[] {
  const rankA = ranksOf(a).rank;
  const { rank: rankB, order: orderB } = ranksOf(b);
  const starts = Float64Array.from(orderB, (index) => b[index]!.start);
  const candidates: (SpanPair & { distance: number })[] = [];
  a.forEach((spanA, i) => {
    const length = spanA.end - spanA.start;
    const exactOnly = mode === 'exact' || length <= 0;
    const from = exactOnly ? spanA.start : spanA.start - length;
    for (let k = lowerBound(starts, from); k < starts.length; k++) {
      const start = starts[k]!;
      if (exactOnly ? start > spanA.start : start >= spanA.end) break;
      const j = orderB[k]!;
      const spanB = b[j]!;
      if (options.sameLabel && spanA.label !== spanB.label) continue;
      if (!spansMatch(spanA, spanB, mode)) continue;
      candidates.push({
        a: i,
        b: j,
        overlap: overlapLength(spanA, spanB),
        distance: Math.abs(spanA.start - spanB.start) + Math.abs(spanA.end - spanB.end),
      });
    }
  });
  candidates.sort(
    (x, y) => y.overlap - x.overlap || x.distance - y.distance || rankA[x.a]! - rankA[y.a]! || rankB[x.b]! - rankB[y.b]!,
  );
  const usedA = new Uint8Array(a.length);
  const usedB = new Uint8Array(b.length);
  const pairs: SpanPair[] = [];
  for (const { a: i, b: j, overlap } of candidates) {
    if (usedA[i] || usedB[j]) continue;
    usedA[i] = 1;
    usedB[j] = 1;
    pairs.push({ a: i, b: j, overlap });
  }
  return pairs.sort((x, y) => rankA[x.a]! - rankA[y.a]!);
}

/**
 * Precision, recall and F1 of `predicted` against the reference `gold`, per
 * label and overall (micro), under `mode`. A predicted span counts as a true
 * positive when it pairs with a gold span of the same label; pairing is done
 * label by label, so a span of the wrong label is both a false positive (for
 * its label) and leaves a false negative (for the gold label). `labels` lists
 * the labels to report (every label of `perLabel`, even with no span); spans
 * with other labels still count in `overall`. (Pairing all labels at once
 * with `sameLabel` equals pairing label by label: candidates of different
 * labels never compete for a span.)
 */
export function scoreSpans<L extends string>(
  gold: readonly LabelledSpan<L>[],
  predicted: readonly LabelledSpan<L>[],
  labels: readonly L[],
  mode: MatchMode,
): SpanScores<L> {
  const goldCount = new Map<L, number>();
  const predictedCount = new Map<L, number>();
  const matchedCount = new Map<L, number>();
  const add = (counts: Map<L, number>, label: L) => counts.set(label, (counts.get(label) ?? 0) + 1);
  for (const span of gold) add(goldCount, span.label);
  for (const span of predicted) add(predictedCount, span.label);
  for (const pair of matchSpans(gold, predicted, mode, { sameLabel: true })) add(matchedCount, gold[pair.a]!.label);

  const scoreFor = (label: L): Score => {
    const tp = matchedCount.get(label) ?? 0;
    return scoreOf(tp, (predictedCount.get(label) ?? 0) - tp, (goldCount.get(label) ?? 0) - tp);
  };
  const perLabel = {} as Record<L, Score>;
  for (const label of labels) perLabel[label] = scoreFor(label);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const label of new Set<L>([...labels, ...goldCount.keys(), ...predictedCount.keys()])) {
    const score = scoreFor(label);
    tp += score.tp;
    fp += score.fp;
    fn += score.fn;
  }
  return { mode, perLabel, overall: scoreOf(tp, fp, fn) };
}

/** Scores from raw counts, with null for the undefined ratios (see `Score`). */
export function scoreOf(tp: number, fp: number, fn: number): Score {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
    f1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}

/** A matched pair with both spans, for diff views. */
export interface MatchedSpans<L extends string = string> {
  a: LabelledSpan<L>;
  b: LabelledSpan<L>;
  overlap: number;
}

/** The unlabelled comparison of two sides (see `compareSpans`). */
export interface SpanComparison<L extends string = string> {
  /** Every pair, in the order of the A spans; includes the label disagreements. */
  matched: MatchedSpans<L>[];
  /** The pairs of `matched` whose labels differ: same place, different reading. */
  labelDisagreements: MatchedSpans<L>[];
  /** Spans of A paired with nothing, in A's input order. */
  onlyInA: LabelledSpan<L>[];
  /** Spans of B paired with nothing, in B's input order. */
  onlyInB: LabelledSpan<L>[];
}

/**
 * Compares two annotators' spans for a diff: spans are paired regardless of
 * label (under `mode`), then each pair is an agreement or a label
 * disagreement, and what is left over is only in A or only in B.
 */
export function compareSpans<L extends string>(
  a: readonly LabelledSpan<L>[],
  b: readonly LabelledSpan<L>[],
  mode: MatchMode,
): SpanComparison<L> {
  const pairs = matchSpans(a, b, mode);
  const pairedA = new Set(pairs.map((pair) => pair.a));
  const pairedB = new Set(pairs.map((pair) => pair.b));
  const matched = pairs.map((pair) => ({ a: a[pair.a]!, b: b[pair.b]!, overlap: pair.overlap }));
  return {
    matched,
    labelDisagreements: matched.filter((pair) => pair.a.label !== pair.b.label),
    onlyInA: a.filter((_, i) => !pairedA.has(i)),
    onlyInB: b.filter((_, i) => !pairedB.has(i)),
  };
}
