import type { Article } from '../domain/article.ts';
import { DATABASE_NAME } from './database-name.ts';

/** What a peek found: the stored article, no such article, or no answer (no database yet, blocked, too slow, unavailable). */
export type PeekResult = { found: Article } | { found: null } | { unknown: string };

/**
 * Reads one article straight from IndexedDB, without Dexie, so the boot
 * script can paint its text before the app's bundle has loaded. Read-only
 * and harmless by contract:
 * - it never creates the database: if none exists yet, the open's upgrade is
 *   aborted, so Dexie later creates it with its own schema;
 * - it never waits long: past `timeoutMs` it answers "unknown" and closes
 *   the connection when it finally opens;
 * - it never throws; every failure is an "unknown" answer.
 * It relies only on Dexie's storage layout: object store `articles`, keyed by `id`.
 */
export function peekArticle(
  id: string,
  { factory = globalThis.indexedDB, name = DATABASE_NAME, timeoutMs = 1000 }: { factory?: IDBFactory; name?: string; timeoutMs?: number } = {},
): Promise<PeekResult> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: PeekResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => settle({ unknown: 'timeout' }), timeoutMs);
    let request: IDBOpenDBRequest;
    try {
      if (!factory) return settle({ unknown: 'no IndexedDB' });
      request = factory.open(name);
    } catch (error) {
      return settle({ unknown: String(error) });
    }
    request.onupgradeneeded = () => {
      // No database yet: leave creating it to the app.
      request.transaction?.abort();
      settle({ unknown: 'no database' });
    };
    request.onerror = (event) => {
      event.preventDefault();
      settle({ unknown: String(request.error) });
    };
    request.onblocked = () => settle({ unknown: 'blocked' });
    request.onsuccess = () => {
      const db = request.result;
      if (settled) return db.close();
      // Another tab's upgrade must never wait for this connection.
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains('articles')) {
          db.close();
          return settle({ unknown: 'no articles store' });
        }
        const get = db.transaction('articles', 'readonly').objectStore('articles').get(id);
        get.onsuccess = () => {
          db.close();
          settle({ found: isArticle(get.result) ? get.result : null });
        };
        get.onerror = (event) => {
          event.preventDefault();
          db.close();
          settle({ unknown: String(get.error) });
        };
      } catch (error) {
        db.close();
        settle({ unknown: String(error) });
      }
    };
  });
}

function isArticle(value: unknown): value is Article {
  const record = value as Partial<Article> | undefined;
  return typeof record === 'object' && record !== null && typeof record.id === 'string' && typeof record.text === 'string' && typeof record.title === 'string';
}
