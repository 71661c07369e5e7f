/**
 * The bench's long article: the shipped text repeated. Shared by the node
 * side (which stores it in IndexedDB for the app) and the baseline page
 * (which tokenizes it with raw kuromoji), so both work on the same string.
 */

/**
 * `base` repeated and cut to exactly `length` UTF-16 code units. A cut that
 * would halve a surrogate pair is moved one unit back and padded with the
 * ideographic full stop, so the length stays exact and the text well formed.
 * @throws RangeError if `base` is empty or `length` is negative.
 */
export function repeatToLength(base: string, length: number): string {
  if (base.length === 0) throw new RangeError('Cannot repeat an empty text');
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`Bad length ${length}`);
  const text = base.repeat(Math.ceil(length / base.length)).slice(0, length);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? `${text.slice(0, -1)}。` : text;
}
