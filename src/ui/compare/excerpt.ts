import { moveBackGraphemes, moveForwardGraphemes } from '../../text/graphemes.ts';

/** A piece of an excerpt and which of the row's two claims cover it. */
export interface ExcerptSegment {
  text: string;
  start: number;
  inA: boolean;
  inB: boolean;
}

export interface Excerpt {
  segments: ExcerptSegment[];
  /** True when text was cut before or after (an ellipsis is shown). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Grapheme clusters of context shown on each side of a row. */
export const EXCERPT_CONTEXT = 60;

type Range = { start: number; end: number } | null;

/**
 * The text around a diff row, cut into segments at the edges of claim A's and
 * claim B's ranges so each can be marked. The context stops at paragraph
 * breaks and at `context` grapheme clusters (never inside one), so a long
 * article shows a passage, not a page.
 */
export function excerptOf(text: string, a: Range, b: Range, context = EXCERPT_CONTEXT): Excerpt {
  const ranges = [a, b].filter((range): range is NonNullable<Range> => range !== null);
  // Clamped, so that a claim stored with offsets past the text cannot throw here.
  const start = Math.max(0, Math.min(text.length, ...ranges.map((range) => range.start)));
  const end = Math.min(text.length, Math.max(start, ...ranges.map((range) => range.end)));
  let from = moveBackGraphemes(text, start, context);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (lineStart > from) from = lineStart;
  let to = moveForwardGraphemes(text, end, context);
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd >= 0 && lineEnd < to) to = lineEnd;
  const cuts = new Set([from, to]);
  for (const range of ranges) {
    cuts.add(range.start);
    cuts.add(range.end);
  }
  const points = [...cuts].filter((p) => p >= from && p <= to).sort((x, y) => x - y);
  const inside = (range: Range, p: number) => range !== null && range.start <= p && p < range.end;
  const segments: ExcerptSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!;
    segments.push({ text: text.slice(p, points[i + 1]), start: p, inA: inside(a, p), inB: inside(b, p) });
  }
  return { segments, cutBefore: from > 0 && from !== lineStart, cutAfter: to < text.length && to !== lineEnd };
}
