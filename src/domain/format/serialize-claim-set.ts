import type { Annotator } from '../claim.ts';
import type { Comment, ThreadResolution } from '../comment.ts';
import type { Evidence } from '../evidence.ts';
import type { Review } from '../review.ts';
import type { ClaimProvenance, ClaimSetArticle, ClaimSetClaim, ClaimSetFile } from './claim-set.ts';

/**
 * Writes a claim set as text that diffs cleanly: objects with keys in the
 * fixed order of `KEY_ORDER` (whatever the order of the input objects), lists
 * sorted (see `sortClaimSet`), optional fields left out when undefined,
 * unknown fields never written, 2-space indentation and a final newline.
 * The same data always gives the same bytes.
 */
export function serializeClaimSet(file: ClaimSetFile): string {
  const sorted = sortClaimSet(file);
  const out = {
    format: sorted.format,
    version: sorted.version,
    exportedAt: sorted.exportedAt,
    generator: sorted.generator,
    articles: sorted.articles.map(writeArticle),
    annotators: sorted.annotators.map(writeAnnotator),
    claims: sorted.claims.map(writeClaim),
    reviews: sorted.reviews.map(writeReview),
    comments: sorted.comments.map(writeComment),
    threads: sorted.threads.map(writeThread),
    provenance: sorted.provenance?.map(writeProvenance),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * The same file with every list in its canonical order, comparing strings by
 * UTF-16 code unit (never by locale, which would differ between machines):
 * articles and annotators by id; claims by article, start, end, id; reviews
 * and comments by claim, creation time, id; threads and provenance by claim.
 * Evidence and provenance sources keep their order: it is the user's.
 */
export function sortClaimSet(file: ClaimSetFile): ClaimSetFile {
  const sorted: ClaimSetFile = {
    ...file,
    articles: [...file.articles].sort((a, b) => compareText(a.id, b.id)),
    annotators: [...file.annotators].sort((a, b) => compareText(a.id, b.id)),
    claims: [...file.claims].sort(
      (a, b) => compareText(a.articleId, b.articleId) || a.selector.start - b.selector.start || a.selector.end - b.selector.end || compareText(a.id, b.id),
    ),
    reviews: [...file.reviews].sort((a, b) => compareText(a.claimId, b.claimId) || compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id)),
    comments: [...file.comments].sort((a, b) => compareText(a.claimId, b.claimId) || compareText(a.createdAt, b.createdAt) || compareText(a.id, b.id)),
    threads: [...file.threads].sort((a, b) => compareText(a.claimId, b.claimId)),
  };
  if (file.provenance) sorted.provenance = [...file.provenance].sort((a, b) => compareText(a.claimId, b.claimId));
  return sorted;
}

/** Code-unit order of two strings: -1, 0 or 1. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Each writer lists the keys in KEY_ORDER order; JSON.stringify drops the undefined ones.

function writeArticle(a: ClaimSetArticle): object {
  return { id: a.id, title: a.title, lang: a.lang, url: a.url, publisher: a.publisher, published: a.published, contentHash: a.contentHash, text: a.text };
}

function writeAnnotator(a: Annotator): object {
  return { id: a.id, name: a.name };
}

function writeClaim(c: ClaimSetClaim): object {
  const s = c.selector;
  return {
    id: c.id,
    articleId: c.articleId,
    selector: { start: s.start, end: s.end, exact: s.exact, prefix: s.prefix, suffix: s.suffix },
    contentHash: c.contentHash,
    label: c.label,
    gloss: c.gloss,
    note: c.note,
    evidence: c.evidence.map(writeEvidence),
    authorId: c.authorId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
    suggestedBy: c.suggestedBy ? { ruleId: c.suggestedBy.ruleId } : undefined,
  };
}

function writeEvidence(e: Evidence): object {
  return { id: e.id, url: e.url, title: e.title, quote: e.quote, stance: e.stance, accessed: e.accessed, archiveUrl: e.archiveUrl };
}

function writeReview(r: Review): object {
  return { id: r.id, claimId: r.claimId, reviewerId: r.reviewerId, verdict: r.verdict, proposedLabel: r.proposedLabel, comment: r.comment, createdAt: r.createdAt };
}

function writeComment(c: Comment): object {
  return { id: c.id, claimId: c.claimId, authorId: c.authorId, body: c.body, createdAt: c.createdAt, replyTo: c.replyTo };
}

function writeThread(t: ThreadResolution): object {
  return { claimId: t.claimId, resolvedBy: t.resolvedBy, resolvedAt: t.resolvedAt };
}

function writeProvenance(p: ClaimProvenance): object {
  return { claimId: p.claimId, sources: [...p.sources], side: p.side };
}
