import { describe, expect, it } from 'vitest';
import { ShuchoDatabase } from '../../../src/storage/database.ts';
import { ImportWriteError, isQuotaError, writeImport } from '../../../src/storage/import-writer.ts';
import type { ImportRows } from '../../../src/domain/format/resolve-conflicts.ts';
import type { Claim } from '../../../src/domain/claim.ts';

function rows(partial: Partial<ImportRows>): ImportRows {
  return { article: [], annotator: [], claim: [], review: [], comment: [], thread: [], provenance: [], ...partial };
}

function claim(id: string, note = ''): Claim {
  return { id, articleId: 'a', anchor: { start: 0, end: 1, exact: 'x', prefix: '', suffix: '', contentHash: 'h' }, label: 'fact', gloss: '', note, evidence: [], authorId: 'u', createdAt: 't', updatedAt: 't', version: 1 };
}

describe('quota errors', () => {
  it('are recognised bare, as DOMExceptions, and wrapped in an abort', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'aborted', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'x', cause: new DOMException('full', 'QuotaExceededError') })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', message: 'Transaction aborted: quota exceeded' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(new Error('other'))).toBe(false);
  });
});

describe('writeImport', () => {
  it('writes every row in one go and keeps replaced claims in the history', async () => {
    const db = new ShuchoDatabase(`import-${crypto.randomUUID()}`);
    await db.claims.add(claim('c1', 'mine'));
    await writeImport(db, rows({ annotator: [{ id: 'u', name: 'U' }], claim: [claim('c1', 'theirs'), claim('c2')] }), 'now');
    expect((await db.claims.get('c1'))?.note).toBe('theirs');
    expect(await db.claims.count()).toBe(2);
    expect((await db.claimHistory.toArray()).map((row) => row.claim.note)).toEqual(['mine']);
    db.close();
  });

  it('writes nothing at all when one row fails', async () => {
    const db = new ShuchoDatabase(`import-fail-${crypto.randomUUID()}`);
    const broken = { ...claim('c3'), id: undefined } as unknown as Claim;
    const failure = await writeImport(db, rows({ annotator: [{ id: 'u', name: 'U' }], claim: [claim('c2'), broken] }), 'now').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ImportWriteError);
    expect((failure as ImportWriteError).reason).toBe('failed');
    expect(await db.annotators.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    db.close();
  });
});
