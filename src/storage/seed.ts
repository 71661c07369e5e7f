import type { Article } from '../domain/article.ts';
import type { ShuchoDatabase } from './database.ts';

/**
 * Writes the shipped article on first start. Later starts find it and leave
 * it alone, so a user's copy (and its claims) is never overwritten. Returns
 * whether the article was written now.
 */
export async function ensureSeeded(db: ShuchoDatabase, shipped: Article): Promise<boolean> {
  return db.transaction('rw', db.articles, async () => {
    if (await db.articles.get(shipped.id)) return false;
    await db.articles.add(shipped);
    return true;
  });
}
