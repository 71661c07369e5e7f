import { CLAIM_LABELS, type ClaimLabel } from '../../domain/label.ts';
import type { ShuchoDatabase } from '../../storage/database.ts';
import { summarizeLibrary, type LibraryRow } from './summarize-library.ts';

/** The compound index that lets claims be counted per article and label without reading them. */
export const LABEL_INDEX = '[articleId+label]';

/**
 * Reads the library rows: every article, newest first, with its claim counts
 * per label and its review progress, in one read transaction (a consistent
 * snapshot). Reviews are read with one `getAll` (they are small); nothing of
 * a claim is read: per article, one `[articleId+label]` index count per label
 * and one for the total, and the claims' primary keys (to match the reviews)
 * when there are reviews. The cost hardly depends on the number of claims.
 *
 * Cursors are avoided on purpose: they cost a round trip per record, far
 * slower than counts and key reads (in Chromium as in fake-indexeddb).
 */
export async function readLibrary(db: ShuchoDatabase): Promise<LibraryRow[]> {
  return db.transaction('r', db.articles, db.claims, db.reviews, async () => {
    const [articles, reviews] = await Promise.all([db.articles.orderBy('addedAt').reverse().toArray(), db.reviews.toArray()]);
    const reviewed = new Set(reviews.map((review) => review.claimId));
    const empty = summarizeLibrary(articles, [], reviewed);
    return Promise.all(
      empty.map(async (row) => {
        const [counts, total, keys] = await Promise.all([
          Promise.all(CLAIM_LABELS.map((label) => db.claims.where(LABEL_INDEX).equals([row.id, label]).count())),
          db.claims.where('articleId').equals(row.id).count(),
          reviewed.size > 0 ? db.claims.where('articleId').equals(row.id).primaryKeys() : Promise.resolve([]),
        ]);
        return {
          ...row,
          counts: Object.fromEntries(CLAIM_LABELS.map((label, i) => [label, counts[i] ?? 0])) as Record<ClaimLabel, number>,
          claims: total,
          reviewed: (keys as string[]).filter((id) => reviewed.has(id)).length,
        };
      }),
    );
  });
}
