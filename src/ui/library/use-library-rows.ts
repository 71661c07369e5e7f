import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../hooks/use-storage.ts';
import { summarizeLibrary, type LibraryRow } from './summarize-library.ts';

/**
 * The library's rows, live: every article, newest first, with its claim
 * counts per label and its review progress. Undefined while loading; empty
 * when storage is unavailable.
 *
 * Three reads in one read transaction (a consistent snapshot): the articles,
 * all claims in one `getAll` (grouped in memory by `summarizeLibrary`), and
 * only the *keys* of the reviews' claimId index, which gives the reviewed
 * claims without reading a single review.
 */
export function useLibraryRows(): LibraryRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!db) return [];
    return db.transaction('r', db.articles, db.claims, db.reviews, async () => {
      const [articles, claims, reviewed] = await Promise.all([
        db.articles.orderBy('addedAt').reverse().toArray(),
        db.claims.toArray(),
        db.reviews.orderBy('claimId').uniqueKeys(),
      ]);
      return summarizeLibrary(articles, claims, new Set(reviewed as string[]));
    });
  }, [db]);
}
