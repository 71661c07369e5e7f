import type { Article } from '../article.ts';
import type { Annotator, Claim } from '../claim.ts';
import type { Comment, ThreadResolution } from '../comment.ts';
import type { Evidence } from '../evidence.ts';
import { CodePointIndex } from '../offsets.ts';
import type { Review } from '../review.ts';
import { CLAIM_SET_FORMAT, CLAIM_SET_VERSION, type ClaimProvenance, type ClaimSetArticle, type ClaimSetClaim, type ClaimSetFile } from './claim-set.ts';
import { looseToCodePoint } from './loose-offsets.ts';
import { sortClaimSet } from './serialize-claim-set.ts';

/** What the app holds, in its own shapes (UTF-16 offsets). */
export interface ClaimStore {
  articles: readonly Article[];
  claims: readonly Claim[];
  annotators: readonly Annotator[];
  reviews?: readonly Review[];
  comments?: readonly Comment[];
  threads?: readonly ThreadResolution[];
  provenance?: readonly ClaimProvenance[];
}

export interface BuildOptions {
  /** ISO timestamp written as `exportedAt` (inject `clock.now()`). */
  exportedAt: string;
  /** Names the program, e.g. `Shuchō 0.1.0`. */
  generator: string;
  /** Export only these articles and what hangs on them; all when absent. */
  articleIds?: readonly string[];
}

/**
 * Builds the current-version claim set of `store`, or of the articles named
 * in `articleIds`: the articles, their claims, the reviews, comments, thread
 * resolutions and provenance of those claims, and the annotators they name.
 * A full export also keeps annotators named nowhere; an annotator named but
 * missing from `store` is written with its id as name, so the file is always
 * self-consistent. Claims whose article is not in the export are left out
 * (a claim set carries the text its claims point into).
 *
 * Offsets are converted from UTF-16 code units to code points on the
 * article's text; they are expected to be what `createAnchor` makes (inside
 * the text, never splitting a surrogate pair), or the file will not read
 * back. For a claim made on another version of the text (an orphan), they
 * are converted as a hint (see `loose-offsets.ts`). Local-only fields (the
 * article's `addedAt`, `translation`, `headerImage`; a claim's `orphan`
 * flag) are not exported, nor is an empty provenance list. Lists come out
 * sorted as written.
 */
export function buildClaimSet(store: ClaimStore, options: BuildOptions): ClaimSetFile {
  const wanted = options.articleIds ? new Set(options.articleIds) : null;
  const articles = store.articles.filter((a) => !wanted || wanted.has(a.id));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const indexes = new Map<string, CodePointIndex>();
  const claims: ClaimSetClaim[] = [];
  for (const claim of store.claims) {
    const article = articleById.get(claim.articleId);
    if (!article) continue;
    let index = indexes.get(article.id);
    if (!index) indexes.set(article.id, (index = new CodePointIndex(article.text)));
    claims.push(exportClaim(claim, index));
  }
  const claimIds = new Set(claims.map((c) => c.id));
  const onExported = <T extends { claimId: string }>(list: readonly T[] | undefined): T[] => (list ?? []).filter((r) => claimIds.has(r.claimId));
  const reviews = onExported(store.reviews);
  const comments = onExported(store.comments);
  const threads = onExported(store.threads);
  const provenance = store.provenance ? onExported(store.provenance) : undefined;

  const named = new Set<string>();
  claims.forEach((c) => named.add(c.authorId));
  reviews.forEach((r) => named.add(r.reviewerId));
  comments.forEach((c) => named.add(c.authorId));
  threads.forEach((t) => named.add(t.resolvedBy));
  provenance?.forEach((p) => p.sources.forEach((s) => named.add(s)));
  const annotators = store.annotators.filter((a) => !wanted || named.has(a.id)).map((a) => ({ id: a.id, name: a.name }));
  const known = new Set(annotators.map((a) => a.id));
  for (const id of named) if (!known.has(id)) annotators.push({ id, name: id });

  const file: ClaimSetFile = {
    format: CLAIM_SET_FORMAT,
    version: CLAIM_SET_VERSION,
    exportedAt: options.exportedAt,
    generator: options.generator,
    articles: articles.map(exportArticle),
    annotators,
    claims,
    reviews: reviews.map((r) => ({ ...r })),
    comments: comments.map((c) => ({ ...c })),
    threads: threads.map((t) => ({ ...t })),
  };
  // Only adjudicated sets carry provenance; an empty list would be noise.
  if (provenance && provenance.length > 0) file.provenance = provenance.map((p) => ({ ...p, sources: [...p.sources] }));
  return sortClaimSet(file);
}

function exportArticle(a: Article): ClaimSetArticle {
  const out: ClaimSetArticle = { id: a.id, title: a.title, lang: a.lang, contentHash: a.contentHash, text: a.text };
  if (a.url) out.url = a.url;
  if (a.publisher) out.publisher = a.publisher;
  if (a.published) out.published = a.published;
  return out;
}

function exportClaim(c: Claim, index: CodePointIndex): ClaimSetClaim {
  const { anchor } = c;
  const out: ClaimSetClaim = {
    id: c.id,
    articleId: c.articleId,
    selector: {
      start: looseToCodePoint(index, anchor.start),
      end: looseToCodePoint(index, anchor.end),
      exact: anchor.exact,
      prefix: anchor.prefix,
      suffix: anchor.suffix,
    },
    contentHash: anchor.contentHash,
    label: c.label,
    gloss: c.gloss,
    note: c.note,
    evidence: c.evidence.map(exportEvidence),
    authorId: c.authorId,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
  };
  if (c.suggestedBy) out.suggestedBy = { ruleId: c.suggestedBy.ruleId };
  return out;
}

function exportEvidence(e: Evidence): Evidence {
  const out: Evidence = { id: e.id, url: e.url, title: e.title, quote: e.quote, stance: e.stance, accessed: e.accessed };
  if (e.archiveUrl) out.archiveUrl = e.archiveUrl;
  return out;
}
