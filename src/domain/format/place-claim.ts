import type { Article } from '../article.ts';
import type { Claim, TextAnchor } from '../claim.ts';
import { CodePointIndex } from '../offsets.ts';
import type { ClaimSetArticle, ClaimSetClaim } from './claim-set.ts';
import { looseToUtf16 } from './loose-offsets.ts';

/**
 * Finds where an anchor made on another text sits in `text` (whose hash is
 * `contentHash`), or null. The app passes `resolveAnchor` from
 * domain/anchoring; it is injected so this module does not depend on it.
 */
export type Reanchor = (text: string, contentHash: string, anchor: TextAnchor) => { start: number; end: number } | null;

/**
 * Describes range [start, end) of `text` as an anchor (quote and context).
 * The app passes `createAnchor` from domain/anchoring, which cuts context on
 * grapheme clusters; `describeByCodePoints` is the fallback.
 */
export type DescribeAnchor = (text: string, start: number, end: number, contentHash: string) => TextAnchor;

/** Code points of context kept on each side by `describeByCodePoints`. */
export const FALLBACK_CONTEXT_CODE_POINTS = 32;

/** Where the claims of one incoming article go: a local article, or the incoming one added. */
export interface ArticleTarget {
  /** The article the claims will belong to (local, or the one being added). */
  article: Article;
  /** The article as carried in the file; its text is what the offsets were taken on. */
  incoming: ClaimSetArticle;
  articleIndex: CodePointIndex;
  incomingIndex: CodePointIndex;
}

/**
 * Turns an incoming claim into an app claim on `target.article`, converting
 * its code-point offsets to UTF-16:
 * - made on the target's text (same hash, and its quote is there): the
 *   offsets are converted as they are;
 * - otherwise the offsets (converted on the carried text, as a hint) and the
 *   quote go to `reanchor` on the target's text; when found, the anchor is
 *   described afresh there;
 * - when not found, the claim is kept as an orphan with its original quote
 *   and hint offsets, never dropped.
 */
export function placeClaim(claim: ClaimSetClaim, target: ArticleTarget, reanchor: Reanchor, describe: DescribeAnchor): Claim {
  const { article, articleIndex, incomingIndex } = target;
  const { start, end, exact, prefix, suffix } = claim.selector;
  let anchor: TextAnchor | null = null;
  if (claim.contentHash === article.contentHash && end <= articleIndex.codePointLength) {
    const from = articleIndex.toUtf16(start);
    const to = articleIndex.toUtf16(end);
    if (article.text.slice(from, to) === exact) anchor = { start: from, end: to, exact, prefix, suffix, contentHash: claim.contentHash };
  }
  let orphan = false;
  if (!anchor) {
    const hint: TextAnchor = { start: looseToUtf16(incomingIndex, start), end: looseToUtf16(incomingIndex, end), exact, prefix, suffix, contentHash: claim.contentHash };
    const found = reanchor(article.text, article.contentHash, hint);
    if (found && isRange(found, article.text, articleIndex)) {
      anchor = describe(article.text, found.start, found.end, article.contentHash);
    } else {
      anchor = hint;
      orphan = true;
    }
  }
  const placed: Claim = {
    id: claim.id,
    articleId: article.id,
    anchor,
    label: claim.label,
    gloss: claim.gloss,
    note: claim.note,
    evidence: claim.evidence.map((e) => ({ ...e })),
    authorId: claim.authorId,
    createdAt: claim.createdAt,
    updatedAt: claim.updatedAt,
    version: claim.version,
  };
  if (claim.suggestedBy) placed.suggestedBy = { ruleId: claim.suggestedBy.ruleId };
  if (orphan) placed.orphan = true;
  return placed;
}

/** A range `reanchor` returned is used only if it is one: inside the text, not splitting a pair. */
function isRange(range: { start: number; end: number }, text: string, index: CodePointIndex): boolean {
  const { start, end } = range;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length
    && !index.isInsideSurrogatePair(start) && !index.isInsideSurrogatePair(end);
}

/**
 * Fallback `DescribeAnchor`: the quote, and up to FALLBACK_CONTEXT_CODE_POINTS
 * code points on each side (never half a surrogate pair). Walks at most that
 * many steps, so it stays cheap when thousands of claims are re-anchored.
 */
export function describeByCodePoints(text: string, start: number, end: number, contentHash: string): TextAnchor {
  let prefixStart = start;
  for (let n = 0; n < FALLBACK_CONTEXT_CODE_POINTS && prefixStart > 0; n++) {
    prefixStart -= prefixStart >= 2 && isPair(text, prefixStart - 2) ? 2 : 1;
  }
  let suffixEnd = end;
  for (let n = 0; n < FALLBACK_CONTEXT_CODE_POINTS && suffixEnd < text.length; n++) {
    suffixEnd += isPair(text, suffixEnd) ? 2 : 1;
  }
  return { start, end, exact: text.slice(start, end), prefix: text.slice(prefixStart, start), suffix: text.slice(end, suffixEnd), contentHash };
}

/** True when a well-formed surrogate pair starts at UTF-16 offset `i`. */
function isPair(text: string, i: number): boolean {
  const high = text.charCodeAt(i);
  const low = text.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
