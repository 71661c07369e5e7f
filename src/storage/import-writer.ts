import type { ImportRows } from '../domain/format/resolve-conflicts.ts';
import type { ShuchoDatabase } from './database.ts';

/** Why an import could not be written; nothing of it was. */
export class ImportWriteError extends Error {
  override readonly name = 'ImportWriteError';
  constructor(
    readonly reason: 'quota' | 'failed',
    readonly detail: string,
  ) {
    super(reason === 'quota' ? `Not enough storage space for this import (${detail}).` : `The import could not be saved (${detail}).`);
  }
}

/**
 * True for a storage-full error, also when IndexedDB reports it as the
 * transaction's abort (an AbortError whose cause, or Dexie `inner`, is the
 * QuotaExceededError).
 */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    const named = current as { name?: string; inner?: unknown; cause?: unknown; message?: string };
    if (named.name === 'QuotaExceededError') return true;
    if (named.name === 'AbortError' && /quota/i.test(named.message ?? '')) return true;
    current = named.inner ?? named.cause;
  }
  return false;
}

/**
 * Writes an import's rows in ONE transaction: all of them or, on any
 * failure (quota, a crash, a bug), none. Local claims replaced by incoming
 * ones ("take theirs") are kept in the claim history first.
 */
export async function writeImport(db: ShuchoDatabase, rows: ImportRows, now: string): Promise<void> {
  try {
    await db.transaction('rw', [db.articles, db.annotators, db.claims, db.claimHistory, db.reviews, db.comments, db.threads, db.provenance], async () => {
      const replaced = await db.claims.bulkGet(rows.claim.map((claim) => claim.id));
      const history = replaced.filter((claim) => claim !== undefined).map((claim) => ({ claimId: claim.id, claim, replacedAt: now, reason: 'import' as const }));
      if (history.length > 0) await db.claimHistory.bulkAdd(history);
      await db.articles.bulkPut(rows.article);
      await db.annotators.bulkPut(rows.annotator);
      await db.claims.bulkPut(rows.claim);
      await db.reviews.bulkPut(rows.review);
      await db.comments.bulkPut(rows.comment);
      await db.threads.bulkPut(rows.thread);
      await db.provenance.bulkPut(rows.provenance);
    });
  } catch (error) {
    throw new ImportWriteError(isQuotaError(error) ? 'quota' : 'failed', error instanceof Error ? `${error.name}: ${error.message}` : String(error));
  }
}
