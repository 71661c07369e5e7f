/**
 * The one definition of an offset.
 *
 * Inside the app, every offset counts UTF-16 code units into an article's
 * canonical text (LF line breaks): it is what `String.prototype.slice`,
 * `indexOf`, the DOM and kuromoji's positions speak. Exported files count
 * Unicode code points instead, so other tools (Python, W3C TextPositionSelector)
 * read the same positions; 𠮷 or 😀 is one code point and two code units. A
 * lone surrogate counts as one code point, as in `Array.from(text)`.
 *
 * The editor speaks ProseMirror positions, converted here by arithmetic.
 *
 * Conversions throw a RangeError for an offset outside the text or inside a
 * surrogate pair: such an offset is a bug in the caller, not a state to carry
 * on with. Data from outside (an imported file) is checked first with
 * `codePointLength`, and turned into a validation problem by the importer.
 */

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function checkInteger(value: number, what: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${what} ${value} is not an integer`);
}

/** True when `offset` falls between the two code units of a surrogate pair. */
export function isInsideSurrogatePair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHighSurrogate(text.charCodeAt(offset - 1)) &&
    isLowSurrogate(text.charCodeAt(offset))
  );
}

/** Number of code points in `text` (the largest valid code point offset). */
export function codePointLength(text: string): number {
  let pairs = 0;
  for (let i = 1; i < text.length; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) {
      pairs++;
      i++;
    }
  }
  return text.length - pairs;
}

/**
 * The code point offset of UTF-16 offset `offset`. Linear in `offset`; use
 * `CodePointIndex` for many conversions on one text.
 * @throws RangeError when `offset` is outside [0, text.length] or inside a surrogate pair.
 */
export function utf16ToCodePoint(text: string, offset: number): number {
  checkInteger(offset, 'UTF-16 offset');
  if (offset < 0 || offset > text.length) throw new RangeError(`UTF-16 offset ${offset} is outside the text (0 to ${text.length})`);
  if (isInsideSurrogatePair(text, offset)) throw new RangeError(`UTF-16 offset ${offset} is inside a surrogate pair`);
  let pairs = 0;
  for (let i = 1; i < offset; i++) {
    if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) {
      pairs++;
      i++;
    }
  }
  return offset - pairs;
}

/**
 * The UTF-16 offset of code point offset `codePoint`; never inside a pair.
 * Linear in the result; use `CodePointIndex` for many conversions on one text.
 * @throws RangeError when `codePoint` is outside [0, codePointLength(text)].
 */
export function codePointToUtf16(text: string, codePoint: number): number {
  checkInteger(codePoint, 'Code point offset');
  if (codePoint < 0) throw new RangeError(`Code point offset ${codePoint} is negative`);
  let offset = 0;
  for (let seen = 0; seen < codePoint; seen++) {
    if (offset >= text.length) throw new RangeError(`Code point offset ${codePoint} is past the end of the text`);
    offset += isInsideSurrogatePair(text, offset + 1) ? 2 : 1;
  }
  return offset;
}

/**
 * Fast repeated conversion between UTF-16 and code point offsets on one long
 * text: built once in O(n), then each conversion is a binary search over the
 * surrogate pairs (usually few, so usually a handful of steps). Same contract
 * and errors as `utf16ToCodePoint` and `codePointToUtf16`.
 */
export class CodePointIndex {
  /** UTF-16 length of the text. */
  readonly length: number;
  /** Code point length of the text. */
  readonly codePointLength: number;
  /** UTF-16 offset of the high surrogate of each pair, ascending. */
  private readonly pairUtf16: Uint32Array;
  /** Code point offset of each pair (pairUtf16[k] - k), ascending. */
  private readonly pairCodePoint: Uint32Array;

  constructor(text: string) {
    const starts: number[] = [];
    for (let i = 1; i < text.length; i++) {
      if (isLowSurrogate(text.charCodeAt(i)) && isHighSurrogate(text.charCodeAt(i - 1))) {
        starts.push(i - 1);
        i++;
      }
    }
    this.length = text.length;
    this.codePointLength = text.length - starts.length;
    this.pairUtf16 = Uint32Array.from(starts);
    this.pairCodePoint = Uint32Array.from(starts, (start, k) => start - k);
  }

  /** True when UTF-16 `offset` falls inside a surrogate pair. */
  isInsideSurrogatePair(offset: number): boolean {
    const k = countBelow(this.pairUtf16, offset);
    return k > 0 && this.pairUtf16[k - 1]! + 1 === offset;
  }

  /** Code point offset of UTF-16 `offset`. @throws RangeError as `utf16ToCodePoint`. */
  toCodePoint(offset: number): number {
    checkInteger(offset, 'UTF-16 offset');
    if (offset < 0 || offset > this.length) throw new RangeError(`UTF-16 offset ${offset} is outside the text (0 to ${this.length})`);
    // Pairs starting before `offset` each took two units for one code point.
    const k = countBelow(this.pairUtf16, offset);
    if (k > 0 && this.pairUtf16[k - 1]! + 1 === offset) throw new RangeError(`UTF-16 offset ${offset} is inside a surrogate pair`);
    return offset - k;
  }

  /** UTF-16 offset of code point offset `codePoint`. @throws RangeError as `codePointToUtf16`. */
  toUtf16(codePoint: number): number {
    checkInteger(codePoint, 'Code point offset');
    if (codePoint < 0 || codePoint > this.codePointLength) {
      throw new RangeError(`Code point offset ${codePoint} is outside the text (0 to ${this.codePointLength})`);
    }
    return codePoint + countBelow(this.pairCodePoint, codePoint);
  }
}

/** Number of entries of ascending `sorted` that are less than `value`. */
function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// --- ProseMirror positions -------------------------------------------------
//
// The editor's document is `doc(block(paragraph+)+)`: one paragraph per line
// of the text (split on '\n', see `paragraphsOf`), grouped in blocks of
// PARAGRAPHS_PER_BLOCK lines, so that the browser skips layout and paint per
// block, not per line (see page.css). A paragraph of n characters takes
// n + 2 positions (its opening and closing tokens), a block 2 more than its
// paragraphs. So paragraph i, in block b = floor(i / PARAGRAPHS_PER_BLOCK),
// has its content start at paragraphStarts[i] + i + 2b + 2: each earlier line
// contributed its characters, a '\n' that is not in the document, and two
// tokens; each earlier block two tokens; its own block and paragraph one
// each. Hence docPos = offset + i + 2b + 2 for any offset in paragraph i, its
// '\n' included (it maps to the end of the paragraph's content).

/** Lines per block of the editor's document. */
export const PARAGRAPHS_PER_BLOCK = 32;

/** Tokens before paragraph `index`'s content beyond the text's own units: see above. */
function tokensBefore(index: number): number {
  return index + 2 * Math.floor(index / PARAGRAPHS_PER_BLOCK) + 2;
}

/** The UTF-16 offset at which each line of `text` starts (always begins with 0). */
export function paragraphStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Size of the document's content (its largest position) for a text of `textLength` code units. */
export function docContentSize(paragraphStarts: readonly number[], textLength: number): number {
  return textLength + paragraphStarts.length + 1 + 2 * Math.ceil(paragraphStarts.length / PARAGRAPHS_PER_BLOCK);
}

/**
 * The ProseMirror position of text offset `offset`: inside the paragraph
 * holding it, or at the end of that paragraph's content when `offset` is its
 * '\n'. `paragraphStarts` comes from `paragraphStartsOf` (ascending, from 0).
 * @throws RangeError when `offset` is negative or not an integer.
 */
export function textOffsetToDocPos(paragraphStarts: readonly number[], offset: number): number {
  checkInteger(offset, 'Text offset');
  if (offset < 0) throw new RangeError(`Text offset ${offset} is negative`);
  const paragraph = countBelow(paragraphStarts, offset + 1) - 1;
  return offset + tokensBefore(paragraph);
}

/**
 * The text offset of ProseMirror position `pos`, the inverse of
 * `textOffsetToDocPos` on every position inside a paragraph's content.
 * Positions outside any content map to the nearest text that follows: those
 * before the first paragraph to 0, the gap between two paragraphs (and
 * blocks) to the start of the second, the end of the document to `textLength`.
 * @throws RangeError when `pos` is outside [0, docContentSize].
 */
export function docPosToTextOffset(paragraphStarts: readonly number[], pos: number, textLength: number): number {
  checkInteger(pos, 'Document position');
  const size = docContentSize(paragraphStarts, textLength);
  if (pos < 0 || pos > size) throw new RangeError(`Document position ${pos} is outside the document (0 to ${size})`);
  // Last paragraph whose content starts at or before `pos`.
  let lo = 0;
  let hi = paragraphStarts.length - 1;
  let paragraph = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (paragraphStarts[mid]! + tokensBefore(mid) <= pos) {
      paragraph = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  if (paragraph === -1) return 0;
  const next = paragraphStarts[paragraph + 1] ?? textLength;
  return Math.min(pos - tokensBefore(paragraph), next, textLength);
}
