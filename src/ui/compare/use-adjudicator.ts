import type { Annotator } from '../../domain/claim.ts';
import { useIdentity, useSetIdentity } from '../hooks/use-storage.ts';

/**
 * Who adjudicates: the local identity (the name this browser tags under).
 * `become(name)` creates that identity when there is none yet, the same way
 * the first tag does, so the adjudicated claims carry a real annotator.
 */
export function useAdjudicator(): { adjudicator: Annotator | null | undefined; become: (name: string) => Promise<Annotator | null> } {
  return { adjudicator: useIdentity(), become: useSetIdentity() };
}
