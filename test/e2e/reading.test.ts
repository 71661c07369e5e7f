import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { AppPage } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
const FIRST_SENTENCE = '本日、AIに関して大人の対応が必要な状況となっています。';

/** Total bytes of dictionary responses that came over the network (not from Cache Storage). */
function countDictionaryBytes(context: BrowserContext): { bytes: number; requests: number } {
  const counter = { bytes: 0, requests: 0 };
  context.on('requestfinished', async (request) => {
    if (!request.url().includes('/dict/')) return;
    const response = await request.response();
    if (!response || response.fromServiceWorker()) return;
    const sizes = await request.sizes();
    counter.requests += 1;
    counter.bytes += sizes.responseBodySize;
  });
  return counter;
}

describe('reading the shipped article', () => {
  const browser = useBrowser();

  it('paints the article text before the tokens are ready, then the tokens arrive from the worker', async () => {
    const context = await browser().newContext();
    // Hold the dictionary back so "before" is observable, not a race.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route('**/dict/**', async (route) => {
      await held;
      await route.continue();
    });
    const app = await AppPage.open(context, baseUrl);
    await expect.poll(() => app.articleText.textContent()).toContain(FIRST_SENTENCE);
    await expect.poll(() => app.page.locator('h1').textContent()).toContain('NVIDIAとMicrosoftの株価');
    expect(await app.tokenizerStatus.getAttribute('data-state')).toBe('loading');
    await expect(app.page.getByRole('progressbar').count()).resolves.toBe(1);
    release();
    await app.waitForTokens();
    expect(await app.tokenizerStatus.textContent()).toMatch(/\d[\d,]* (tokens|トークン)/);
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });

  it("shows the article's text before the app's code has run, the shipped one and a user's own, and swaps in the live view", async () => {
    // No service worker: it would serve the main chunk past the route below.
    const context = await browser().newContext({ viewport: { width: 1360, height: 900 }, serviceWorkers: 'block' });
    // Hold the app's main chunk back: what is on screen meanwhile is the boot script's first paint.
    let release!: () => void;
    let held = new Promise<void>((resolve) => (release = resolve));
    await context.route(/\/assets\/main-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const app = await AppPage.open(context, baseUrl);
    const firstPaint = app.page.locator('.first-paint .article-text');
    await expect.poll(() => firstPaint.textContent()).toContain(FIRST_SENTENCE);
    expect(await app.page.locator('.first-paint h1').textContent()).toContain('NVIDIAとMicrosoftの株価');
    expect(await app.page.evaluate(() => performance.getEntriesByName('shucho:text-painted').length)).toBe(1);
    expect(await app.page.locator('.ProseMirror').count()).toBe(0);
    release();
    await app.articleText.waitFor();
    expect(await app.page.locator('.first-paint').count()).toBe(0);
    expect(await app.articleText.textContent()).toContain(FIRST_SENTENCE);

    // A user's article, stored in IndexedDB (and never shown: no first-screen copy), is painted from there on the next visit.
    const mine = { id: 'first-paint-mine', title: 'A <b>user</b> article', lang: 'en', text: 'The first line.\nThe <i>second</i> line.', contentHash: 'x', addedAt: '2026-11-29T10:00:00.000Z' };
    await app.putRows({ articles: [mine] });
    held = new Promise<void>((resolve) => (release = resolve));
    await app.page.goto(`${baseUrl}/#/article/${mine.id}`);
    await app.page.reload();
    await expect.poll(() => app.page.locator('.first-paint .article-text p').allTextContents()).toEqual(['The first line.', 'The <i>second</i> line.']);
    expect(await app.page.locator('.first-paint h1').textContent()).toBe(mine.title);
    expect(await app.page.locator('.first-paint b, .first-paint i').count()).toBe(0);
    release();
    await app.articleText.waitFor();
    expect(await app.page.locator('h1').textContent()).toBe(mine.title);
    expect(await app.page.locator('.first-paint').count()).toBe(0);

    // Shown by the app, the article's first screen is kept in localStorage: the next visit paints it without waiting for IndexedDB.
    const copy = () => app.page.evaluate((key) => localStorage.getItem(key), `shucho:first-screen:${mine.id}`);
    await expect.poll(copy).not.toBeNull();
    held = new Promise<void>((resolve) => (release = resolve));
    await app.page.reload();
    await expect.poll(() => app.page.locator('.first-paint .article-text p').allTextContents()).toEqual(['The first line.', 'The <i>second</i> line.']);
    expect(await app.page.locator('.first-paint b, .first-paint i').count()).toBe(0);
    await expect
      .poll(() => app.page.evaluate(() => (performance.getEntriesByName('shucho:text-painted')[0] as PerformanceMark | undefined)?.detail as Record<string, number> | undefined))
      .toEqual({ firstPaint: 1, fromCopy: 1 });
    release();
    await app.articleText.waitFor();
    expect(await app.page.locator('h1').textContent()).toBe(mine.title);
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });

  it('shows reading, base form and part of speech of the word under the pointer', async () => {
    const context = await browser().newContext();
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    await app.waitForSuggestions();
    // Hover the middle of 「株価」 in the first paragraph.
    const box = await app.page.evaluate(() => {
      const root = document.querySelector('.article-text')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf('株価');
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 2);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      throw new Error('株価 not found');
    });
    await app.page.mouse.move(box.x, box.y);
    const info = app.page.getByTestId('token-info');
    await expect.poll(() => info.locator('[data-field="surface"]').textContent()).toBe('株価');
    expect(await info.locator('[data-field="reading"]').textContent()).toBe('かぶかkabuka');
    expect(await info.locator('[data-field="posEn"]').textContent()).toBe('noun, general');
    expect(await info.locator('[data-field="pos"]').textContent()).toContain('名詞');
    await context.close();
  });

  it('keeps the article in IndexedDB, takes the dictionary from cache on the second visit, and opens offline', async () => {
    const context = await browser().newContext();
    const counter = countDictionaryBytes(context);
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    expect(counter.bytes).toBeGreaterThan(1_000_000);
    // The service worker must be active before we can go offline.
    await app.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker writes its offline copy of the 12 dictionary files once the tokenizer is built.
    await expect
      .poll(() => app.page.evaluate(async () => (await (await caches.open('shucho-dictionary-v1')).keys()).length), { timeout: 20_000 })
      .toBe(12);

    const firstVisit = { ...counter };
    await app.reload();
    await app.waitForTokens();
    expect(counter.bytes - firstVisit.bytes).toBeLessThan(100_000);

    const stored = (await app.storedRows<{ id: string }>('articles')).map((article) => article.id);
    expect(stored).toEqual(['nvidia-deepseek-2025-01-27']);

    await context.setOffline(true);
    await app.reload();
    await expect.poll(() => app.articleText.textContent()).toContain(FIRST_SENTENCE);
    await app.waitForTokens();
    // A text the token cache has not seen gets its tokens too, from the cached dictionary
    // (whose load, on such a visit, waits for a request that needs it: deferred-load.ts).
    const fresh = { id: 'warm-fresh', title: '新しい記事', lang: 'ja', text: '株価が大きく下落しました。', contentHash: 'y', addedAt: '2026-11-30T09:00:00.000Z' };
    await app.putRows({ articles: [fresh] });
    await app.page.goto(`${baseUrl}/#/article/${fresh.id}`);
    await expect.poll(() => app.page.locator('h1').textContent()).toBe(fresh.title);
    await expect.poll(() => app.page.locator('.tokenizer-status').textContent(), { timeout: 30_000 }).toMatch(/^8 tokens ready/);
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });

  it('explains a dictionary failure, keeps the article readable, and recovers on Retry', async () => {
    const context = await browser().newContext();
    let broken = true;
    await context.route('**/dict/base.diff.gz', async (route) => {
      if (broken) await route.fulfill({ status: 404, body: 'missing' });
      else await route.continue();
    });
    const app = await AppPage.open(context, baseUrl);
    const alert = app.page.locator('.tokenizer-status[data-state="failed"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('base.diff.gz');
    expect(await app.articleText.textContent()).toContain(FIRST_SENTENCE);
    broken = false;
    await alert.getByRole('button').click();
    await app.waitForTokens();
    await context.close();
  });

  it('names a corrupt features file (the re-encoded part-of-speech file) and keeps the article readable', async () => {
    const context = await browser().newContext();
    // Well-formed gzip of bytes that are not a features file: only the worker's own check can tell.
    await context.route('**/dict/tid_pos.features.gz', (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: gzipSync(Buffer.alloc(4096, 7)) }));
    const app = await AppPage.open(context, baseUrl);
    const alert = app.page.locator('.tokenizer-status[data-state="failed"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('tid_pos.features.gz is corrupt');
    expect(await app.articleText.textContent()).toContain(FIRST_SENTENCE);
    await context.close();
  });

  it('shows the article read-only with a clear message when IndexedDB is unavailable', async () => {
    const context = await browser().newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { get: () => undefined });
    });
    const app = await AppPage.open(context, baseUrl);
    await expect.poll(() => app.articleText.textContent()).toContain(FIRST_SENTENCE);
    expect(await app.page.locator('.banner--error').textContent()).toMatch(/IndexedDB/);
    await context.close();
  });
});
