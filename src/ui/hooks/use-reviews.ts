import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Comment, ThreadResolution } from '../../domain/comment.ts';
import type { Review } from '../../domain/review.ts';
import { reviewsByClaim, reviewStatusOf, type ReviewStatus } from '../../domain/review-status.ts';
import { useDatabase } from './use-storage.ts';

export interface ReviewData {
  reviews: Review[];
  byClaim: Map<string, Review[]>;
  comments: Map<string, Comment[]>;
  resolved: Map<string, ThreadResolution>;
  statusOf: (claimId: string) => ReviewStatus;
}

const EMPTY: { reviews: Review[]; comments: Comment[]; threads: ThreadResolution[] } = { reviews: [], comments: [], threads: [] };

/** Reviews, comments and resolutions of the given claims, live. */
export function useReviews(claimIds: readonly string[] | undefined): ReviewData {
  const db = useDatabase();
  const key = claimIds?.join('|') ?? '';
  const rows = useLiveQuery(async () => {
    if (!db || !claimIds || claimIds.length === 0) return EMPTY;
    // Whole tables, filtered here: reviews are few next to claims, and an
    // index lookup of thousands of claim ids (anyOf) costs far more than one read.
    const wanted = new Set(claimIds);
    const [reviews, comments, threads] = await Promise.all([db.reviews.toArray(), db.comments.toArray(), db.threads.toArray()]);
    return {
      reviews: reviews.filter((row) => wanted.has(row.claimId)),
      comments: comments.filter((row) => wanted.has(row.claimId)),
      threads: threads.filter((row) => wanted.has(row.claimId)),
    };
    // claimIds is represented by `key`, so a new array with the same ids does not re-query.
  }, [db, key]) ?? EMPTY;
  return useMemo(() => {
    const byClaim = reviewsByClaim(rows.reviews);
    const comments = new Map<string, Comment[]>();
    for (const comment of [...rows.comments].sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      comments.set(comment.claimId, [...(comments.get(comment.claimId) ?? []), comment]);
    }
    return {
      reviews: rows.reviews,
      byClaim,
      comments,
      resolved: new Map(rows.threads.map((thread) => [thread.claimId, thread])),
      statusOf: (claimId: string) => reviewStatusOf(byClaim.get(claimId) ?? []),
    };
  }, [rows]);
}
