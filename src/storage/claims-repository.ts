import type { Claim } from '../domain/claim.ts';
import type { ShuchoDatabase } from './database.ts';

/** Thrown when a claim was changed elsewhere (another tab) since it was read. */
export class ClaimConflictError extends Error {
  override readonly name = 'ClaimConflictError';
  constructor(
    readonly mine: Claim,
    readonly theirs: Claim | undefined,
  ) {
    super(theirs ? `Claim ${mine.id} was changed in another tab (version ${theirs.version}).` : `Claim ${mine.id} was deleted in another tab.`);
  }
}

/**
 * Claim writes. Each is one IndexedDB transaction; the returned promise
 * resolves only after it committed, which is when the UI may call a claim saved.
 */
export class ClaimsRepository {
  constructor(private readonly db: ShuchoDatabase) {}

  /** Adds a new claim. Fails if the id exists. */
  async create(claim: Claim): Promise<void> {
    await this.db.transaction('rw', this.db.claims, () => this.db.claims.add(claim));
  }

  /** Adds several claims in one transaction: all or none. */
  async createMany(claims: readonly Claim[]): Promise<void> {
    await this.db.transaction('rw', this.db.claims, () => this.db.claims.bulkAdd([...claims]));
  }

  /** Deletes several claims in one transaction. */
  async deleteMany(ids: readonly string[]): Promise<void> {
    await this.db.transaction('rw', this.db.claims, () => this.db.claims.bulkDelete([...ids]));
  }

  /**
   * Saves an edit of a claim read at version `next.version - 1`. If the stored
   * claim has another version (edited or deleted in another tab), nothing is
   * written and a ClaimConflictError says what is stored now.
   */
  async update(next: Claim): Promise<void> {
    await this.db.transaction('rw', this.db.claims, async () => {
      const stored = await this.db.claims.get(next.id);
      if (!stored || stored.version !== next.version - 1) throw new ClaimConflictError(next, stored);
      await this.db.claims.put(next);
    });
  }

  /** Writes a claim whatever is stored (undo, "keep mine" after a conflict). */
  async put(claim: Claim): Promise<void> {
    await this.db.transaction('rw', this.db.claims, () => this.db.claims.put(claim));
  }

  /**
   * Resolves an edit conflict in favour of `mine`: the stored version is kept
   * in the claim's history (never lost silently) and `mine` is written over it,
   * in one transaction.
   */
  async overwrite(mine: Claim, replacedAt: string): Promise<void> {
    await this.db.transaction('rw', this.db.claims, this.db.claimHistory, async () => {
      const stored = await this.db.claims.get(mine.id);
      if (stored) await this.db.claimHistory.add({ claimId: stored.id, claim: stored, replacedAt, reason: 'conflict' });
      await this.db.claims.put(mine);
    });
  }

  /** Overwritten versions of a claim, oldest first. */
  history(claimId: string) {
    return this.db.claimHistory.where('claimId').equals(claimId).sortBy('seq');
  }

  /** Deletes a claim and returns what was deleted, for undo. */
  async delete(id: string): Promise<Claim | undefined> {
    return this.db.transaction('rw', this.db.claims, async () => {
      const stored = await this.db.claims.get(id);
      if (stored) await this.db.claims.delete(id);
      return stored;
    });
  }

  /** The claims of one article, unordered. */
  forArticle(articleId: string): Promise<Claim[]> {
    return this.db.claims.where('articleId').equals(articleId).toArray();
  }
}
