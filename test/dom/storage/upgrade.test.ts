import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import fixture from '../../fixtures/db/v1.json';
import { ShuchoDatabase } from '../../../src/storage/database.ts';
import { openStorage } from '../../../src/storage/open-storage.ts';

/** Writes the frozen version 1 fixture (plus `extraClaims` generated ones) into a fresh database. */
async function createVersion1(name: string, extraClaims = 0): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(fixture.schema);
  await v1.open();
  await v1.transaction('rw', v1.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.rows)) await v1.table(table).bulkAdd(rows);
    const template = fixture.rows.claims[0]!;
    await v1.table('claims').bulkAdd(Array.from({ length: extraClaims }, (_, i) => ({ ...template, id: `bulk-${i}`, note: `n${i}` })));
  });
  v1.close();
}

describe('database upgrades', () => {
  it('upgrades a version 1 database to the current version with every row intact', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await createVersion1(name);
    const db = new ShuchoDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.articles.toArray()).toEqual(fixture.rows.articles);
    expect(await db.claims.toArray()).toEqual(fixture.rows.claims);
    expect(await db.annotators.toArray()).toEqual(fixture.rows.annotators);
    expect(await db.settings.toArray()).toEqual(fixture.rows.settings);
    expect(await db.reviews.count()).toBe(0);
    expect(await db.dismissals.count()).toBe(0);
    db.close();
  });

  it('upgrades a version 1 database holding 10,000 claims', async () => {
    const name = `upgrade-big-${crypto.randomUUID()}`;
    await createVersion1(name, 10_000);
    const db = new ShuchoDatabase(name);
    await db.open();
    expect(await db.claims.count()).toBe(10_001);
    expect((await db.claims.get('bulk-9999'))?.note).toBe('n9999');
    expect(await db.claims.where('articleId').equals('fixture-article').count()).toBe(10_001);
    db.close();
  }, 30_000);

  it('leaves the old data intact and says why when an upgrade throws', async () => {
    const name = `upgrade-fail-${crypto.randomUUID()}`;
    await createVersion1(name);
    class BrokenUpgrade extends ShuchoDatabase {
      constructor(dbName: string) {
        super(dbName);
        this.version(3)
          .stores({})
          .upgrade(() => {
            throw new Error('simulated upgrade bug');
          });
      }
    }
    const broken = new BrokenUpgrade(name);
    await expect(broken.open()).rejects.toThrow(/simulated upgrade bug/);
    broken.close();
    // The version change was rolled back: version 1 and its rows are still there.
    const check = new Dexie(name);
    await check.open();
    expect(check.verno).toBe(1);
    expect(await check.table('claims').count()).toBe(1);
    check.close();
    // And the app reports it instead of crashing.
    const opened = await openStorage(async () => fixture.rows.articles[0] as never, () => {}, name, (dbName) => new BrokenUpgrade(dbName));
    expect(opened.state).toBe('unavailable');
    if (opened.state === 'unavailable') expect(opened.error).toMatch(/simulated upgrade bug/);
  });
});
