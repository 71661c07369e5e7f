import type { Claim } from './claim.ts';
import type { ClaimLabel } from './label.ts';
import type { Review } from './review.ts';

/** Where a claim stands in review, shown as a badge. */
export const REVIEW_STATUSES = ['unreviewed', 'accepted', 'disputed', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * The latest review of each reviewer (a reviewer who changes their mind
 * counts once, with their newest verdict). Ties on time go to the larger id,
 * so the result never depends on input order.
 */
export function latestReviewPerReviewer(reviews: readonly Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    const current = latest.get(review.reviewerId);
    if (!current || review.createdAt > current.createdAt || (review.createdAt === current.createdAt && review.id > current.id)) {
      latest.set(review.reviewerId, review);
    }
  }
  return [...latest.values()];
}

/**
 * The status of a claim from its reviews (only the latest per reviewer count):
 * none → unreviewed; every verdict accept → accepted; every verdict reject →
 * rejected; anything else (a relabel, or reviewers who disagree) → disputed.
 */
export function reviewStatusOf(reviews: readonly Review[]): ReviewStatus {
  const verdicts = latestReviewPerReviewer(reviews).map((review) => review.verdict);
  if (verdicts.length === 0) return 'unreviewed';
  if (verdicts.every((verdict) => verdict === 'accept')) return 'accepted';
  if (verdicts.every((verdict) => verdict === 'reject')) return 'rejected';
  return 'disputed';
}

/** Groups reviews by claim id. */
export function reviewsByClaim(reviews: readonly Review[]): Map<string, Review[]> {
  const byClaim = new Map<string, Review[]>();
  for (const review of reviews) {
    const list = byClaim.get(review.claimId);
    if (list) list.push(review);
    else byClaim.set(review.claimId, [review]);
  }
  return byClaim;
}

/** Progress of one reviewer through a queue of claims. */
export interface ReviewProgress {
  reviewed: number;
  total: number;
  /** The first claim in queue order, after `afterId` and wrapping round, that this reviewer has not reviewed. */
  nextUnreviewed: Claim | null;
}

/** How far `reviewerId` has got through `queue` (claims in text order). */
export function reviewProgress(queue: readonly Claim[], reviews: readonly Review[], reviewerId: string, afterId: string | null = null): ReviewProgress {
  const done = new Set(reviews.filter((review) => review.reviewerId === reviewerId).map((review) => review.claimId));
  const reviewed = queue.filter((claim) => done.has(claim.id)).length;
  const start = afterId ? queue.findIndex((claim) => claim.id === afterId) + 1 : 0;
  let nextUnreviewed: Claim | null = null;
  for (let step = 0; step < queue.length; step += 1) {
    const claim = queue[(start + step) % queue.length]!;
    if (!done.has(claim.id)) {
      nextUnreviewed = claim;
      break;
    }
  }
  return { reviewed, total: queue.length, nextUnreviewed };
}

/** Makes a review record; a relabel must propose a label different from the claim's. */
export function newReview(
  input: { claim: Claim; reviewerId: string; verdict: Review['verdict']; proposedLabel?: ClaimLabel; comment: string },
  clock: { now(): string; newId(): string },
): Review {
  if (input.verdict === 'relabel' && (!input.proposedLabel || input.proposedLabel === input.claim.label)) {
    throw new Error('A relabel must propose a label other than the current one');
  }
  return {
    id: clock.newId(),
    claimId: input.claim.id,
    reviewerId: input.reviewerId,
    verdict: input.verdict,
    ...(input.verdict === 'relabel' ? { proposedLabel: input.proposedLabel } : {}),
    comment: input.comment.trim(),
    createdAt: clock.now(),
  };
}
