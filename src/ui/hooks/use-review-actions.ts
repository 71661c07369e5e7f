import { useCallback, useMemo } from 'react';
import type { Annotator, Claim } from '../../domain/claim.ts';
import type { ClaimLabel } from '../../domain/label.ts';
import { newReview } from '../../domain/review-status.ts';
import type { ReviewVerdict } from '../../domain/review.ts';
import { ReviewsRepository } from '../../storage/reviews-repository.ts';
import { useServices } from '../services.ts';
import { useDatabase } from './use-storage.ts';

/** Writing verdicts, replies and resolutions, as the local identity. */
export function useReviewActions(identity: Annotator | null | undefined) {
  const db = useDatabase();
  const { clock } = useServices();
  const repository = useMemo(() => (db ? new ReviewsRepository(db) : null), [db]);

  const verdict = useCallback(
    async (claim: Claim, verdict: ReviewVerdict, comment: string, proposedLabel?: ClaimLabel): Promise<boolean> => {
      if (!repository || !identity) return false;
      await repository.addReview(newReview({ claim, reviewerId: identity.id, verdict, comment, ...(proposedLabel ? { proposedLabel } : {}) }, clock));
      return true;
    },
    [repository, identity, clock],
  );

  const reply = useCallback(
    async (claim: Claim, body: string) => {
      if (!repository || !identity) return;
      await repository.addComment({ id: clock.newId(), claimId: claim.id, authorId: identity.id, body, createdAt: clock.now() });
    },
    [repository, identity, clock],
  );

  const resolve = useCallback(
    async (claim: Claim) => {
      if (!repository || !identity) return;
      await repository.resolve({ claimId: claim.id, resolvedBy: identity.id, resolvedAt: clock.now() });
    },
    [repository, identity, clock],
  );

  const reopen = useCallback(async (claim: Claim) => repository?.reopen(claim.id), [repository]);

  return { verdict, reply, resolve, reopen, readOnly: !repository };
}
