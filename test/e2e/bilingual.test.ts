import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser.ts';
import { AppPage } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
const NVIDIA = 'NVIDIAは時間外取引で11%下落しています';

describe('Japanese and English', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('follows the browser language, switches the whole UI, remembers the choice, and shows labels in both languages', async () => {
    const context = await browser.newContext({ locale: 'ja-JP' });
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await app.page.getByRole('heading', { name: /^主張[（(]\d/ }).count()).toBe(1);

    await app.page.getByRole('button', { name: 'English' }).click();
    expect(await app.page.locator('html').getAttribute('lang')).toBe('en');
    await app.selectInArticle(NVIDIA);
    await app.page.getByRole('toolbar').getByRole('button', { name: 'Fact', exact: true }).click();
    await app.giveNameIfAsked();
    await app.waitSaved();
    expect(await app.page.locator('.claim-row .badge').first().textContent()).toBe('Fact');
    expect(await app.page.getByText('Published January 27, 2025').count()).toBe(1);

    await app.page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => app.page.locator('.claim-row .badge').first().textContent()).toBe('事実');
    expect(await app.page.getByText('公開日 2025年1月27日').count()).toBe(1);
    await app.reload();
    await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe('ja');
    expect(await app.page.locator('.claim-row .badge').first().textContent()).toBe('事実');
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });

  it('draws furigana that never enter a selection, a copy, or a stored quote', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    await app.page.getByLabel('Furigana (readings)').check();
    const reading = app.page.locator('.article-text [data-reading]').first();
    await reading.waitFor();
    expect(await reading.getAttribute('data-reading')).toBe('ほんじつ');
    // The reading is painted as a ::before box above the word ...
    const painted = await app.page.evaluate(() => getComputedStyle(document.querySelector('.article-text [data-reading]')!, '::before').content);
    expect(['none', 'normal', '']).not.toContain(painted);
    // ... but it is not text: select across several ruby words and copy.
    const quote = '時価総額が数兆ドル規模の企業';
    await app.dragSelect(quote);
    expect(await app.page.evaluate(() => window.getSelection()!.toString())).toBe(quote);
    const copied = await app.page.evaluate(() => {
      const clipboardData = new DataTransfer();
      document.querySelector('.article-text')!.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true }));
      return clipboardData.getData('text/plain');
    });
    expect(copied).toBe(quote);
    await app.page.keyboard.press('2');
    await app.giveNameIfAsked();
    await app.waitSaved();
    const [stored] = await app.storedClaims();
    expect(stored?.anchor.exact).toBe(quote);
    expect(stored?.anchor.prefix + stored!.anchor.exact + stored!.anchor.suffix).not.toMatch(/じか|そうがく|きぎょう/);
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });
});
