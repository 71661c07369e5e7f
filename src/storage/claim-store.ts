import type { ClaimStore } from '../domain/format/build-claim-set.ts';
import type { ShuchoDatabase } from './database.ts';

/** Reads everything an export or an import plan needs, in one read transaction (a consistent snapshot). */
export async function readClaimStore(db: ShuchoDatabase): Promise<ClaimStore> {
  return db.transaction('r', [db.articles, db.claims, db.annotators, db.reviews, db.comments, db.threads, db.provenance], async () => {
    const [articles, claims, annotators, reviews, comments, threads, provenance] = await Promise.all([
      db.articles.toArray(),
      db.claims.toArray(),
      db.annotators.toArray(),
      db.reviews.toArray(),
      db.comments.toArray(),
      db.threads.toArray(),
      db.provenance.toArray(),
    ]);
    return { articles, claims, annotators, reviews, comments, threads, provenance };
  });
}
