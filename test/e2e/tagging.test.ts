import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { useBrowser } from './support/browser.ts';
import { AppPage } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
const NVIDIA = 'NVIDIAは時間外取引で11%下落しています';

describe('tagging claims', () => {
  const browser = useBrowser();
  let context: BrowserContext;
  let app: AppPage;

  beforeEach(async () => {
    context = await browser().newContext({ viewport: { width: 1360, height: 900 } });
    app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    // Suggestions have their own tests; here they would only move the text about.
    await app.hideSuggestions();
  });
  afterEach(async () => {
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });

  async function tag(quote: string, labelName: string, occurrence = 0) {
    await app.selectInArticle(quote, { occurrence });
    await app.page.getByRole('toolbar').getByRole('button', { name: labelName, exact: true }).click();
    await app.giveNameIfAsked();
    await app.waitSaved();
  }

  it('tags a sentence as Fact with an evidence link, and finds it again after a reload', async () => {
    await app.selectInArticle(NVIDIA);
    const toolbar = app.page.getByRole('toolbar');
    for (const name of ['Fact', 'Opinion', 'Speculation', 'Not investment advice']) {
      expect(await toolbar.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await app.page.keyboard.press('1');
    await app.giveNameIfAsked('Aiko');
    await app.waitSaved();
    await expect.poll(() => app.highlight('fact').allTextContents()).toEqual([NVIDIA]);

    await app.highlight('fact').first().click();
    const editor = app.page.locator('.claim-editor');
    await editor.getByRole('button', { name: 'Add a source' }).click();
    await editor.getByLabel('URL', { exact: true }).fill('https://www.reuters.com/technology/nvidia-shares-fall-2025-01-27/');
    await editor.getByLabel('Title').fill('Nvidia shares fall');
    await editor.getByLabel('Quoted passage').fill('Nvidia shares fell 11% in premarket trading');
    await editor.getByLabel('English gloss').fill('NVIDIA is down 11% in after-hours trading');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByText('Saved', { exact: true }).waitFor();
    const link = editor.getByRole('link', { name: 'Nvidia shares fall' });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');

    await app.reload();
    await app.highlight('fact').first().waitFor();
    await expect.poll(() => app.highlight('fact').allTextContents()).toEqual([NVIDIA]);
    const [stored] = await app.storedClaims();
    expect(stored?.anchor.exact).toBe(NVIDIA);
    expect(stored?.anchor.prefix.endsWith('これも投資アドバイスではありませんが、')).toBe(true);
    expect(stored?.anchor.suffix.startsWith('。時価総額')).toBe(true);
    expect(stored?.evidence.map((e) => e.url)).toEqual(['https://www.reuters.com/technology/nvidia-shares-fall-2025-01-27/']);
    expect(stored?.gloss).toBe('NVIDIA is down 11% in after-hours trading');
    await app.page.locator('.claim-row').first().click();
    expect(await app.page.locator('.claim-panel').textContent()).toContain('1 source');
  });

  it('snaps a mouse selection of half a token out to whole tokens, and keeps exact characters with Alt', async () => {
    // 「時価総額」 is one token: with Alt held, a drag from its second character keeps that character.
    await app.page.keyboard.down('Alt');
    await app.dragSelect('時価総額が数兆ドル', { startOffset: 1 });
    await app.page.keyboard.up('Alt');
    await expect.poll(() => app.pendingText()).toBe('価総額が数兆ドル');
    await app.page.keyboard.press('2');
    await app.giveNameIfAsked();
    await app.waitSaved();
    expect((await app.storedClaims())[0]?.anchor.exact).toBe('価総額が数兆ドル');
    // Without Alt, a drag from inside 「Microsoft」 snaps out to the whole word.
    await app.dragSelect('Microsoftも4%ほど', { startOffset: 3 });
    await expect.poll(() => app.pendingText()).toBe('Microsoftも4%ほど');
  });

  it('renders HTML typed into a note as text', async () => {
    await tag(NVIDIA, 'Fact');
    await app.highlight('fact').first().click();
    const note = '<img src=x onerror="window.__pwned=1">';
    await app.page.locator('.claim-editor').getByLabel('Note').fill(note);
    await app.page.locator('.claim-editor').getByRole('button', { name: 'Save' }).click();
    await app.page.locator('.claim-editor').getByText('Saved', { exact: true }).waitFor();
    await app.page.locator('.claim-panel .claim-row__note').waitFor();
    expect(await app.page.locator('.claim-panel .claim-row__note').textContent()).toBe(note);
    expect(await app.page.locator('.claim-panel img').count()).toBe(0);
    expect(await app.page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('refuses a javascript: evidence URL with a message, and it never reaches the database', async () => {
    await tag(NVIDIA, 'Fact');
    await app.highlight('fact').first().click();
    const editor = app.page.locator('.claim-editor');
    await editor.getByRole('button', { name: 'Add a source' }).click();
    await editor.getByLabel('URL', { exact: true }).fill(' JavaScript:alert(1)');
    await editor.getByRole('button', { name: 'Save' }).click();
    expect(await editor.getByRole('alert').textContent()).toContain('Only http: and https: links are allowed.');
    const [stored] = await app.storedClaims();
    expect(stored?.evidence).toEqual([]);
  });

  it('keeps two overlapping claims visible and each clickable', async () => {
    await tag(NVIDIA, 'Fact');
    await tag('11%下落しています。時価総額', 'Speculation');
    expect(await app.highlight().count()).toBeGreaterThanOrEqual(2);
    // The part only the fact covers opens the fact.
    await app.page.locator('.article-text .claim[data-label="fact"]').first().click({ position: { x: 4, y: 8 } });
    expect(await app.page.locator('.claim-editor__quote').textContent()).toBe(NVIDIA);
    // The part only the speculation covers opens the speculation.
    const speculation = app.page.locator('.article-text .claim[data-label="speculation"]');
    await speculation.last().click({ position: { x: 30, y: 8 } });
    expect(await app.page.locator('.claim-editor__quote').textContent()).toBe('11%下落しています。時価総額');
    // Clicking where they overlap offers both.
    await app.page.locator('.article-text .claim[data-label="fact"] .claim[data-label="speculation"], .article-text .claim[data-label="speculation"] .claim[data-label="fact"]').first().click();
    const menu = app.page.getByRole('menu');
    expect(await menu.getByRole('menuitem').count()).toBe(2);
    await menu.getByRole('menuitem').filter({ hasText: 'Speculation' }).click();
    expect(await app.page.locator('.claim-editor__quote').textContent()).toBe('11%下落しています。時価総額');
  });

  it('deletes a claim and brings it back with Undo', async () => {
    await tag(NVIDIA, 'Fact');
    const before = await app.storedClaims();
    await app.highlight('fact').first().click();
    await app.page.getByRole('button', { name: 'Delete claim' }).click();
    await expect.poll(() => app.highlight().count()).toBe(0);
    await expect.poll(async () => (await app.storedClaims()).length).toBe(0);
    await app.page.locator('.toast').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => app.highlight('fact').allTextContents()).toEqual([NVIDIA]);
    const after = await app.storedClaims();
    expect(after).toEqual(before);
    // Redo deletes again; Ctrl+Z restores again.
    await app.page.keyboard.press('Control+Shift+Z');
    await expect.poll(async () => (await app.storedClaims()).length).toBe(0);
    await app.page.keyboard.press('Control+Z');
    await expect.poll(async () => (await app.storedClaims()).length).toBe(1);
  });

  it('goes from selection to a saved claim with the keyboard alone', async () => {
    const page = app.page;
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('article-text'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.classList.contains('article-text'))).toBe(true);
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+ArrowRight');
    // 「本日、」: the selection snaps to the tokens 本日 and 、.
    expect(await app.pendingText()).toBe('本日、');
    await page.keyboard.press('3');
    await page.getByRole('dialog').getByRole('textbox').waitFor();
    await page.keyboard.type('Keyboard User');
    await page.keyboard.press('Enter');
    await app.waitSaved();
    await expect.poll(() => app.highlight('speculation').allTextContents()).toEqual(['本日、']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.locator('.claim-editor').waitFor();
    const focusedLabel = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value);
    expect(focusedLabel).toBe('speculation');
    await page.keyboard.press('ArrowRight'); // radio group: speculation -> not investment advice
    await page.keyboard.press('Tab');
    await page.keyboard.type('Today');
    // Focus is visible on whatever has it.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.locator('.claim-editor').getByRole('button', { name: 'Save' }).focus();
    await page.keyboard.press('Enter');
    await page.locator('.claim-editor').getByText('Saved', { exact: true }).waitFor();
    const [stored] = await app.storedClaims();
    expect(stored?.label).toBe('not-investment-advice');
    expect(stored?.gloss).toBe('Today');
    await page.keyboard.press('Escape');
    expect(await page.locator('.claim-editor').count()).toBe(0);
  });
});
