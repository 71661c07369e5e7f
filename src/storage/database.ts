import Dexie, { type EntityTable } from 'dexie';
import type { Article } from '../domain/article.ts';
import type { Annotator, Claim } from '../domain/claim.ts';

/** A small key-value row for local settings (the local identity, UI choices). */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** The name of the IndexedDB database. Tests may open others. */
export const DATABASE_NAME = 'shucho';

/**
 * The app's IndexedDB database. Its schema is versioned: every change adds a
 * new `version(n)` below, never edits an old one, and has a frozen fixture
 * test (test/dom/storage) proving that data of the previous version upgrades.
 *
 * Version history:
 * - 1: articles, claims (indexed by article and author), annotators, settings.
 */
export class ShuchoDatabase extends Dexie {
  articles!: EntityTable<Article, 'id'>;
  claims!: EntityTable<Claim, 'id'>;
  annotators!: EntityTable<Annotator, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      articles: 'id, addedAt',
      claims: 'id, articleId, authorId, [articleId+authorId]',
      annotators: 'id',
      settings: 'key',
    });
  }
}
