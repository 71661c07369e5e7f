import { useCallback } from 'react';
import type { Annotator } from '../../domain/claim.ts';
import { useDatabase, useIdentity } from '../hooks/use-storage.ts';
import { saveIdentity } from '../../storage/identity.ts';
import { useServices } from '../services.ts';

/**
 * Who adjudicates: the local identity (the name this browser tags under).
 * `become(name)` creates that identity when there is none yet, the same way
 * the first tag does, so the adjudicated claims carry a real annotator.
 */
export function useAdjudicator(): { adjudicator: Annotator | null | undefined; become: (name: string) => Promise<Annotator | null> } {
  const db = useDatabase();
  const { clock } = useServices();
  const identity = useIdentity();
  const become = useCallback(
    async (name: string): Promise<Annotator | null> => {
      if (!db) return null;
      const annotator: Annotator = { id: clock.newId(), name };
      await saveIdentity(db, annotator);
      return annotator;
    },
    [db, clock],
  );
  return { adjudicator: identity, become };
}
