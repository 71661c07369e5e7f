/**
 * Grapheme cluster boundaries (what a reader sees as one character: 𠮷,
 * 👨‍👩‍👧, か + combining dakuten) over UTF-16 offsets, by `Intl.Segmenter`.
 *
 * Offsets are UTF-16 code units, like every offset in the app; 0 and
 * `text.length` are always boundaries. An offset outside [0, text.length]
 * throws a RangeError.
 *
 * Why windows: `Segments.containing()` costs time proportional to the whole
 * text in V8 (about 0.6 ms on a 200,000-character article), so every function
 * here segments only a small slice. Whether a boundary falls at offset p
 * depends on the code point after p and on what comes before p (a run of
 * regional indicators, an emoji followed by combining marks and a ZWJ), so a
 * slice starts at a boundary that is sure without segmenting: the text start,
 * just after a line feed, or between two code units that never join a cluster
 * (`isIsolatedUnit`). In Japanese or English prose that is a unit or two back.
 * A run of `MAX_BOUNDARY_SCAN` code units without one (pages of emoji) makes
 * the slice start there anyway: answers are then exact unless a single flag
 * sequence or combining run is that long, which no real text has.
 */

/** How far back to look for a sure boundary to start segmenting from, in code units. */
export const MAX_BOUNDARY_SCAN = 256;

const LINE_FEED = 0x0a;

/** First window size, in code units, for searches that grow their window. */
const INITIAL_SPAN = 32;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * True for code units that never join a cluster with their neighbour: printable
 * ASCII, CJK punctuation, kana (without the combining marks U+3099/U+309A),
 * CJK ideographs and full-width ASCII forms. Between two of them there is always
 * a boundary, which skips segmentation for nearly all of a Japanese article.
 */
function isIsolatedUnit(code: number): boolean {
  return (
    (code >= 0x20 && code <= 0x7e) ||
    (code >= 0x3000 && code <= 0x3029) || // 0x302a-0x302f are combining tone marks
    (code >= 0x3030 && code <= 0x3098) ||
    (code >= 0x309b && code <= 0x30ff) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xff01 && code <= 0xff5e)
  );
}

function checkOffset(text: string, offset: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`Offset ${offset} is outside the text (0 to ${text.length})`);
  }
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`Cluster count ${count} is not a non-negative integer`);
}

/** Moves `offset` back off the second half of a surrogate pair. */
function pairStart(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))
    ? offset - 1
    : offset;
}

/** Moves `offset` forward off the second half of a surrogate pair. */
function pairEnd(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))
    ? offset + 1
    : offset;
}

/** True when `p` is a boundary that needs no segmenting (see the module comment). */
function isSureBoundary(text: string, p: number): boolean {
  if (p === 0 || p === text.length) return true;
  const before = text.charCodeAt(p - 1);
  return before === LINE_FEED || (isIsolatedUnit(before) && isIsolatedUnit(text.charCodeAt(p)));
}

/**
 * A position at or before `offset` known to be a grapheme boundary without
 * segmenting, or `offset - MAX_BOUNDARY_SCAN` if none.
 */
function sureBoundaryAtOrBefore(text: string, offset: number): number {
  const limit = Math.max(0, offset - MAX_BOUNDARY_SCAN);
  for (let p = offset; p > limit; p--) {
    if (isSureBoundary(text, p)) return p;
  }
  return pairStart(text, limit);
}

/**
 * All grapheme boundaries p with from <= p <= to, ascending. The slice that
 * is segmented starts at a sure boundary at or before `from` and reaches past
 * `to`, because the decision at p needs the code point after p.
 */
function boundariesIn(text: string, from: number, to: number): number[] {
  const sliceStart = sureBoundaryAtOrBefore(text, from);
  const sliceEnd = pairEnd(text, Math.min(text.length, to + 2));
  const found: number[] = [];
  for (const segment of segmenter.segment(text.slice(sliceStart, sliceEnd))) {
    const p = sliceStart + segment.index;
    if (p > to) break;
    if (p >= from) found.push(p);
  }
  if (to >= text.length) found.push(text.length);
  return found;
}

/** True when a grapheme cluster boundary falls at `offset`. */
export function isGraphemeBoundary(text: string, offset: number): boolean {
  checkOffset(text, offset);
  if (isSureBoundary(text, offset)) return true;
  return boundariesIn(text, offset, offset).length > 0;
}

/** The nearest grapheme boundary at or before `offset` (the start of the cluster it is in). */
export function graphemeStartAtOrBefore(text: string, offset: number): number {
  return moveBackGraphemes(text, offset, 0);
}

/** The nearest grapheme boundary at or after `offset` (the end of the cluster it is in). */
export function graphemeEndAtOrAfter(text: string, offset: number): number {
  return moveForwardGraphemes(text, offset, 0);
}

/**
 * The grapheme boundary `count` clusters before `offset`: text.slice(result,
 * offset) holds `count` clusters, fewer when the text starts sooner. When
 * `offset` is inside a cluster, the part of it before `offset` counts as one;
 * `count` 0 gives the boundary at or before `offset`.
 * @throws RangeError for an offset outside the text or a negative count.
 */
export function moveBackGraphemes(text: string, offset: number, count: number): number {
  checkOffset(text, offset);
  checkCount(count);
  // Fast path: one code unit between two sure boundaries is one cluster.
  while (count > 0 && offset > 0 && isSureBoundary(text, offset) && isSureBoundary(text, offset - 1)) {
    offset--;
    count--;
  }
  if (isGraphemeBoundary(text, offset)) {
    if (count === 0) return offset;
  } else {
    count = Math.max(count, 1);
  }
  for (let span = INITIAL_SPAN + count * 4; ; span *= 2) {
    const from = Math.max(0, offset - span);
    const before = boundariesIn(text, from, offset).filter((p) => p < offset);
    if (before.length >= count) return before[before.length - count]!;
    if (from === 0) return 0;
  }
}

/**
 * The grapheme boundary `count` clusters after `offset`: text.slice(offset,
 * result) holds `count` clusters, fewer when the text ends sooner. When
 * `offset` is inside a cluster, the rest of it counts as one; `count` 0 gives
 * the boundary at or after `offset`.
 * @throws RangeError for an offset outside the text or a negative count.
 */
export function moveForwardGraphemes(text: string, offset: number, count: number): number {
  checkOffset(text, offset);
  checkCount(count);
  while (count > 0 && offset < text.length && isSureBoundary(text, offset) && isSureBoundary(text, offset + 1)) {
    offset++;
    count--;
  }
  if (isGraphemeBoundary(text, offset)) {
    if (count === 0) return offset;
  } else {
    count = Math.max(count, 1);
  }
  for (let span = INITIAL_SPAN + count * 4; ; span *= 2) {
    const to = Math.min(text.length, offset + span);
    const after = boundariesIn(text, offset, to).filter((p) => p > offset);
    if (after.length >= count) return after[count - 1]!;
    if (to === text.length) return text.length;
  }
}

/** At most `count` grapheme clusters of text ending at `offset` (context before a quote). */
export function graphemesBefore(text: string, offset: number, count: number): string {
  return text.slice(moveBackGraphemes(text, offset, count), offset);
}

/** At most `count` grapheme clusters of text starting at `offset` (context after a quote). */
export function graphemesAfter(text: string, offset: number, count: number): string {
  return text.slice(offset, moveForwardGraphemes(text, offset, count));
}
