/**
 * Times the app's export and import paths inside the page, with the app's
 * own modules (bundled by Vite like the app), against the least a page can
 * do with the same records: read them and `JSON.stringify` them; `bulkPut`
 * them into an empty database. Served from the app's origin under /__bench/,
 * so it reads the app's IndexedDB. Every step is awaited in turn and timed
 * with `performance.now()`; opening and deleting databases is not timed
 * (the app keeps its database open).
 *
 * The node side calls the functions on `window.benchIo` one at a time,
 * collecting garbage in between (DevTools protocol), so that one step's
 * garbage is not collected during the next one's timing.
 */
import Dexie from 'dexie';
import { resolveAnchor } from '../../../src/domain/anchoring/anchor.ts';
import { createAnchor } from '../../../src/domain/anchoring/describe-quote.ts';
import { buildClaimSet } from '../../../src/domain/format/build-claim-set.ts';
import { planImport } from '../../../src/domain/format/import-plan.ts';
import { parseImportFile } from '../../../src/domain/format/parse-import-file.ts';
import { resolveConflicts, type ImportRows } from '../../../src/domain/format/resolve-conflicts.ts';
import { serializeClaimSet } from '../../../src/domain/format/serialize-claim-set.ts';
import type { Clock } from '../../../src/domain/ids.ts';
import { readClaimStore } from '../../../src/storage/claim-store.ts';
import { ShuchoDatabase } from '../../../src/storage/database.ts';
import { writeImport } from '../../../src/storage/import-writer.ts';
import { readLibrary } from '../../../src/ui/library/read-library.ts';

/** The app's export path, step by step, in ms. */
export interface ExportTiming {
  /** `readClaimStore`: every table in one read transaction. */
  readMs: number;
  /** `buildClaimSet`: offsets to code points, filtering, sorting. */
  buildMs: number;
  /** `serializeClaimSet`: the file's text. */
  serializeMs: number;
  totalMs: number;
  claims: number;
  /** Length of the file's text in UTF-16 code units. */
  chars: number;
}

/** The export baseline: the same tables read with plain `toArray()` calls, then `JSON.stringify(records, null, 2)`. */
export interface ExportBaselineTiming {
  readMs: number;
  stringifyMs: number;
  totalMs: number;
  chars: number;
}

/** The app's import path, step by step, in ms. */
export interface ImportTiming {
  /** `parseImportFile`: JSON.parse, validation, conversion to the app's shapes. */
  parseMs: number;
  /** `readClaimStore` of the (empty) target database: what the plan compares with. */
  readMs: number;
  /** `planImport`: articles matched, claims placed (offsets back to UTF-16, anchors checked). */
  planMs: number;
  /** `resolveConflicts` with no choices (there are no conflicts in an empty database). */
  resolveMs: number;
  /** `writeImport`: one read-write transaction. */
  writeMs: number;
  totalMs: number;
  claims: number;
  orphans: number;
  conflicts: number;
}

/** The import baseline: `bulkPut` of the same rows in one transaction. */
export interface WriteBaselineTiming {
  totalMs: number;
  rows: number;
}

/** Which schema the write baseline writes into: the app's (same indexes) or primary keys only. */
export type BaselineSchema = 'app' | 'keys';

/** Deterministic time and ids for the import plan: the figures must not depend on the clock. */
const CLOCK: Clock = (() => {
  let next = 0;
  return { now: () => '2025-02-01T00:00:00.000Z', newId: () => `bench-id-${next++}` };
})();

const EXPORT_OPTIONS = { exportedAt: '2025-02-01T00:00:00.000Z', generator: 'Shuchō bench' };

/** The last export's text and the last import's rows: the input of the next import and write baseline. */
let exported: string | null = null;
let importedRows: ImportRows | null = null;

async function openApp(name: string): Promise<ShuchoDatabase> {
  const db = new ShuchoDatabase(name);
  await db.open();
  return db;
}

/** Exports every article of database `name` as the app does (use-export.ts, 'json'), and keeps the text for `importApp`. */
async function exportApp(name: string): Promise<ExportTiming> {
  const db = await openApp(name);
  try {
    const t0 = performance.now();
    const store = await readClaimStore(db);
    const t1 = performance.now();
    const file = buildClaimSet(store, EXPORT_OPTIONS);
    const t2 = performance.now();
    const text = serializeClaimSet(file);
    const t3 = performance.now();
    exported = text;
    return { readMs: t1 - t0, buildMs: t2 - t1, serializeMs: t3 - t2, totalMs: t3 - t0, claims: file.claims.length, chars: text.length };
  } finally {
    db.close();
  }
}

/** Reads the tables `readClaimStore` reads, without the app's code, and stringifies them with the same indentation. */
async function exportBaseline(name: string): Promise<ExportBaselineTiming> {
  const db = await openApp(name);
  try {
    const tables = [db.articles, db.claims, db.annotators, db.reviews, db.comments, db.threads, db.provenance];
    const t0 = performance.now();
    const lists = await db.transaction('r', tables, () => Promise.all(tables.map((table) => table.toArray())));
    const t1 = performance.now();
    const text = JSON.stringify(Object.fromEntries(tables.map((table, i) => [table.name, lists[i]])), null, 2);
    const t2 = performance.now();
    return { readMs: t1 - t0, stringifyMs: t2 - t1, totalMs: t2 - t0, chars: text.length };
  } finally {
    db.close();
  }
}

/** Imports the last export into a new, empty database `target`, as the app does (use-import.ts), taking no conflict choices. */
async function importApp(target: string): Promise<ImportTiming> {
  if (exported === null) throw new Error('Export first: the import reads the last exported file');
  await Dexie.delete(target);
  const db = await openApp(target);
  try {
    const t0 = performance.now();
    const parsed = parseImportFile(exported);
    const t1 = performance.now();
    if (!parsed.ok) throw new Error(`The exported file does not read back: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
    const local = await readClaimStore(db);
    const t2 = performance.now();
    const plan = planImport(parsed.value, local, { reanchor: resolveAnchor, describeAnchor: createAnchor, clock: CLOCK });
    const t3 = performance.now();
    const { rows, report } = resolveConflicts(plan, new Map());
    const t4 = performance.now();
    await writeImport(db, rows, CLOCK.now());
    const t5 = performance.now();
    const stored = await db.claims.count();
    if (stored !== parsed.value.claims.length) throw new Error(`Imported ${parsed.value.claims.length} claims, found ${stored} stored`);
    importedRows = rows;
    return {
      parseMs: t1 - t0,
      readMs: t2 - t1,
      planMs: t3 - t2,
      resolveMs: t4 - t3,
      writeMs: t5 - t4,
      totalMs: t5 - t0,
      claims: stored,
      orphans: report.orphans,
      conflicts: plan.conflicts.length,
    };
  } finally {
    db.close();
    await Dexie.delete(target);
  }
}

/** A database with the app's tables but primary keys only: what the app's indexes cost shows against it. */
function keysOnlyDatabase(name: string): Dexie {
  const db = new Dexie(name);
  db.version(1).stores({ articles: 'id', annotators: 'id', claims: 'id' });
  return db;
}

/** Writes the last import's articles, annotators and claims into a new, empty database `target` with `bulkPut`, in one transaction. */
async function writeBaseline(target: string, schema: BaselineSchema): Promise<WriteBaselineTiming> {
  if (importedRows === null) throw new Error('Import first: the baseline writes the last import\'s rows');
  const rows = importedRows;
  await Dexie.delete(target);
  const db = schema === 'app' ? new ShuchoDatabase(target) : keysOnlyDatabase(target);
  await db.open();
  try {
    const [articles, annotators, claims] = [db.table('articles'), db.table('annotators'), db.table('claims')];
    const t0 = performance.now();
    await db.transaction('rw', [articles, annotators, claims], async () => {
      await articles.bulkPut(rows.article);
      await annotators.bulkPut(rows.annotator);
      await claims.bulkPut(rows.claim);
    });
    const t1 = performance.now();
    return { totalMs: t1 - t0, rows: rows.article.length + rows.annotator.length + rows.claim.length };
  } finally {
    db.close();
    await Dexie.delete(target);
  }
}

/**
 * `bulkGet` of the last import's claim ids in a new, empty database with
 * the app's schema, in ms: the lookup `writeImport` makes to keep replaced
 * claims in the history, which a bare `bulkPut` does not make.
 */
async function historyLookup(target: string): Promise<{ ms: number; ids: number }> {
  if (importedRows === null) throw new Error('Import first: the lookup reads the last import\'s claim ids');
  const ids = importedRows.claim.map((claim) => claim.id);
  await Dexie.delete(target);
  const db = await openApp(target);
  try {
    const t0 = performance.now();
    await db.transaction('rw', db.claims, () => db.claims.bulkGet(ids));
    return { ms: performance.now() - t0, ids: ids.length };
  } finally {
    db.close();
    await Dexie.delete(target);
  }
}

/** The library page's query (`readLibrary`) on database `name`, in ms: what the library waits for once the app runs. */
async function libraryRead(name: string): Promise<{ ms: number; rows: number; claims: number }> {
  const db = await openApp(name);
  try {
    const t0 = performance.now();
    const rows = await readLibrary(db);
    const ms = performance.now() - t0;
    return { ms, rows: rows.length, claims: rows.reduce((sum, row) => sum + row.claims, 0) };
  } finally {
    db.close();
  }
}

const api = { exportApp, exportBaseline, importApp, writeBaseline, historyLookup, libraryRead };

/** What the page offers the node side. */
export type BenchIo = typeof api;

(window as unknown as { benchIo: BenchIo }).benchIo = api;
document.body.dataset.ready = 'true';
