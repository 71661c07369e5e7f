import type { TextAnchor } from '../claim.ts';
import { graphemesAfter, graphemesBefore } from '../../text/graphemes.ts';

/**
 * Grapheme clusters of context kept on each side of a quote: enough to tell
 * apart repeated phrases (a Japanese sentence is often shorter), small enough
 * to survive an edit near the quote.
 */
export const QUOTE_CONTEXT_GRAPHEMES = 32;

/**
 * Describes the range [start, end) of `text` as a `TextAnchor`: the offsets,
 * the quoted text, and up to `QUOTE_CONTEXT_GRAPHEMES` clusters of text before
 * and after, cut at grapheme boundaries so an emoji or か + U+3099 at the edge
 * of the context is never halved. `contentHash` is the hash of `text`, which
 * tells `resolveAnchor` whether the offsets can be trusted as they are.
 * @throws RangeError unless 0 <= start <= end <= text.length.
 */
export function createAnchor(text: string, start: number, end: number, contentHash: string): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new RangeError(`Range [${start}, ${end}) is not inside the text (0 to ${text.length})`);
  }
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: graphemesBefore(text, start, QUOTE_CONTEXT_GRAPHEMES),
    suffix: graphemesAfter(text, end, QUOTE_CONTEXT_GRAPHEMES),
    contentHash,
  };
}
