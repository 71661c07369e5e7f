import type { ClaimLabel } from './label.ts';

export const REVIEW_VERDICTS = ['accept', 'reject', 'relabel'] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

/** One reviewer's verdict on one claim. A relabel always carries the proposed label. */
export interface Review {
  id: string;
  claimId: string;
  reviewerId: string;
  verdict: ReviewVerdict;
  proposedLabel?: ClaimLabel;
  comment: string;
  createdAt: string;
}
