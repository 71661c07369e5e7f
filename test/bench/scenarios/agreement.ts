/**
 * Issue 5: the agreement report and the claim diff of two annotators with
 * 10,000 claims each on the 200,000-character article, timed in the page's
 * main thread (/__bench/agreement.html), with a garbage collection before
 * each run. Tokens come from the app's tokenizer code; the budget is
 * absolute (200 ms), so there is no baseline.
 */
import type { Browser } from 'playwright-core';
import { BENCH_BASE } from '../build-pages.ts';
import { garbageCollector } from '../cdp.ts';
import { AGREEMENT_CLAIMS, LONG_ARTICLE_CHARS, RUNS } from '../config.ts';
import type { AgreementTiming } from '../pages/agreement.ts';
import type { BenchServer } from '../server.ts';
import { detailNumber, freshContext, waitForEntry } from '../session.ts';

/** Untimed runs first: the first calls compile the code. */
const WARMUPS = 3;

/** Timed runs: a run takes a tenth of a second, so three times the usual count keeps the median steady on a busy machine. */
const TIMED_RUNS = RUNS * 3;

export interface AgreementResults {
  characters: number;
  tokens: number;
  claimsPerAnnotator: number;
  /** The app's tokenize time in the page's worker (setup, not a target). */
  tokenizeMs: number | null;
  runs: AgreementTiming[];
}

/** Runs the Issue 5 measurement; `log` hears about each run. */
export async function measureAgreement(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<AgreementResults> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BENCH_BASE}agreement.html?chars=${LONG_ARTICLE_CHARS}&claims=${AGREEMENT_CLAIMS}`);
    const ready = await waitForEntry(page, 'bench:agreement-ready', 'bench:agreement-failed');
    const results: AgreementResults = {
      characters: detailNumber(ready, 'characters') ?? Number.NaN,
      tokens: detailNumber(ready, 'tokens') ?? Number.NaN,
      claimsPerAnnotator: detailNumber(ready, 'claimsA') ?? Number.NaN,
      tokenizeMs: detailNumber(ready, 'tokenizeMs'),
      runs: [],
    };
    log(`${results.tokens.toLocaleString('en')} tokens, ${results.claimsPerAnnotator.toLocaleString('en')} claims per annotator`);
    const gc = await garbageCollector(page);
    const run = async (): Promise<AgreementTiming> => {
      await gc.collect();
      return page.evaluate(() => (window as unknown as { benchAgreement(): AgreementTiming }).benchAgreement());
    };
    for (let i = 0; i < WARMUPS; i++) await run();
    for (let i = 1; i <= TIMED_RUNS; i++) {
      const timing = await run();
      results.runs.push(timing);
      log(`run ${i}/${TIMED_RUNS}: report ${timing.reportMs.toFixed(1)} ms + diff ${timing.diffMs.toFixed(1)} ms = ${timing.totalMs.toFixed(1)} ms (${timing.rows.toLocaleString('en')} rows)`);
    }
    await gc.detach();
    return results;
  } finally {
    await context.close();
  }
}
