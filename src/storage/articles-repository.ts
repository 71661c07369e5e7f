import type { Article } from '../domain/article.ts';
import type { ShuchoDatabase } from './database.ts';

/** How many rows a cascade deleted, table by table. */
export interface DeletedArticleRows {
  articles: number;
  claims: number;
  reviews: number;
  comments: number;
  threads: number;
  dismissals: number;
  claimHistory: number;
}

/**
 * Article writes. Each is one IndexedDB transaction: the returned promise
 * resolves after it committed, and when it rejects nothing was written.
 */
export class ArticlesRepository {
  constructor(private readonly db: ShuchoDatabase) {}

  /** Adds a new article. Fails (and writes nothing) if the id exists. */
  async add(article: Article): Promise<void> {
    await this.db.transaction('rw', this.db.articles, () => this.db.articles.add(article));
  }

  /**
   * Deletes an article and everything hanging from it, in ONE transaction:
   * its claims, their reviews, review comments and thread resolutions, the
   * article's dismissed suggestions, and the history of overwritten versions
   * of its claims. If any step fails the transaction aborts and nothing at
   * all is deleted. Rows of other articles are never touched.
   *
   * Claim history rows are found by claim id and also by the article id held
   * in the saved claim, so versions of claims that were deleted earlier go
   * too. Reviews and comments carry only a claim id: those left behind by a
   * claim deleted earlier cannot be traced to the article and stay.
   *
   * @return the number of rows deleted per table (all zero if the article did not exist).
   */
  async delete(articleId: string): Promise<DeletedArticleRows> {
    const db = this.db;
    return db.transaction('rw', [db.articles, db.claims, db.reviews, db.comments, db.threads, db.dismissals, db.claimHistory], async () => {
      const claimIds = (await db.claims.where('articleId').equals(articleId).primaryKeys()) as string[];
      const claimIdSet = new Set(claimIds);
      const reviews = await db.reviews.where('claimId').anyOf(claimIds).delete();
      const comments = await db.comments.where('claimId').anyOf(claimIds).delete();
      const threadKeys = (await db.threads.where('claimId').anyOf(claimIds).primaryKeys()) as string[];
      await db.threads.bulkDelete(threadKeys);
      // Full scan: the history is small (one row per overwritten version) and its rows index only claimId.
      const claimHistory = await db.claimHistory.filter((row) => claimIdSet.has(row.claimId) || row.claim.articleId === articleId).delete();
      const dismissals = await db.dismissals.where('articleId').equals(articleId).delete();
      await db.claims.bulkDelete(claimIds);
      const articles = await db.articles.where('id').equals(articleId).count();
      await db.articles.delete(articleId);
      return {
        articles,
        claims: claimIds.length,
        reviews,
        comments,
        threads: threadKeys.length,
        dismissals,
        claimHistory,
      };
    });
  }

  /** Sets (or, with '', removes) an article's parallel translation. The article text itself never changes. */
  async setTranslation(articleId: string, translation: string): Promise<void> {
    await this.db.transaction('rw', this.db.articles, async () => {
      const changes = translation ? { translation } : { translation: undefined };
      const updated = await this.db.articles.update(articleId, changes);
      if (updated === 0 && !(await this.db.articles.get(articleId))) throw new Error(`No article ${articleId}`);
    });
  }
}
