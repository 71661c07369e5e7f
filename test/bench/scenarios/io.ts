/**
 * Issue 4: exporting 10,000 claims and importing them again, each against a
 * baseline measured in the same page and run. One browser context holds the
 * long article with the claims of two annotators; the io page exports them
 * with the app's path and with the baseline, then imports the app's file
 * into an empty database and writes the same rows with a bare `bulkPut`.
 */
import type { Browser } from 'playwright-core';
import type { ImportTiming, WriteBaselineTiming } from '../pages/io.ts';
import { IO_ARTICLE_ID, IO_CLAIMS, LONG_ARTICLE_CHARS, RUNS } from '../config.ts';
import { annotatedClaims, chunkedSeed } from '../data-fixtures.ts';
import { articleRecord, longText } from '../fixtures.ts';
import type { BenchServer } from '../server.ts';
import { seedJson } from '../seed-json.ts';
import { freshContext } from '../session.ts';
import { measureExports, openIoPage, type ExportSamples } from './io-page.ts';

export interface IoResults {
  claimCount: number;
  articleChars: number;
  exports: ExportSamples;
  imports: ImportTiming[];
  /** `bulkPut` of the imported rows into the app's schema (the import target). */
  writeApp: WriteBaselineTiming[];
  /** The same into tables with primary keys only: what the app's indexes cost. */
  writeKeysOnly: WriteBaselineTiming[];
  /** `writeImport`'s lookup of the incoming claim ids (for the history), alone, in ms. */
  historyLookupMs: number[];
}

/** Runs the Issue 4 measurements; `log` hears about each run. */
export async function measureIo(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<IoResults> {
  const text = longText(LONG_ARTICLE_CHARS);
  const article = articleRecord(IO_ARTICLE_ID, 'Bench: the shipped article repeated, for export', text);
  const claims = annotatedClaims(article, IO_CLAIMS);
  const context = await freshContext(browser);
  try {
    await seedJson(context, server.origin, chunkedSeed([article], claims));
    const io = await openIoPage(context, server.origin);
    try {
      const exports = await measureExports(io, RUNS, log);
      const results: IoResults = { claimCount: claims.length, articleChars: text.length, exports, imports: [], writeApp: [], writeKeysOnly: [], historyLookupMs: [] };
      // Untimed first round: the import reads the file the export left, the baselines write the rows the import made.
      await io.importApp();
      await io.writeBaseline('app');
      await io.writeBaseline('keys');
      for (let run = 1; run <= RUNS; run++) {
        const writeApp = await io.writeBaseline('app');
        const imported = await io.importApp();
        const writeKeys = await io.writeBaseline('keys');
        results.historyLookupMs.push((await io.historyLookup()).ms);
        results.writeApp.push(writeApp);
        results.imports.push(imported);
        results.writeKeysOnly.push(writeKeys);
        log(
          `run ${run}/${RUNS}: import of ${imported.claims.toLocaleString('en')} claims: app ${imported.totalMs.toFixed(0)} ms ` +
            `(parse ${imported.parseMs.toFixed(0)}, plan ${imported.planMs.toFixed(0)}, write ${imported.writeMs.toFixed(0)}); ` +
            `bulkPut ${writeApp.totalMs.toFixed(0)} ms (keys only ${writeKeys.totalMs.toFixed(0)} ms)`,
        );
      }
      return results;
    } finally {
      await io.close();
    }
  } finally {
    await context.close();
  }
}
