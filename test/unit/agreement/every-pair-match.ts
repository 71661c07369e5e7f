import { overlapLength, scoreOf, spansMatch, type LabelledSpan, type MatchMode, type Score, type SpanPair, type SpanScores } from '../../../src/domain/agreement/span-match.ts';

/**
 * The oracle for `matchSpans`: the matching rules written the obvious way,
 * trying every pair of spans (|A| x |B|), easy to replay by hand. The app
 * uses the indexed version; the property test holds the two to identical
 * results.
 */

/** Input order of spans sorted by start, then end, then index. */
function orderOf(spans: readonly { start: number; end: number }[]): number[] {
  const rank = new Array<number>(spans.length);
  spans
    .map((_, i) => i)
    .sort((i, j) => spans[i]!.start - spans[j]!.start || spans[i]!.end - spans[j]!.end || i - j)
    .forEach((index, position) => {
      rank[index] = position;
    });
  return rank;
}

/**
 * Pairs spans of `a` with spans of `b`, one to one, under `mode` (see the
 * module comment for the greedy order and tie-breaks). When `sameLabel` is
 * true only spans with equal labels may pair. Pairs come back sorted by the
 * A span's position.
 */
export function matchSpansEveryPair(
  a: readonly LabelledSpan[],
  b: readonly LabelledSpan[],
  mode: MatchMode,
  options: { sameLabel?: boolean } = {},
): SpanPair[] {
  const rankA = orderOf(a);
  const rankB = orderOf(b);
  const candidates: (SpanPair & { distance: number })[] = [];
  a.forEach((spanA, i) => {
    b.forEach((spanB, j) => {
      if (options.sameLabel && spanA.label !== spanB.label) return;
      if (!spansMatch(spanA, spanB, mode)) return;
      candidates.push({
        a: i,
        b: j,
        overlap: overlapLength(spanA, spanB),
        distance: Math.abs(spanA.start - spanB.start) + Math.abs(spanA.end - spanB.end),
      });
    });
  });
  candidates.sort(
    (x, y) => y.overlap - x.overlap || x.distance - y.distance || rankA[x.a]! - rankA[y.a]! || rankB[x.b]! - rankB[y.b]!,
  );
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: SpanPair[] = [];
  for (const { a: i, b: j, overlap } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    pairs.push({ a: i, b: j, overlap });
  }
  return pairs.sort((x, y) => rankA[x.a]! - rankA[y.a]!);
}

/** The oracle for `scoreSpans`: pairing label by label with the every-pair matcher. */
export function scoreSpansEveryPair<L extends string>(
  gold: readonly LabelledSpan<L>[],
  predicted: readonly LabelledSpan<L>[],
  labels: readonly L[],
  mode: MatchMode,
): SpanScores<L> {
  const allLabels = new Set<L>(labels);
  for (const span of [...gold, ...predicted]) allLabels.add(span.label);
  const perLabel = {} as Record<L, Score>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const label of allLabels) {
    const g = gold.filter((span) => span.label === label);
    const p = predicted.filter((span) => span.label === label);
    const matched = matchSpansEveryPair(g, p, mode).length;
    tp += matched;
    fp += p.length - matched;
    fn += g.length - matched;
    if (labels.includes(label)) perLabel[label] = scoreOf(matched, p.length - matched, g.length - matched);
  }
  return { mode, perLabel, overall: scoreOf(tp, fp, fn) };
}
