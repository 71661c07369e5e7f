import { CLAIM_LABELS, type ClaimLabel } from '../label.ts';

/**
 * What one annotator said about one token: code 0 is 'none' (no claim covers
 * it), codes 1 to 4 are the labels in `CLAIM_LABELS` order. Kappa and alpha
 * work on these small integers; `TOKEN_CATEGORIES[code]` names them.
 */
export const TOKEN_CATEGORIES = ['none', ...CLAIM_LABELS] as const;
export type TokenCategory = (typeof TOKEN_CATEGORIES)[number];

/** Code of a token no claim covers. */
export const NO_CLAIM = 0;
/** Number of token categories (the four labels and 'none'). */
export const TOKEN_CATEGORY_COUNT = TOKEN_CATEGORIES.length;

/** Token offsets, as in `TokenTable` (ascending, not overlapping). */
export interface TokenSpans {
  count: number;
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/** The part of a claim that labels tokens (a `Claim` fits). */
export interface AnchoredLabel {
  anchor: { start: number; end: number };
  label: ClaimLabel;
  orphan?: boolean;
}

const LABEL_CODE = new Map<string, number>(CLAIM_LABELS.map((label, index) => [label, index + 1]));

/**
 * The category code of every token for one annotator's `claims`.
 *
 * - A claim covers a token when it overlaps at least half of the token's
 *   characters (2 * overlap >= token length), so a claim that ends one
 *   character into a long token does not claim it; a token split evenly
 *   between two claims is covered by both, and the next rule picks one.
 * - When several claims cover a token, the one overlapping it most wins; an
 *   equal overlap goes to the label that comes first in `CLAIM_LABELS` (so the
 *   result never depends on the order of `claims`).
 * - Orphan claims (no place in the text), empty claims, claims with an
 *   unknown label and empty tokens are ignored.
 *
 * Cost: a binary search per claim plus one step per covered token.
 */
export function tokenCategories(tokens: TokenSpans, claims: Iterable<AnchoredLabel>): Uint8Array {
  const categories = new Uint8Array(tokens.count);
  const bestOverlap = new Uint32Array(tokens.count);
  for (const claim of claims) {
    const code = LABEL_CODE.get(claim.label);
    const { start, end } = claim.anchor;
    if (claim.orphan || code === undefined || !(end > start)) continue;
    for (let i = firstTokenEndingAfter(tokens, start); i < tokens.count && tokens.start[i]! < end; i++) {
      const tokenStart = tokens.start[i]!;
      const tokenEnd = tokens.end[i]!;
      const overlap = Math.min(end, tokenEnd) - Math.max(start, tokenStart);
      if (tokenEnd <= tokenStart || 2 * overlap < tokenEnd - tokenStart) continue;
      if (overlap > bestOverlap[i]! || (overlap === bestOverlap[i]! && code < categories[i]!)) {
        bestOverlap[i] = overlap;
        categories[i] = code;
      }
    }
  }
  return categories;
}

/** Index of the first token whose end is after `offset` (tokens.count if none). */
function firstTokenEndingAfter(tokens: TokenSpans, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
