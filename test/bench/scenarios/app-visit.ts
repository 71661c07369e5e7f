/**
 * One measured visit of the app: navigation to tokens on screen, read from
 * the app's own User Timing entries (src/ui/perf-marks.ts and the
 * tokenizer client's roundtrip measure), with the traffic it caused.
 */
import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { DICTIONARY_CACHE_NAME } from '../../../src/nlp/dictionary-loader.ts';
import { DICTIONARY_LOAD_MEASURE, TOKENIZE_ROUNDTRIP_MEASURE } from '../../../src/nlp/tokenizer-client.ts';
import type { BenchServer } from '../server.ts';
import { detailNumber, readEntries, readEntry, waitForEntry } from '../session.ts';
import { countBytes, type ByteCount } from './bytes.ts';

export interface AppVisitSample {
  /** Navigation start to `shucho:text-painted`. */
  textPaintedMs: number;
  /** Navigation start to `shucho:tokens-ready` (the frame after the tokens reached the view). */
  tokensReadyMs: number;
  /** Navigation start to the dictionary load requested from the worker (start of the load measure). */
  dictionaryRequestedMs: number | null;
  /** Navigation start to the worker's 'ready' received on the main thread (end of the load measure). */
  dictionaryReadyMs: number | null;
  /** The worker's own dictionary load time (download or cache read, un-gzip, build). */
  workerLoadMs: number | null;
  /** Navigation start to the tokenize request posted to the worker (start of the roundtrip measure). */
  tokenizePostedMs: number | null;
  /** Navigation start to the tokens validated on the main thread (end of the roundtrip measure). */
  tokensReceivedMs: number | null;
  /** The tokenize request posted to the worker until its result was validated on the main thread. */
  roundtripMs: number | null;
  /** The worker's own tokenize time (kuromoji plus the columnar table). */
  workerMs: number | null;
  /** Main-thread validation of the received table (part of the roundtrip). */
  checkMs: number | null;
  tokens: number | null;
  firstContentfulPaintMs: number | null;
  bytes: ByteCount;
}

/**
 * Opens `url` in a new tab of `context`, waits for the tokens of an article
 * of `characters` code units, then for the network to fall quiet (the
 * service worker's precache included), and closes the tab.
 */
export async function measureAppVisit(context: BrowserContext, server: BenchServer, url: string, characters: number): Promise<AppVisitSample> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('crash', () => problems.push('the page crashed'));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  try {
    server.takeTransfers();
    await page.goto(url);
    const tokensReady = await waitForEntry(page, 'shucho:tokens-ready');
    const textPainted = await waitForEntry(page, 'shucho:text-painted');
    const roundtrip = (await readEntries(page, TOKENIZE_ROUNDTRIP_MEASURE)).find((entry) => detailNumber(entry, 'characters') === characters) ?? null;
    const load = await readEntry(page, DICTIONARY_LOAD_MEASURE);
    const fcp = await readEntry(page, 'first-contentful-paint');
    await server.idle();
    await dictionaryCached(page);
    return {
      textPaintedMs: textPainted.startTime,
      tokensReadyMs: tokensReady.startTime,
      dictionaryRequestedMs: load?.startTime ?? null,
      dictionaryReadyMs: load ? load.startTime + load.duration : null,
      workerLoadMs: detailNumber(load, 'workerMs'),
      tokenizePostedMs: roundtrip?.startTime ?? null,
      tokensReceivedMs: roundtrip ? roundtrip.startTime + roundtrip.duration : null,
      roundtripMs: roundtrip?.duration ?? null,
      workerMs: detailNumber(roundtrip, 'workerMs'),
      checkMs: detailNumber(roundtrip, 'checkMs'),
      tokens: detailNumber(tokensReady, 'tokens'),
      firstContentfulPaintMs: fcp?.startTime ?? null,
      bytes: countBytes(server.takeTransfers()),
    };
  } catch (error) {
    throw new Error(`Visit of ${url} failed${problems.length > 0 ? `; the page reported: ${problems.join(' | ')}` : ''}`, { cause: error });
  } finally {
    await page.close();
  }
}

const DICTIONARY_FILES = readdirSync('node_modules/@patdx/kuromoji/dict').filter((name) => name.endsWith('.dat.gz')).length;

/**
 * Waits until the worker has written its offline copy of the dictionary to
 * Cache Storage (it does so after building the tokenizer), so that the next
 * visit finds what a returning user would find.
 */
async function dictionaryCached(page: Page): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const cached = await page.evaluate(async (name) => (await (await caches.open(name)).keys()).length, DICTIONARY_CACHE_NAME);
    if (cached >= DICTIONARY_FILES) return;
    if (Date.now() > deadline) throw new Error(`The dictionary's offline copy holds ${cached} of ${DICTIONARY_FILES} files after 60 s`);
    await page.waitForTimeout(100);
  }
}
