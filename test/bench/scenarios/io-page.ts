/**
 * The node side of /__bench/io.html: opens it in a context (so it reads that
 * context's IndexedDB) and calls its timed functions one at a time, with a
 * garbage collection before each.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { BENCH_BASE } from '../build-pages.ts';
import { garbageCollector, type GarbageCollector } from '../cdp.ts';
import type { BaselineSchema, BenchIo, ExportBaselineTiming, ExportTiming, ImportTiming, WriteBaselineTiming } from '../pages/io.ts';

/** The app's database, as the app names it (src/storage/database.ts). */
export const APP_DATABASE = 'shucho';

/** Databases the import and the write baselines create, fill and delete on every call. */
const IMPORT_DATABASE = 'bench-import';
const WRITE_DATABASE = 'bench-write';

/** Handle on an open io page. */
export interface IoPage {
  exportApp(): Promise<ExportTiming>;
  exportBaseline(): Promise<ExportBaselineTiming>;
  /** Imports the last `exportApp` file into an empty database. */
  importApp(): Promise<ImportTiming>;
  /** Writes the last `importApp` rows into an empty database. */
  writeBaseline(schema: BaselineSchema): Promise<WriteBaselineTiming>;
  /** Times `writeImport`'s history lookup of the last import's claim ids in an empty database. */
  historyLookup(): Promise<{ ms: number; ids: number }>;
  /** Times the library's query (`readLibrary`) on the app's database. */
  libraryRead(): Promise<{ ms: number; rows: number; claims: number }>;
  close(): Promise<void>;
}

/** Opens the io page in `context`, served from `origin`. */
export async function openIoPage(context: BrowserContext, origin: string): Promise<IoPage> {
  const page: Page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto(`${origin}${BENCH_BASE}io.html`);
  await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
  const gc: GarbageCollector = await garbageCollector(page);
  const call = async <K extends keyof BenchIo>(name: K, ...args: Parameters<BenchIo[K]>): Promise<Awaited<ReturnType<BenchIo[K]>>> => {
    await gc.collect();
    try {
      return (await page.evaluate(
        ({ name, args }) => (window as unknown as { benchIo: Record<string, (...a: unknown[]) => unknown> }).benchIo[name]!(...args),
        { name, args: args as unknown[] },
      )) as Awaited<ReturnType<BenchIo[K]>>;
    } catch (error) {
      throw new Error(`io page: ${name} failed${problems.length > 0 ? ` (${problems.join(' | ')})` : ''}`, { cause: error });
    }
  };
  return {
    exportApp: () => call('exportApp', APP_DATABASE),
    exportBaseline: () => call('exportBaseline', APP_DATABASE),
    importApp: () => call('importApp', IMPORT_DATABASE),
    writeBaseline: (schema) => call('writeBaseline', WRITE_DATABASE, schema),
    historyLookup: () => call('historyLookup', WRITE_DATABASE),
    libraryRead: () => call('libraryRead', APP_DATABASE),
    async close() {
      await gc.detach().catch(() => undefined);
      await page.close();
    },
  };
}

/** Export figures of one case: the app's and the baseline's, one pair per run. */
export interface ExportSamples {
  app: ExportTiming[];
  baseline: ExportBaselineTiming[];
}

/**
 * Exports the context's database `runs` times with the app's path and with
 * the baseline, interleaved (baseline first), after one untimed pair.
 */
export async function measureExports(io: IoPage, runs: number, log: (line: string) => void): Promise<ExportSamples> {
  const samples: ExportSamples = { app: [], baseline: [] };
  await io.exportBaseline();
  await io.exportApp();
  for (let run = 1; run <= runs; run++) {
    const baseline = await io.exportBaseline();
    const app = await io.exportApp();
    samples.baseline.push(baseline);
    samples.app.push(app);
    log(
      `run ${run}/${runs}: export of ${app.claims.toLocaleString('en')} claims: app ${app.totalMs.toFixed(0)} ms ` +
        `(read ${app.readMs.toFixed(0)}, build ${app.buildMs.toFixed(0)}, serialize ${app.serializeMs.toFixed(0)}); ` +
        `baseline ${baseline.totalMs.toFixed(0)} ms (read ${baseline.readMs.toFixed(0)}, stringify ${baseline.stringifyMs.toFixed(0)})`,
    );
  }
  return samples;
}
