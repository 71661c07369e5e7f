import { describe, expect, inject, it } from 'vitest';

import { useBrowser } from './support/browser.ts';
import { AppPage } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
const NVIDIA = 'NVIDIAは時間外取引で11%下落しています';

describe('Japanese and English', () => {
  const browser = useBrowser();

  it('follows the browser language, switches the whole UI, remembers the choice, and shows labels in both languages', async () => {
    const context = await browser().newContext({ locale: 'ja-JP' });
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
    const context = await browser().newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    await app.waitForSuggestions();
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

  it('shows a parallel translation beside each paragraph and prefills a gloss from the aligned sentence', async () => {
    const context = await browser().newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    const sentence = 'I am sometimes asked for stock advice, but I do not give it, and this is not investment advice either, but NVIDIA is down 11% in after-hours trading.';
    await app.page.getByRole('button', { name: 'Add translation' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByLabel('Translation', { exact: true }).fill(`Today, the AI situation calls for a grown-up response. On January 27, stock prices are falling. ${sentence}\nIronically, Apple seems to be doing best.`);
    await dialog.getByRole('button', { name: 'Save translation' }).click();
    const first = app.page.locator('.article-text.parallel p').first();
    await expect.poll(() => first.getAttribute('data-translation')).toContain('Today, the AI situation');
    // Drawn beside the text, and never part of it.
    expect(await first.textContent()).not.toContain('Today');
    expect(await app.page.locator('.article-text p').nth(1).getAttribute('data-translation')).toBe('Ironically, Apple seems to be doing best.');

    await app.selectInArticle(NVIDIA);
    await app.page.keyboard.press('1');
    await app.giveNameIfAsked();
    await app.waitSaved();
    await app.highlight('fact').first().click();
    await app.page.getByRole('button', { name: 'Use the aligned translation sentence as the gloss' }).click();
    expect(await app.page.locator('.claim-editor').getByLabel('English gloss').inputValue()).toBe(sentence);
    await app.page.locator('.claim-editor').getByRole('button', { name: 'Save' }).click();
    await app.page.locator('.claim-editor').getByText('Saved', { exact: true }).waitFor();
    expect((await app.storedClaims())[0]?.gloss).toBe(sentence);
    expect((await app.storedClaims())[0]?.anchor.exact).toBe(NVIDIA);
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });
});
