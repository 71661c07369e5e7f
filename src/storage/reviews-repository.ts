import type { Comment, ThreadResolution } from '../domain/comment.ts';
import type { Review } from '../domain/review.ts';
import type { ShuchoDatabase } from './database.ts';

/** Review verdicts and the discussion of claims; each write is one transaction. */
export class ReviewsRepository {
  constructor(private readonly db: ShuchoDatabase) {}

  /** Records a verdict. A reviewer's newer verdict supersedes older ones (see review-status.ts); nothing is overwritten. */
  async addReview(review: Review): Promise<void> {
    await this.db.transaction('rw', this.db.reviews, this.db.threads, async () => {
      await this.db.reviews.add(review);
      // New review activity reopens a resolved discussion.
      await this.db.threads.delete(review.claimId);
    });
  }

  async addComment(comment: Comment): Promise<void> {
    await this.db.transaction('rw', this.db.comments, this.db.threads, async () => {
      await this.db.comments.add(comment);
      await this.db.threads.delete(comment.claimId);
    });
  }

  async resolve(resolution: ThreadResolution): Promise<void> {
    await this.db.transaction('rw', this.db.threads, () => this.db.threads.put(resolution));
  }

  async reopen(claimId: string): Promise<void> {
    await this.db.transaction('rw', this.db.threads, () => this.db.threads.delete(claimId));
  }
}
