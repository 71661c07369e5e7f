/**
 * Issue 7: 50,000 claims over 20 articles (the shipped one, which the app
 * opens by default, and 19 long ones; claims spread by length). Two browser
 * contexts hold the same articles, one with the claims and one without;
 * each is warmed up first (dictionary cached, service worker installed), so
 * every timed visit is a warm one and the two differ only by the claims.
 * Visits alternate between the two. Measured: the app's start (navigation to
 * the default article's text painted), the library (navigation to its 20
 * rows painted; and its query alone, in the io page), and a full export of
 * everything in the io page.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { RUNS, SCALE_ARTICLE_CHARS, SCALE_ARTICLES, SCALE_CLAIMS } from '../config.ts';
import { chunkedSeed, claimsByLength, scaleArticles } from '../data-fixtures.ts';
import type { BenchServer } from '../server.ts';
import { median } from '../stats.ts';
import { seedJson } from '../seed-json.ts';
import { freshContext, waitForEntry } from '../session.ts';
import { watchClaimsPainted } from './in-page.ts';
import { measureExports, openIoPage, type ExportSamples } from './io-page.ts';
import { libraryClaimTotal, watchLibraryRows } from './library-rows.ts';

/** One start of the app on its default article. */
export interface StartSample {
  /** Navigation start to `shucho:text-painted`. */
  textPaintedMs: number;
  /** Navigation start to the frame showing the live article view with the default article's claims (the view alone without claims). */
  claimsPaintedMs: number;
}

export interface ScaleResults {
  articles: number;
  claims: number;
  /** Claims on the default (shipped) article. */
  defaultArticleClaims: number;
  startWith: StartSample[];
  startWithout: StartSample[];
  /** Navigation start to the library's rows painted, in ms. */
  libraryWith: number[];
  libraryWithout: number[];
  /** The library's query alone (`readLibrary`, in the io page), in ms. */
  libraryReadWith: number[];
  libraryReadWithout: number[];
  exports: ExportSamples;
}

async function start(context: BrowserContext, server: BenchServer, expectedClaims: number): Promise<StartSample> {
  const page = await context.newPage();
  try {
    await page.addInitScript(watchClaimsPainted, expectedClaims);
    await page.goto(`${server.origin}/`);
    const claimsPainted = await waitForEntry(page, 'bench:claims-painted');
    const textPainted = await waitForEntry(page, 'shucho:text-painted');
    return { textPaintedMs: textPainted.startTime, claimsPaintedMs: claimsPainted.startTime };
  } finally {
    await page.close();
  }
}

/** Opens the library and returns the time its rows were painted, and the claims it shows. */
async function library(context: BrowserContext, server: BenchServer, rows: number): Promise<{ paintedMs: number; claimsShown: number }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(watchLibraryRows, rows);
    await page.goto(`${server.origin}/#/library`);
    const painted = await waitForEntry(page, 'bench:library-painted');
    return { paintedMs: painted.startTime, claimsShown: await page.evaluate(libraryClaimTotal) };
  } finally {
    await page.close();
  }
}

/** The first visit of a context: downloads and caches the dictionary, installs the service worker. */
async function warmUp(context: BrowserContext, server: BenchServer): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${server.origin}/`);
    await waitForEntry(page, 'shucho:tokens-ready');
    await server.idle();
  } finally {
    await page.close();
  }
}

/** Runs the Issue 7 measurements; `log` hears about each step. */
export async function measureScale(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<ScaleResults> {
  const articles = scaleArticles(SCALE_ARTICLES, SCALE_ARTICLE_CHARS);
  const claims = claimsByLength(articles, SCALE_CLAIMS);
  const defaultArticleClaims = claims.filter((claim) => claim.articleId === articles[0]!.id).length;
  const results: ScaleResults = {
    articles: articles.length,
    claims: claims.length,
    defaultArticleClaims,
    startWith: [],
    startWithout: [],
    libraryWith: [],
    libraryWithout: [],
    libraryReadWith: [],
    libraryReadWithout: [],
    exports: { app: [], baseline: [] },
  };
  const withClaims = await freshContext(browser);
  const withoutClaims = await freshContext(browser);
  try {
    await seedJson(withClaims, server.origin, chunkedSeed(articles, claims));
    await seedJson(withoutClaims, server.origin, chunkedSeed(articles, []));
    log(`stored ${articles.length} articles with ${claims.length.toLocaleString('en')} claims (${defaultArticleClaims} on the default article), and the same articles without claims`);
    await warmUp(withClaims, server);
    await warmUp(withoutClaims, server);
    // One untimed library visit each; it also checks that the store holds what was seeded.
    for (const [context, expected] of [[withClaims, claims.length], [withoutClaims, 0]] as const) {
      const shown = (await library(context, server, articles.length)).claimsShown;
      if (shown !== expected) throw new Error(`The library shows ${shown} claims, ${expected} were stored`);
    }

    for (let run = 1; run <= RUNS; run++) {
      const startWithout = await start(withoutClaims, server, 0);
      const startWith = await start(withClaims, server, defaultArticleClaims);
      const libraryWithout = (await library(withoutClaims, server, articles.length)).paintedMs;
      const libraryWith = (await library(withClaims, server, articles.length)).paintedMs;
      results.startWithout.push(startWithout);
      results.startWith.push(startWith);
      results.libraryWithout.push(libraryWithout);
      results.libraryWith.push(libraryWith);
      log(
        `run ${run}/${RUNS}: start (text painted) without claims ${startWithout.textPaintedMs.toFixed(0)} ms, with ${startWith.textPaintedMs.toFixed(0)} ms; ` +
          `library without ${libraryWithout.toFixed(0)} ms, with ${libraryWith.toFixed(0)} ms`,
      );
    }

    for (const [context, times] of [[withoutClaims, results.libraryReadWithout], [withClaims, results.libraryReadWith]] as const) {
      const io = await openIoPage(context, server.origin);
      try {
        await io.libraryRead();
        for (let run = 1; run <= RUNS; run++) times.push((await io.libraryRead()).ms);
        if (context === withClaims) results.exports = await measureExports(io, RUNS, log);
      } finally {
        await io.close();
      }
    }
    log(`readLibrary alone: without claims ${median(results.libraryReadWithout).toFixed(0)} ms, with ${median(results.libraryReadWith).toFixed(0)} ms`);
  } finally {
    await withClaims.close();
    await withoutClaims.close();
  }
  return results;
}
