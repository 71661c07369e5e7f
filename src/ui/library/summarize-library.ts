import type { Article, ArticleLanguage } from '../../domain/article.ts';
import type { Claim } from '../../domain/claim.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../domain/label.ts';

/** One article as the library lists it: no text, just what the row shows. */
export interface LibraryRow {
  id: string;
  title: string;
  lang: ArticleLanguage;
  addedAt: string;
  published?: string;
  /** Claims per label; every label present, zero when none. */
  counts: Record<ClaimLabel, number>;
  /** All claims of the article. */
  claims: number;
  /** Claims with at least one review. */
  reviewed: number;
}

/**
 * Builds the library rows in ONE pass over all claims, grouped by article
 * (no query per article, no per-label filtering). Claims of articles not in
 * `articles` are ignored. Rows keep the order of `articles`.
 */
export function summarizeLibrary(
  articles: readonly Pick<Article, 'id' | 'title' | 'lang' | 'addedAt' | 'published'>[],
  claims: readonly Pick<Claim, 'id' | 'articleId' | 'label'>[],
  reviewedClaimIds: ReadonlySet<string>,
): LibraryRow[] {
  const rows = new Map<string, LibraryRow>();
  for (const article of articles) {
    const counts = Object.fromEntries(CLAIM_LABELS.map((label) => [label, 0])) as Record<ClaimLabel, number>;
    rows.set(article.id, {
      id: article.id,
      title: article.title,
      lang: article.lang,
      addedAt: article.addedAt,
      ...(article.published ? { published: article.published } : {}),
      counts,
      claims: 0,
      reviewed: 0,
    });
  }
  for (const claim of claims) {
    const row = rows.get(claim.articleId);
    if (!row) continue;
    row.claims += 1;
    // An unknown label (data from a newer version) still counts in the total.
    if (claim.label in row.counts) row.counts[claim.label] += 1;
    if (reviewedClaimIds.has(claim.id)) row.reviewed += 1;
  }
  return [...rows.values()];
}
