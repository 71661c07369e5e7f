import { useLiveQuery } from 'dexie-react-hooks';
import type { Article } from '../../domain/article.ts';
import type { Annotator, Claim } from '../../domain/claim.ts';
import { compareClaimsInTextOrder } from '../../domain/claim-factory.ts';
import { useServices } from '../services.ts';
import { IDENTITY_KEY, saveIdentity } from '../../storage/identity.ts';
import { useCallback } from 'react';

/** The database, or null when storage is unavailable (read-only mode). */
export function useDatabase() {
  const { storage } = useServices();
  return storage.state === 'ready' ? storage.db : null;
}

/** An article, live: undefined while loading, null when it does not exist. */
export function useArticle(id: string): Article | null | undefined {
  const db = useDatabase();
  // Without a database (still opening, or unavailable) the answer is "unknown", never "missing":
  // a null here would unmount the article view for a moment when storage opens.
  return useLiveQuery(async () => (db ? ((await db.articles.get(id)) ?? null) : undefined), [db, id]);
}

/** All articles, live, newest first. */
export function useArticles(): Article[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (db ? (await db.articles.orderBy('addedAt').reverse().toArray()) : []), [db]);
}

/** The claims of an article in text order, live (other tabs' changes included). */
export function useClaims(articleId: string): Claim[] | undefined {
  const db = useDatabase();
  return useLiveQuery(
    // Without a database the claims are unknown (undefined), not none.
    async () => (db ? (await db.claims.where('articleId').equals(articleId).toArray()).toSorted(compareClaimsInTextOrder) : undefined),
    [db, articleId],
  );
}

/** Every annotator known locally, by id. */
export function useAnnotators(): Map<string, Annotator> | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => new Map((db ? await db.annotators.toArray() : []).map((a) => [a.id, a])), [db]);
}


/** The local identity (who tags), live: null until the user gives a name. */
export function useIdentity(): Annotator | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (!db) return null;
    const row = await db.settings.get(IDENTITY_KEY);
    const id = typeof row?.value === 'string' ? row.value : null;
    return id ? ((await db.annotators.get(id)) ?? null) : null;
  }, [db]);
}


/** Makes a new local identity with the given display name; null in read-only mode. */
export function useSetIdentity(): (name: string) => Promise<Annotator | null> {
  const db = useDatabase();
  const { clock } = useServices();
  return useCallback(
    async (name: string) => {
      if (!db) return null;
      const annotator: Annotator = { id: clock.newId(), name };
      await saveIdentity(db, annotator);
      return annotator;
    },
    [db, clock],
  );
}
