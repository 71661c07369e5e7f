/**
 * Issue 2: painting the text, tokens cold and warm, transfer overhead and
 * bytes, for the shipped article and the long one, each against baselines
 * measured in the same run. Runs are interleaved (baseline, app, baseline,
 * app...) so that a slow spell of the shared machine hits both sides.
 */
import type { Browser } from 'playwright-core';
import { LONG_ARTICLE_CHARS, LONG_ID, RUNS } from '../config.ts';
import { articleRecord, longText, seedPayload, shippedText } from '../fixtures.ts';
import type { BenchServer } from '../server.ts';
import type { SeedPayload } from '../pages/seed.ts';
import { freshContext, seed, waitForEntry } from '../session.ts';
import { measureAppVisit, type AppVisitSample } from './app-visit.ts';
import { measureEmptyPage, measureRawKuromoji, type RawKuromojiSample } from './baselines.ts';

/** Which article a loading run opens. */
export interface ArticleCase {
  name: string;
  characters: number;
  /** Hash route of the article ('' opens the shipped article). */
  hash: string;
  /** Given to the raw kuromoji page: 0 for the shipped text. */
  baselineChars: number;
  /** Stores the article before the cold visit, if it is not the shipped one. */
  prepare: Parameters<typeof seed>[2] | null;
  /** Stores it without its first-screen copy (an article the app never showed), for one more cold visit that waits only for the text. */
  prepareWithoutCopy: Parameters<typeof seed>[2] | null;
}

export interface LoadingResult {
  article: ArticleCase;
  cold: AppVisitSample[];
  warm: AppVisitSample[];
  rawKuromoji: RawKuromojiSample[];
  /** Text painted on cold visits stored without a first-screen copy (see ArticleCase.prepareWithoutCopy); not a target. */
  textWithoutCopyMs: number[];
}

export interface LoadingResults {
  emptyPaintMs: number[];
  articles: LoadingResult[];
  /** Runs left out because a milestone never came, with the reason. */
  failures: string[];
}

/** The two articles of the Issue 2 targets. */
export function loadingCases(): ArticleCase[] {
  const shipped = shippedText();
  const long = longText(LONG_ARTICLE_CHARS);
  return [
    { name: `shipped (${shipped.length.toLocaleString('en')} chars)`, characters: shipped.length, hash: '', baselineChars: 0, prepare: null, prepareWithoutCopy: null },
    {
      name: `long (${long.length.toLocaleString('en')} chars)`,
      characters: long.length,
      hash: `#/article/${LONG_ID}`,
      baselineChars: LONG_ARTICLE_CHARS,
      prepare: seedPayload([articleRecord(LONG_ID, 'Bench: the shipped article repeated', long)]),
      prepareWithoutCopy: seedPayload([articleRecord(LONG_ID, 'Bench: the shipped article repeated', long)], [], false),
    },
  ];
}

/** A cold visit in a fresh context, then a warm one (new tab, same context). */
async function coldAndWarm(browser: Browser, server: BenchServer, article: ArticleCase): Promise<[AppVisitSample, AppVisitSample]> {
  const context = await freshContext(browser);
  try {
    if (article.prepare) await seed(context, server.origin, article.prepare);
    const url = `${server.origin}/${article.hash}`;
    const cold = await measureAppVisit(context, server, url, article.characters);
    const warm = await measureAppVisit(context, server, url, article.characters);
    return [cold, warm];
  } finally {
    await context.close();
  }
}

/** A cold visit of an article stored without its first-screen copy, up to its text painted. */
async function textPaintedWithoutCopy(browser: Browser, server: BenchServer, article: ArticleCase, payload: SeedPayload): Promise<number> {
  const context = await freshContext(browser);
  try {
    await seed(context, server.origin, payload);
    const page = await context.newPage();
    await page.goto(`${server.origin}/${article.hash}`);
    return (await waitForEntry(page, 'shucho:text-painted')).startTime;
  } finally {
    await context.close();
  }
}

/** Runs every Issue 2 measurement `RUNS` times; `log` hears about each run. */
export async function measureLoading(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<LoadingResults> {
  const cases = loadingCases();
  const results: LoadingResults = { emptyPaintMs: [], articles: cases.map((article) => ({ article, cold: [], warm: [], rawKuromoji: [], textWithoutCopyMs: [] })), failures: [] };
  for (let run = 1; run <= RUNS; run++) {
    const empty = await measureEmptyPage(browser, server);
    results.emptyPaintMs.push(empty);
    log(`run ${run}/${RUNS}: empty page painted ${empty.toFixed(0)} ms`);
    for (const result of results.articles) {
      let raw: RawKuromojiSample;
      let cold: AppVisitSample;
      let warm: AppVisitSample;
      let withoutCopy: number | null = null;
      try {
        raw = await measureRawKuromoji(browser, server, result.article.baselineChars);
        [cold, warm] = await coldAndWarm(browser, server, result.article);
        if (result.article.prepareWithoutCopy) withoutCopy = await textPaintedWithoutCopy(browser, server, result.article, result.article.prepareWithoutCopy);
      } catch (error) {
        // One stuck visit must not throw away the other runs: it is reported instead.
        const reason = `run ${run}, ${result.article.name}: ${error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message.split('\n')[0]})` : ''}` : String(error)}`;
        results.failures.push(reason);
        log(`FAILED ${reason}`);
        continue;
      }
      result.rawKuromoji.push(raw);
      result.cold.push(cold);
      result.warm.push(warm);
      if (withoutCopy !== null) result.textWithoutCopyMs.push(withoutCopy);
      log(
        `run ${run}/${RUNS}, ${result.article.name}: raw kuromoji ${raw.tokensReceivedMs.toFixed(0)} ms; ` +
          `app cold text ${cold.textPaintedMs.toFixed(0)} ms, tokens ${cold.tokensReadyMs.toFixed(0)} ms; ` +
          `warm tokens ${warm.tokensReadyMs.toFixed(0)} ms` +
          (withoutCopy === null ? '' : `; text without a first-screen copy ${withoutCopy.toFixed(0)} ms`),
      );
    }
  }
  return results;
}
