import { describe, expect, inject, it } from 'vitest';

import { useBrowser } from './support/browser.ts';
import { AppPage } from './support/app-page.ts';

const baseUrl = inject('baseUrl');

describe('claim suggestions', () => {
  const browser = useBrowser();

  it('accepts one suggestion and dismisses another, and both choices survive a reload', async () => {
    const context = await browser().newContext();
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    const panel = app.page.locator('.suggestion-panel');
    const rows = panel.locator('.suggestion-row');
    await rows.first().waitFor();
    // The cue engine ran in its own worker, not on the page's main thread.
    expect(app.page.workers().map((worker) => worker.url()).filter((url) => /\/suggestions\.worker-[^/]*\.js$/.test(url))).toHaveLength(1);
    const before = await rows.count();
    // One hint per suggestion beside its cue, with the furigana drawn too (they cut the cue into pieces).
    const hints = app.page.locator('.article-text [data-hint]');
    expect(await hints.count()).toBe(before);
    await app.page.getByLabel(/Furigana/).check();
    const readings = app.page.locator('.article-text [data-reading]');
    await readings.first().waitFor();
    expect(await hints.count()).toBe(before);
    // Nor do the outlines cut a reading in two (each piece would show it again).
    const withOutlines = await readings.count();
    await app.hideSuggestions();
    expect(await readings.count()).toBe(withOutlines);
    await app.page.getByRole('checkbox', { name: 'Suggestions', exact: true }).check();
    await app.waitForSuggestions();
    await app.page.getByLabel(/Furigana/).uncheck();
    // The cue is shown with its label, e.g. 「投資アドバイスではありません → Not investment advice」.
    const disclaimer = rows.filter({ hasText: 'Not investment advice' }).first();
    const disclaimerId = await disclaimer.getAttribute('data-suggestion-id');
    expect(await disclaimer.textContent()).toContain('投資アドバイスではありません');
    const dismissed = rows.filter({ hasText: '→ Fact' }).first();
    const dismissedId = await dismissed.getAttribute('data-suggestion-id');
    expect(await app.page.locator(`.article-text [data-suggestion-id="${dismissedId}"]`).count()).toBeGreaterThan(0);

    await disclaimer.getByRole('button', { name: 'Accept' }).click();
    await app.giveNameIfAsked();
    await app.waitSaved();
    await dismissed.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => rows.count()).toBe(before - 2);

    await app.reload();
    await app.waitForTokens();
    await rows.first().waitFor();
    expect(await rows.count()).toBe(before - 2);
    expect(await panel.locator(`[data-suggestion-id="${dismissedId}"]`).count()).toBe(0);
    expect(await app.page.locator(`.article-text [data-suggestion-id="${dismissedId}"]`).count()).toBe(0);
    expect(await panel.locator(`[data-suggestion-id="${disclaimerId}"]`).count()).toBe(0);
    const stored = await app.storedClaims();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.label).toBe('not-investment-advice');
    expect(stored[0]?.anchor.exact).toContain('投資アドバイスではありません');
    expect((stored[0] as unknown as { suggestedBy?: { ruleId: string } }).suggestedBy?.ruleId).toBe(disclaimerId?.replace(/^cue:/, '').replace(/@.*$/, ''));
    expect(await app.highlight('not-investment-advice').count()).toBeGreaterThan(0);
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });

  it('accepts all suggestions of one label in one step, undone in one step', async () => {
    const context = await browser().newContext();
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    const button = app.page.locator('.suggestion-panel__all').getByRole('button', { name: /Accept all Speculation/ });
    const count = Number((await button.textContent())?.match(/\((\d+)\)/)?.[1]);
    expect(count).toBeGreaterThan(1);
    await button.click();
    await app.giveNameIfAsked();
    await app.waitSaved();
    const stored = await app.storedClaims();
    expect(stored.filter((claim) => claim.label === 'speculation')).toHaveLength(count);
    await app.page.locator('.reading h1').click();
    await app.page.keyboard.press('Control+Z');
    await expect.poll(async () => (await app.storedClaims()).length).toBe(0);
    await context.close();
  });
});
