/**
 * Issue 3: the long article carrying 5,000 claims. Opening it against
 * opening the same text with none, and creating claims one by one (key
 * press to highlight on screen). One browser context: its first visit to
 * each article is a warm-up (dictionary cached, service worker installed),
 * so every timed visit is a warm one and the two conditions differ only by
 * the claims.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CREATION_WARMUPS, CREATIONS, CREATIONS_WITHOUT_CLAIMS, LONG_ARTICLE_CHARS, LONG_ID, LONG_WITH_CLAIMS_ID, RUNS, SPREAD_CLAIMS } from '../config.ts';
import { articleRecord, creationRanges, longText, seedPayload, spreadClaims } from '../fixtures.ts';
import type { BenchServer } from '../server.ts';
import { freshContext, seed, waitForEntry } from '../session.ts';
import { armCreation, collectCreation, selectDomRange, untilIdle, watchClaimsPainted, type CreationTiming } from './in-page.ts';

/** One visit of the long article. */
export interface OpenSample {
  /** Navigation start to `shucho:text-painted`. */
  textPaintedMs: number;
  /** Navigation start to `shucho:view-painted` (the live article view, not the boot script's first paint). */
  viewPaintedMs: number;
  /** Navigation start to the frame showing every stored claim (the text alone when there are none). */
  claimsPaintedMs: number;
}

export interface ClaimsResults {
  claimCount: number;
  withoutClaims: OpenSample[];
  withClaims: OpenSample[];
  /** Key press to highlight painted, per timed creation, in ms. */
  creationMs: number[];
  /** Key press to the highlight's element in the DOM, per timed creation, in ms. */
  creationDomMs: number[];
  /** Key press to the save indicator saying 'saved' (write committed), per timed creation, in ms. */
  creationSavedMs: number[];
  /** Key press to highlight painted on the same long text with no other claims: what the claims add. */
  creationWithoutClaimsMs: number[];
  /** Creations that showed no highlight within the timeout. */
  creationFailures: number;
}

async function openArticle(context: BrowserContext, server: BenchServer, articleId: string, expectedClaims: number): Promise<{ page: Page; sample: OpenSample }> {
  const page = await context.newPage();
  await page.addInitScript(watchClaimsPainted, expectedClaims);
  await page.goto(`${server.origin}/#/article/${articleId}`);
  const claimsPainted = await waitForEntry(page, 'bench:claims-painted');
  const textPainted = await waitForEntry(page, 'shucho:text-painted');
  const viewPainted = await waitForEntry(page, 'shucho:view-painted');
  return { page, sample: { textPaintedMs: textPainted.startTime, viewPaintedMs: viewPainted.startTime, claimsPaintedMs: claimsPainted.startTime } };
}

async function openAndClose(context: BrowserContext, server: BenchServer, articleId: string, expectedClaims: number): Promise<OpenSample> {
  const { page, sample } = await openArticle(context, server, articleId, expectedClaims);
  await page.close();
  return sample;
}

/** The DOM text offset of text offset `offset`: ProseMirror renders each line as a paragraph, without the line break. */
function domOffset(text: string, offset: number): number {
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) breaks++;
  return offset - breaks;
}

/** Creates one claim with key '1' on text range `range` and times it; null if no highlight came. */
async function timeCreation(page: Page, text: string, range: { start: number; end: number }): Promise<CreationTiming | null> {
  await page.evaluate(selectDomRange, { start: domOffset(text, range.start), end: domOffset(text, range.end) });
  await page.locator('[data-testid="pending-selection"]').first().waitFor({ timeout: 10_000 });
  await page.evaluate(untilIdle);
  await page.evaluate(armCreation, { key: '1', timeoutMs: 20_000 });
  await page.keyboard.press('1');
  const timing = await page.evaluate(collectCreation);
  await page.locator('.save-status[data-state="saved"]').waitFor({ timeout: 20_000 });
  await page.evaluate(untilIdle);
  return timing;
}

/**
 * Opens `articleId` (showing `existingClaims`), waits for its tokens, and
 * times `count` creations after `CREATION_WARMUPS` untimed ones.
 */
async function createClaims(
  context: BrowserContext,
  server: BenchServer,
  text: string,
  articleId: string,
  existingClaims: number,
  count: number,
): Promise<{ timings: CreationTiming[]; failures: number }> {
  const { page } = await openArticle(context, server, articleId, existingClaims);
  try {
    await waitForEntry(page, 'shucho:tokens-ready');
    const timings: CreationTiming[] = [];
    let failures = 0;
    for (const [index, range] of creationRanges(text, SPREAD_CLAIMS, CREATION_WARMUPS + count).entries()) {
      const timing = await timeCreation(page, text, range);
      if (index < CREATION_WARMUPS) continue;
      if (timing && Number.isFinite(timing.keyAt)) timings.push(timing);
      else failures++;
    }
    return { timings, failures };
  } finally {
    await page.close();
  }
}

/** Runs the Issue 3 measurements; `log` hears about each step. */
export async function measureClaims(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<ClaimsResults> {
  const text = longText(LONG_ARTICLE_CHARS);
  const plain = articleRecord(LONG_ID, 'Bench: the shipped article repeated', text);
  const tagged = articleRecord(LONG_WITH_CLAIMS_ID, 'Bench: the shipped article repeated, with claims', text);
  const claims = spreadClaims(tagged, SPREAD_CLAIMS);
  const results: ClaimsResults = { claimCount: claims.length, withoutClaims: [], withClaims: [], creationMs: [], creationDomMs: [], creationSavedMs: [], creationWithoutClaimsMs: [], creationFailures: 0 };

  const context = await freshContext(browser);
  try {
    await seed(context, server.origin, seedPayload([plain, tagged], claims));
    // Warm-ups: the first visit downloads the dictionary and installs the service worker.
    for (const [id, count] of [[LONG_ID, 0], [LONG_WITH_CLAIMS_ID, claims.length]] as const) {
      const { page } = await openArticle(context, server, id, count);
      await waitForEntry(page, 'shucho:tokens-ready');
      await server.idle();
      await page.close();
    }
    for (let run = 1; run <= RUNS; run++) {
      const without = await openAndClose(context, server, LONG_ID, 0);
      const withClaims = await openAndClose(context, server, LONG_WITH_CLAIMS_ID, claims.length);
      results.withoutClaims.push(without);
      results.withClaims.push(withClaims);
      log(
        `run ${run}/${RUNS}: open without claims: view ${without.viewPaintedMs.toFixed(0)} ms; ` +
          `with ${claims.length} claims: text ${withClaims.textPaintedMs.toFixed(0)} ms, all highlights ${withClaims.claimsPaintedMs.toFixed(0)} ms`,
      );
    }

    const timed = await createClaims(context, server, text, LONG_WITH_CLAIMS_ID, claims.length, CREATIONS);
    results.creationFailures = timed.failures;
    for (const timing of timed.timings) {
      results.creationMs.push(timing.paintedAt - timing.keyAt);
      results.creationDomMs.push(timing.appearedAt - timing.keyAt);
      if (timing.savedAt !== null) results.creationSavedMs.push(timing.savedAt - timing.keyAt);
    }
    log(`created ${results.creationMs.length} claims among ${claims.length} (${timed.failures} without a highlight)`);
    const plainTimed = await createClaims(context, server, text, LONG_ID, 0, CREATIONS_WITHOUT_CLAIMS);
    results.creationWithoutClaimsMs = plainTimed.timings.map((timing) => timing.paintedAt - timing.keyAt);
    log(`created ${results.creationWithoutClaimsMs.length} claims on the same text without other claims`);
  } finally {
    await context.close();
  }
  return results;
}
