import type { TextAnchor } from '../claim.ts';
import { graphemeEndAtOrAfter, graphemeStartAtOrBefore } from '../../text/graphemes.ts';
import { findExactQuotes, findFuzzyQuotes, maxFuzzyErrors } from './match-quote.ts';

/** How an anchor was placed, from most to least certain. */
export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export interface ResolvedAnchor {
  start: number;
  end: number;
  how: AnchorMethod;
}

/**
 * Finds where `anchor` sits in `text` (whose hash is `contentHash`), trying
 * in turn:
 *
 * 1. position: the text is the one the anchor was made on (same hash), its
 *    offsets fit and still hold the quote;
 * 2. quote: the quote occurs exactly; among several occurrences, the one whose
 *    surrounding text best matches the stored prefix and suffix wins, then the
 *    one nearest the old offset;
 * 3. fuzzy: the closest approximate occurrence with at most
 *    min(quote length / 4, 32) errors, ranked the same way and widened to
 *    grapheme boundaries (quotes under 4 characters have no fuzzy step).
 *
 * @return the UTF-16 range and how it was found, or null when the quote is
 *   nowhere near: the claim is then an orphan (kept, shown apart, never dropped).
 */
export function resolveAnchor(text: string, contentHash: string, anchor: TextAnchor): ResolvedAnchor | null {
  const { start, end, exact } = anchor;
  if (
    anchor.contentHash === contentHash &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start <= end &&
    end <= text.length &&
    text.slice(start, end) === exact
  ) {
    return { start, end, how: 'position' };
  }

  const context = { prefix: anchor.prefix, suffix: anchor.suffix, hint: Number.isFinite(start) ? start : 0 };
  const exactMatch = findExactQuotes(text, exact, context)[0];
  if (exactMatch) return { start: exactMatch.start, end: exactMatch.end, how: 'quote' };

  const fuzzyMatch = findFuzzyQuotes(text, exact, context, maxFuzzyErrors(exact))[0];
  if (fuzzyMatch) {
    return {
      start: graphemeStartAtOrBefore(text, fuzzyMatch.start),
      end: graphemeEndAtOrAfter(text, fuzzyMatch.end),
      how: 'fuzzy',
    };
  }
  return null;
}
