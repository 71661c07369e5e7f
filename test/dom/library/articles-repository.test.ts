import { afterEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreMutateRequest } from 'dexie';
import { ShuchoDatabase } from '../../../src/storage/database.ts';
import { ArticlesRepository } from '../../../src/storage/articles-repository.ts';
import { newClaim } from '../../../src/domain/claim-factory.ts';
import type { Article } from '../../../src/domain/article.ts';
import type { Claim } from '../../../src/domain/claim.ts';
import { contentHashOf } from '../../../src/domain/content-hash.ts';

let ids = 0;
const clock = { now: () => '2026-11-29T10:00:00.000Z', newId: () => `id-${(ids += 1)}` };
const opened: ShuchoDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A database whose deletes in table `failOn.table` reject while `failOn.table` is set (a DBCore middleware). */
async function openDatabase(failOn: { table: string | null } = { table: null }) {
  const db = new ShuchoDatabase(`articles-${crypto.randomUUID()}`);
  db.use({
    stack: 'dbcore',
    name: 'fail-deletes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request: DBCoreMutateRequest) =>
            failOn.table === name && (request.type === 'delete' || request.type === 'deleteRange')
              ? Promise.reject(new Error(`disk failure while deleting from ${name}`))
              : table.mutate(request),
        };
      },
    }),
  });
  await db.open();
  opened.push(db);
  return db;
}

async function article(id: string, text: string): Promise<Article> {
  return { id, title: id, lang: 'ja', text, contentHash: await contentHashOf(text), addedAt: clock.now() };
}

/** An article with three claims, each with a review and a comment, one thread resolution, a dismissal and claim history. */
async function seedArticle(db: ShuchoDatabase, id: string): Promise<{ article: Article; claims: Claim[] }> {
  const a = await article(id, `${id}: NVIDIAは時間外取引で11%下落しています。𠮷👨‍👩‍👧`);
  await db.articles.add(a);
  const claims = [0, 1, 2].map((i) => newClaim({ article: a, start: i, end: i + 3, label: 'fact', authorId: 'me' }, clock));
  await db.claims.bulkAdd(claims);
  await db.reviews.bulkAdd(claims.map((c) => ({ id: `review-${c.id}`, claimId: c.id, reviewerId: 'r', verdict: 'accept' as const, comment: '', createdAt: clock.now() })));
  await db.comments.bulkAdd(claims.map((c) => ({ id: `comment-${c.id}`, claimId: c.id, authorId: 'r', body: 'ok', createdAt: clock.now() })));
  await db.threads.add({ claimId: claims[0]!.id, resolvedBy: 'r', resolvedAt: clock.now() });
  await db.dismissals.add({ articleId: id, suggestionId: 's1', dismissedAt: clock.now() });
  await db.claimHistory.add({ claimId: claims[1]!.id, claim: claims[1]!, replacedAt: clock.now(), reason: 'conflict' });
  // A version of a claim that was deleted since: traced by the article id inside it.
  const gone = newClaim({ article: a, start: 4, end: 6, label: 'opinion', authorId: 'me' }, clock);
  await db.claimHistory.add({ claimId: gone.id, claim: gone, replacedAt: clock.now(), reason: 'import' });
  return { article: a, claims };
}

async function snapshot(db: ShuchoDatabase) {
  return {
    articles: await db.articles.toArray(),
    claims: await db.claims.toArray(),
    reviews: await db.reviews.toArray(),
    comments: await db.comments.toArray(),
    threads: await db.threads.toArray(),
    dismissals: await db.dismissals.toArray(),
    claimHistory: await db.claimHistory.toArray(),
  };
}

describe('ArticlesRepository', () => {
  it('adds an article and reads it back exactly; refuses a second one with the same id', async () => {
    const db = await openDatabase();
    const repo = new ArticlesRepository(db);
    const a = await article('a', 'か\u3099１２３\n𠮷');
    await repo.add(a);
    expect(await db.articles.get('a')).toEqual(a);
    await expect(repo.add({ ...a, title: 'other' })).rejects.toThrow();
    expect((await db.articles.get('a'))?.title).toBe('a');
  });

  it('deletes an article with its claims, reviews, comments, threads, dismissals and claim history, and nothing of another article', async () => {
    const db = await openDatabase();
    await seedArticle(db, 'A');
    await seedArticle(db, 'B');
    const before = await snapshot(db);
    const deleted = await new ArticlesRepository(db).delete('A');
    expect(deleted).toEqual({ articles: 1, claims: 3, reviews: 3, comments: 3, threads: 1, dismissals: 1, claimHistory: 2 });
    const after = await snapshot(db);
    const ofB = <T,>(rows: T[], belongs: (row: T) => boolean) => rows.filter(belongs);
    const bClaimIds = new Set(before.claims.filter((c) => c.articleId === 'B').map((c) => c.id));
    expect(after.articles.map((a) => a.id)).toEqual(['B']);
    expect(after.claims).toEqual(ofB(before.claims, (c) => c.articleId === 'B'));
    expect(after.reviews).toEqual(ofB(before.reviews, (r) => bClaimIds.has(r.claimId)));
    expect(after.comments).toEqual(ofB(before.comments, (c) => bClaimIds.has(c.claimId)));
    expect(after.threads).toEqual(ofB(before.threads, (t) => bClaimIds.has(t.claimId)));
    expect(after.dismissals).toEqual(ofB(before.dismissals, (d) => d.articleId === 'B'));
    expect(after.claimHistory).toEqual(ofB(before.claimHistory, (h) => h.claim.articleId === 'B'));
    expect(after.reviews).toHaveLength(3);
    expect(after.claimHistory).toHaveLength(2);
  });

  it('deleting an article that does not exist deletes nothing', async () => {
    const db = await openDatabase();
    await seedArticle(db, 'B');
    const before = await snapshot(db);
    expect(await new ArticlesRepository(db).delete('missing')).toEqual({ articles: 0, claims: 0, reviews: 0, comments: 0, threads: 0, dismissals: 0, claimHistory: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it.each(['reviews', 'claimHistory', 'claims', 'articles'])('is atomic: when deleting from %s fails, nothing at all is deleted', async (table) => {
    const failOn: { table: string | null } = { table: null };
    const db = await openDatabase(failOn);
    await seedArticle(db, 'A');
    await seedArticle(db, 'B');
    const before = await snapshot(db);
    failOn.table = table;
    await expect(new ArticlesRepository(db).delete('A')).rejects.toThrow(`disk failure while deleting from ${table}`);
    failOn.table = null;
    expect(await snapshot(db)).toEqual(before);
  });
});
