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
import { freshContext, seed } from '../session.ts';
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
}

export interface LoadingResult {
  article: ArticleCase;
  cold: AppVisitSample[];
  warm: AppVisitSample[];
  rawKuromoji: RawKuromojiSample[];
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
    { name: `shipped (${shipped.length.toLocaleString('en')} chars)`, characters: shipped.length, hash: '', baselineChars: 0, prepare: null },
    {
      name: `long (${long.length.toLocaleString('en')} chars)`,
      characters: long.length,
      hash: `#/article/${LONG_ID}`,
      baselineChars: LONG_ARTICLE_CHARS,
      prepare: seedPayload([articleRecord(LONG_ID, 'Bench: the shipped article repeated', long)]),
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

/** Runs every Issue 2 measurement `RUNS` times; `log` hears about each run. */
export async function measureLoading(browser: Browser, server: BenchServer, log: (line: string) => void): Promise<LoadingResults> {
  const cases = loadingCases();
  const results: LoadingResults = { emptyPaintMs: [], articles: cases.map((article) => ({ article, cold: [], warm: [], rawKuromoji: [] })), failures: [] };
  for (let run = 1; run <= RUNS; run++) {
    const empty = await measureEmptyPage(browser, server);
    results.emptyPaintMs.push(empty);
    log(`run ${run}/${RUNS}: empty page painted ${empty.toFixed(0)} ms`);
    for (const result of results.articles) {
      let raw: RawKuromojiSample;
      let cold: AppVisitSample;
      let warm: AppVisitSample;
      try {
        raw = await measureRawKuromoji(browser, server, result.article.baselineChars);
        [cold, warm] = await coldAndWarm(browser, server, result.article);
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
      log(
        `run ${run}/${RUNS}, ${result.article.name}: raw kuromoji ${raw.tokensReceivedMs.toFixed(0)} ms; ` +
          `app cold text ${cold.textPaintedMs.toFixed(0)} ms, tokens ${cold.tokensReadyMs.toFixed(0)} ms; ` +
          `warm tokens ${warm.tokensReadyMs.toFixed(0)} ms`,
      );
    }
  }
  return results;
}
