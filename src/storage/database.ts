import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../domain/article.ts';
import type { Annotator, Claim } from '../domain/claim.ts';
import type { Review } from '../domain/review.ts';
import type { Comment, ThreadResolution } from '../domain/comment.ts';
import type { ClaimProvenance } from '../domain/format/claim-set.ts';
import { DATABASE_NAME } from './database-name.ts';

/** A small key-value row for local settings (the local identity, UI choices). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A suggestion the user dismissed on an article; it stays hidden there. */
export interface DismissalRow {
  articleId: string;
  suggestionId: string;
  dismissedAt: string;
}

/** A version of a claim that was overwritten (another tab's edit, an import taking theirs). */
export interface ClaimHistoryRow {
  seq?: number;
  claimId: string;
  claim: Claim;
  replacedAt: string;
  reason: 'conflict' | 'import';
}

export { DATABASE_NAME };

/**
 * The app's IndexedDB database. Its schema is versioned: every change adds a
 * new `version(n)` below, never edits an old one, and has a frozen fixture
 * test (test/dom/storage) proving that data of the previous version upgrades.
 *
 * Version history:
 * - 1: articles, claims (indexed by article and author), annotators, settings.
 * - 2: reviews (by claim and reviewer), review comments and thread
 *      resolutions, dismissed suggestions, the history of overwritten claim
 *      versions, and the provenance of adjudicated claims; claims get an
 *      [articleId+label] index so the library counts labels without reading
 *      claims. Adds tables and an index only; version 1 rows are kept as they are.
 */
export class ShuchoDatabase extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  annotators!: EntityTable<Annotator, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  reviews!: EntityTable<Review, 'id'>;
  comments!: EntityTable<Comment, 'id'>;
  threads!: EntityTable<ThreadResolution, 'claimId'>;
  dismissals!: Dexie.Table<DismissalRow, [string, string]>;
  claimHistory!: EntityTable<ClaimHistoryRow, 'seq'>;
  provenance!: EntityTable<ClaimProvenance, 'claimId'>;

  /**
   * Live queries share their results instead of deep-cloning them for each
   * reader (Dexie's `cache: 'immutable'`): they come frozen, and the app
   * treats stored records as values anyway. Cloning 5,000 claims cost about
   * 40 ms, and its garbage more, on every change.
   */
  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, { cache: 'immutable', ...options });
    this.version(1).stores({
      articles: 'id, addedAt',
      claims: 'id, articleId, authorId, [articleId+authorId]',
      annotators: 'id',
      settings: 'key',
    });
    this.version(2).stores({
      claims: 'id, articleId, authorId, [articleId+authorId], [articleId+label]',
      reviews: 'id, claimId, reviewerId',
      comments: 'id, claimId',
      threads: 'claimId',
      dismissals: '[articleId+suggestionId], articleId',
      claimHistory: '++seq, claimId',
      provenance: 'claimId',
    });
  }
}
