import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ShuchoDatabase } from '../../../src/storage/database.ts';
import { ClaimConflictError, ClaimsRepository } from '../../../src/storage/claims-repository.ts';
import { newClaim, editClaim } from '../../../src/domain/claim-factory.ts';
import type { Article } from '../../../src/domain/article.ts';
import { contentHashOf } from '../../../src/domain/content-hash.ts';

let db: ShuchoDatabase;
let article: Article;
let ids = 0;
const clock = { now: () => '2026-11-29T10:00:00.000Z', newId: () => `id-${(ids += 1)}` };

beforeEach(async () => {
  db = new ShuchoDatabase(`claims-${crypto.randomUUID()}`);
  await db.open();
  const text = 'NVIDIAは時間外取引で11%下落しています。';
  article = { id: 'a1', title: 't', lang: 'ja', text, contentHash: await contentHashOf(text), addedAt: clock.now() };
  await db.articles.add(article);
});
afterEach(() => db.close());

describe('ClaimsRepository', () => {
  it('stores a claim with its anchor and reads it back exactly', async () => {
    const repo = new ClaimsRepository(db);
    const claim = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    await repo.create(claim);
    expect(await repo.forArticle('a1')).toEqual([claim]);
    expect(claim.anchor).toMatchObject({ exact: 'NVIDIA', prefix: '', suffix: 'は時間外取引で11%下落しています。', contentHash: article.contentHash });
  });

  it('refuses an edit made on a stale version (another tab saved first) and writes nothing', async () => {
    const repo = new ClaimsRepository(db);
    const claim = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    await repo.create(claim);
    const tabA = editClaim(claim, { note: 'from tab A' }, clock);
    const tabB = editClaim(claim, { note: 'from tab B' }, clock);
    if (!tabA.ok || !tabB.ok) throw new Error('edits should be valid');
    await repo.update(tabA.claim);
    const failure = await repo.update(tabB.claim).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ClaimConflictError);
    expect((failure as ClaimConflictError).theirs?.note).toBe('from tab A');
    expect((await db.claims.get(claim.id))?.note).toBe('from tab A');
  });

  it('never saves an evidence link that is not http(s)', () => {
    const claim = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    const result = editClaim(claim, { evidence: [{ id: 'e', url: '\x01javascript:alert(1)', title: '', quote: '', stance: 'supports', accessed: '2026-11-29' }] }, clock);
    expect(result).toEqual({ ok: false, problems: [{ field: 'evidence', index: 0, code: 'url-scheme' }] });
  });

  it('refuses unknown and empty labels', () => {
    const claim = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    for (const label of ['', 'rumour']) {
      const result = editClaim(claim, { label: label as 'fact' }, clock);
      expect(result.ok).toBe(false);
    }
  });

  it('deletes a claim and returns it so it can be restored', async () => {
    const repo = new ClaimsRepository(db);
    const claim = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    await repo.create(claim);
    const deleted = await repo.delete(claim.id);
    expect(await db.claims.count()).toBe(0);
    await repo.put(deleted!);
    expect(await db.claims.get(claim.id)).toEqual(claim);
  });
});

describe('conflict resolution', () => {
  it('keeps the overwritten version in the claim history when the user keeps theirs over another tab', async () => {
    const repo = new ClaimsRepository(db);
    const claim = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    await repo.create(claim);
    const other = editClaim(claim, { note: 'other tab' }, clock);
    const mine = editClaim(claim, { note: 'this tab' }, clock);
    if (!other.ok || !mine.ok) throw new Error('edits should be valid');
    await repo.update(other.claim);
    await repo.overwrite({ ...mine.claim, version: other.claim.version + 1 }, '2026-11-29T11:00:00.000Z');
    expect((await db.claims.get(claim.id))?.note).toBe('this tab');
    const history = await repo.history(claim.id);
    expect(history.map((row) => row.claim.note)).toEqual(['other tab']);
  });
});
