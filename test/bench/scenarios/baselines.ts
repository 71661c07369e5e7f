/**
 * The same-run baselines: what an empty page and raw kuromoji cost on this
 * machine, in this browser, served by the same server, right now. Each run
 * is a fresh browser context, like the app's cold runs.
 */
import type { Browser } from 'playwright-core';
import { BENCH_BASE } from '../build-pages.ts';
import type { BenchServer } from '../server.ts';
import { detailNumber, freshContext, waitForEntry } from '../session.ts';
import { countBytes, type ByteCount } from './bytes.ts';

/** Navigation start to the empty page's first frame, in ms. */
export async function measureEmptyPage(browser: Browser, server: BenchServer): Promise<number> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}${BENCH_BASE}empty.html`);
    return (await waitForEntry(page, 'bench:painted')).startTime;
  } finally {
    await context.close();
  }
}

/** One cold run of raw kuromoji in a bare worker. */
export interface RawKuromojiSample {
  /** Navigation start to the tokens received on the main thread, in ms. */
  tokensReceivedMs: number;
  /** Inside the worker: dictionary download and tokenizer build. */
  buildMs: number | null;
  /** Inside the worker: `tokenize()` itself. */
  workerMs: number | null;
  tokens: number | null;
  bytes: ByteCount;
}

/** Tokenizes the shipped text (`chars` 0) or `chars` code units of it repeated, cold. */
export async function measureRawKuromoji(browser: Browser, server: BenchServer, chars: number): Promise<RawKuromojiSample> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    server.takeTransfers();
    await page.goto(`${server.origin}${BENCH_BASE}kuromoji.html${chars > 0 ? `?chars=${chars}` : ''}`);
    const received = await waitForEntry(page, 'bench:tokens-received', 'bench:tokens-failed');
    await server.idle();
    return {
      tokensReceivedMs: received.startTime,
      buildMs: detailNumber(received, 'buildMs'),
      workerMs: detailNumber(received, 'workerMs'),
      tokens: detailNumber(received, 'tokens'),
      bytes: countBytes(server.takeTransfers()),
    };
  } finally {
    await context.close();
  }
}
