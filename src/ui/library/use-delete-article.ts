import { useCallback, useState } from 'react';
import { ArticlesRepository } from '../../storage/articles-repository.ts';
import { browserStorage, forgetFirstScreen } from '../../storage/first-screen-copy.ts';
import { useDatabase } from '../hooks/use-storage.ts';
import type { LibraryRow } from './summarize-library.ts';

/**
 * The delete-an-article flow: which article is being asked about, the
 * cascade delete (one transaction, `ArticlesRepository.delete`), and what
 * happened. The dialog closes only after the delete committed; on failure it
 * stays open with the error and nothing was deleted. The article's
 * first-screen copy (storage/first-screen-copy.ts) goes with it.
 */
export function useDeleteArticle() {
  const db = useDatabase();
  const [asking, setAsking] = useState<LibraryRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);

  const ask = useCallback((row: LibraryRow) => {
    setAsking(row);
    setError(null);
  }, []);
  const cancel = useCallback(() => setAsking(null), []);
  const confirm = useCallback(async () => {
    if (!db || !asking) return;
    setBusy(true);
    setError(null);
    try {
      await new ArticlesRepository(db).delete(asking.id);
      // Its text must not outlive it, not even as the next visit's first paint.
      forgetFirstScreen(browserStorage(), asking.id);
      setDeleted(asking.title);
      setAsking(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }, [db, asking]);

  return { asking, busy, error, deleted, ask, cancel, confirm };
}
