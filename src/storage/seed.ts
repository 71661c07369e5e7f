import type { Article } from '../domain/article.ts';
import type { ShuchoDatabase } from './database.ts';

/** Remembers that the shipped article was written once, so a user who deletes it keeps it deleted. */
export const SEEDED_KEY = 'seeded:shipped-article';

/**
 * Writes the shipped article on first start. Later starts find it (or find
 * that it was seeded once and since deleted by the user) and leave it alone,
 * so a user's copy and choices are never overwritten. Returns whether the
 * article was written now.
 */
export async function ensureSeeded(db: ShuchoDatabase, shipped: Article): Promise<boolean> {
  return db.transaction('rw', db.articles, db.settings, async () => {
    if ((await db.settings.get(SEEDED_KEY)) || (await db.articles.get(shipped.id))) {
      await db.settings.put({ key: SEEDED_KEY, value: true });
      return false;
    }
    await db.articles.add(shipped);
    await db.settings.put({ key: SEEDED_KEY, value: true });
    return true;
  });
}
