import { describe, expect, it } from 'vitest';
import { newReview, reviewProgress, reviewStatusOf } from '../../../src/domain/review-status.ts';
import type { Review } from '../../../src/domain/review.ts';
import type { Claim } from '../../../src/domain/claim.ts';

function review(reviewerId: string, verdict: Review['verdict'], createdAt: string, id = `${reviewerId}-${createdAt}`): Review {
  return { id, claimId: 'c', reviewerId, verdict, comment: '', createdAt, ...(verdict === 'relabel' ? { proposedLabel: 'opinion' as const } : {}) };
}

function claim(id: string): Claim {
  return { id, articleId: 'a', anchor: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '', contentHash: 'h' }, label: 'fact', gloss: '', note: '', evidence: [], authorId: 'author', createdAt: '', updatedAt: '', version: 1 };
}

describe('review status', () => {
  it('is unreviewed without reviews, accepted or rejected when all agree, disputed otherwise', () => {
    expect(reviewStatusOf([])).toBe('unreviewed');
    expect(reviewStatusOf([review('r1', 'accept', '1'), review('r2', 'accept', '2')])).toBe('accepted');
    expect(reviewStatusOf([review('r1', 'reject', '1'), review('r2', 'reject', '2')])).toBe('rejected');
    expect(reviewStatusOf([review('r1', 'accept', '1'), review('r2', 'reject', '2')])).toBe('disputed');
    expect(reviewStatusOf([review('r1', 'relabel', '1')])).toBe('disputed');
  });

  it('counts only the latest verdict of each reviewer, whatever the input order', () => {
    const changedMind = [review('r1', 'accept', '2026-01-02'), review('r1', 'reject', '2026-01-01')];
    expect(reviewStatusOf(changedMind)).toBe('accepted');
    expect(reviewStatusOf([...changedMind].reverse())).toBe('accepted');
  });

  it('reports progress and the next unreviewed claim, wrapping round the queue', () => {
    const queue = [claim('a'), claim('b'), claim('c')];
    const reviews = [{ ...review('me', 'accept', '1'), claimId: 'b' }, { ...review('other', 'accept', '1'), claimId: 'c' }];
    const progress = reviewProgress(queue, reviews, 'me', 'b');
    expect(progress).toMatchObject({ reviewed: 1, total: 3 });
    expect(progress.nextUnreviewed?.id).toBe('c');
    expect(reviewProgress(queue, reviews, 'me', 'c').nextUnreviewed?.id).toBe('a');
    expect(reviewProgress([claim('b')], reviews, 'me').nextUnreviewed).toBeNull();
  });

  it('refuses a relabel that proposes no new label', () => {
    const clock = { now: () => 't', newId: () => 'id' };
    expect(() => newReview({ claim: claim('a'), reviewerId: 'me', verdict: 'relabel', proposedLabel: 'fact', comment: '' }, clock)).toThrow();
    expect(newReview({ claim: claim('a'), reviewerId: 'me', verdict: 'relabel', proposedLabel: 'opinion', comment: ' why ' }, clock)).toEqual({
      id: 'id', claimId: 'a', reviewerId: 'me', verdict: 'relabel', proposedLabel: 'opinion', comment: 'why', createdAt: 't',
    });
  });
});
