/**
 * Writes bench records into the app's IndexedDB through the app's own Dexie
 * schema (src/storage/database.ts), so the stored shape always matches what
 * the app expects, whatever version the schema is at, and the articles'
 * first-screen copies through the app's own module. Served from the app's
 * origin under /__bench/, it loads no dictionary and registers no service
 * worker: the browser context stays cold.
 */
import { ShuchoDatabase, type SettingRow } from '../../../src/storage/database.ts';
import type { Article } from '../../../src/domain/article.ts';
import type { Annotator, Claim } from '../../../src/domain/claim.ts';
import { keepFirstScreen } from '../../../src/storage/first-screen-copy.ts';

/** Everything the bench stores before a measured visit. */
export interface SeedPayload {
  articles: Article[];
  claims: Claim[];
  annotators: Annotator[];
  settings: SettingRow[];
  /**
   * Keep each article's first-screen copy in localStorage, as the app does
   * once it has shown or added the article (src/ui/hooks/use-first-screen-copy.ts):
   * the stored state of a returning user. False: an article the app has
   * never shown (stored by an import, or before copies were kept).
   */
  firstScreenCopies: boolean;
}

async function seed(payload: SeedPayload): Promise<{ articles: number; claims: number }> {
  const db = new ShuchoDatabase();
  try {
    await db.open();
    await db.transaction('rw', [db.articles, db.claims, db.annotators, db.settings], async () => {
      await db.articles.bulkPut(payload.articles);
      await db.claims.bulkPut(payload.claims);
      await db.annotators.bulkPut(payload.annotators);
      await db.settings.bulkPut(payload.settings);
    });
    if (payload.firstScreenCopies) for (const article of payload.articles) keepFirstScreen(localStorage, article);
    return { articles: await db.articles.count(), claims: await db.claims.count() };
  } finally {
    // An open connection would block a later schema upgrade by the app.
    db.close();
  }
}

(window as unknown as { benchSeed: typeof seed }).benchSeed = seed;
document.body.dataset.ready = 'true';
