import type { ArticleLanguage } from '../article.ts';
import type { Annotator } from '../claim.ts';
import type { Comment, ThreadResolution } from '../comment.ts';
import type { Evidence } from '../evidence.ts';
import type { ClaimLabel } from '../label.ts';
import type { Review } from '../review.ts';

/**
 * The native exchange file, `shucho.claim-set`. It is self-contained: it
 * carries the article texts its claims point into, so it can be imported in a
 * browser that has never seen those articles. docs/format.md describes every
 * field; public/schema/claim-set-v2.schema.json is the machine-readable form.
 *
 * Offsets in this file count Unicode code points (not the UTF-16 code units
 * the app uses inside): a file written by another program should not have to
 * know how JavaScript stores strings. Conversion happens at the boundary, in
 * `build-claim-set.ts` (export) and `import-plan.ts` (import).
 */
export const CLAIM_SET_FORMAT = 'shucho.claim-set';

/** The version this code writes and the newest it reads. */
export const CLAIM_SET_VERSION = 2;

/** An article as carried in a claim set: no local-only fields (addedAt, translation...). */
export interface ClaimSetArticle {
  id: string;
  title: string;
  lang: ArticleLanguage;
  url?: string;
  publisher?: string;
  /** ISO `YYYY-MM-DD`. */
  published?: string;
  /** Lowercase hex SHA-256 of the UTF-8 bytes of `text`. */
  contentHash: string;
  /** Canonical text, LF line breaks. */
  text: string;
}

/** Where a claim sits: code-point offsets plus the quote that lets it be found again. */
export interface ClaimSetSelector {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
}

/** A claim as carried in a claim set. */
export interface ClaimSetClaim {
  id: string;
  articleId: string;
  selector: ClaimSetSelector;
  /** Hash of the article text the selector offsets were taken on. */
  contentHash: string;
  label: ClaimLabel;
  gloss: string;
  note: string;
  evidence: Evidence[];
  authorId: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  suggestedBy?: { ruleId: string };
}

/** Which side of an adjudication a final claim came from. */
export const PROVENANCE_SIDES = ['A', 'B', 'edited'] as const;
export type ProvenanceSide = (typeof PROVENANCE_SIDES)[number];

/**
 * For adjudicated sets: the annotators whose claims a final claim was made
 * from, and whether it was taken from side A, side B, or edited.
 */
export interface ClaimProvenance {
  claimId: string;
  sources: string[];
  side: ProvenanceSide;
}

/** A whole claim set file, current version. */
export interface ClaimSetFile {
  format: typeof CLAIM_SET_FORMAT;
  version: typeof CLAIM_SET_VERSION;
  /** ISO timestamp. */
  exportedAt: string;
  /** Free text naming the program that wrote the file, e.g. `Shuchō 0.1.0`. */
  generator: string;
  articles: ClaimSetArticle[];
  annotators: Annotator[];
  claims: ClaimSetClaim[];
  reviews: Review[];
  comments: Comment[];
  threads: ThreadResolution[];
  provenance?: ClaimProvenance[];
}

/** A problem found in a file: a JSON Pointer (RFC 6901) to where, and what. */
export interface FormatProblem {
  path: string;
  message: string;
}

/** What every reader of an import file returns. */
export type ParseResult<T> =
  | { ok: true; value: T; warnings: FormatProblem[] }
  | { ok: false; errors: FormatProblem[] };

/**
 * Key order of every object written, in the order written. Serialization
 * follows these lists, never the input objects' insertion order, so two
 * exports of the same data are byte-identical and diff cleanly.
 */
export const KEY_ORDER = {
  file: ['format', 'version', 'exportedAt', 'generator', 'articles', 'annotators', 'claims', 'reviews', 'comments', 'threads', 'provenance'],
  article: ['id', 'title', 'lang', 'url', 'publisher', 'published', 'contentHash', 'text'],
  annotator: ['id', 'name'],
  claim: ['id', 'articleId', 'selector', 'contentHash', 'label', 'gloss', 'note', 'evidence', 'authorId', 'createdAt', 'updatedAt', 'version', 'suggestedBy'],
  selector: ['start', 'end', 'exact', 'prefix', 'suffix'],
  evidence: ['id', 'url', 'title', 'quote', 'stance', 'accessed', 'archiveUrl'],
  suggestedBy: ['ruleId'],
  review: ['id', 'claimId', 'reviewerId', 'verdict', 'proposedLabel', 'comment', 'createdAt'],
  comment: ['id', 'claimId', 'authorId', 'body', 'createdAt', 'replyTo'],
  thread: ['claimId', 'resolvedBy', 'resolvedAt'],
  provenance: ['claimId', 'sources', 'side'],
} as const;
