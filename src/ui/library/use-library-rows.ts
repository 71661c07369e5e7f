import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../hooks/use-storage.ts';
import { readLibrary } from './read-library.ts';
import type { LibraryRow } from './summarize-library.ts';

/**
 * The library's rows, live (`readLibrary`, re-read when an article, claim or
 * review changes, here or in another tab). Undefined while loading; empty
 * when storage is unavailable.
 */
export function useLibraryRows(): LibraryRow[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (db ? readLibrary(db) : []), [db]);
}
