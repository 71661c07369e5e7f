import { describe, expect, inject, it } from 'vitest';

import { crashRenderer, useBrowser, launchPersistent, temporaryProfile } from './support/browser.ts';
import { AppPage } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
const NVIDIA = 'NVIDIAは時間外取引で11%下落しています';

async function tagFact(app: AppPage, quote = NVIDIA): Promise<void> {
  await app.selectInArticle(quote);
  await app.page.keyboard.press('1');
  await app.giveNameIfAsked();
  await app.waitSaved();
}

describe('durability', () => {
  const browser = useBrowser();

  it('asks for persistent storage on the first save and says when it is not protected', async () => {
    const context = await browser().newContext();
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    const indicator = app.page.locator('.storage-indicator');
    await indicator.waitFor();
    // Nothing is asked, and so nothing is refused, before the first save.
    expect(await indicator.textContent()).not.toContain('Storage not protected');
    await tagFact(app);
    await expect.poll(() => indicator.getAttribute('data-persistence')).toMatch(/^(persisted|not-persisted)$/);
    const state = await indicator.getAttribute('data-persistence');
    const persisted = await app.page.evaluate(() => navigator.storage.persisted());
    expect(state).toBe(persisted ? 'persisted' : 'not-persisted');
    if (!persisted) expect(await indicator.textContent()).toContain('Storage not protected: export your work regularly');
    expect(await indicator.textContent()).toMatch(/stored/);
    await context.close();
  });

  it('keeps a claim whose save was confirmed through a renderer crash', async () => {
    const profile = temporaryProfile();
    try {
      let context = await launchPersistent(profile.dir);
      let app = await AppPage.open(context, baseUrl);
      await app.waitForTokens();
      await tagFact(app);
      await crashRenderer(context, app.page);
      await context.close();

      context = await launchPersistent(profile.dir);
      app = await AppPage.open(context, baseUrl);
      await app.highlight('fact').first().waitFor();
      await expect.poll(() => app.highlight('fact').allTextContents()).toEqual([NVIDIA]);
      expect((await app.storedClaims()).map((claim) => claim.anchor.exact)).toEqual([NVIDIA]);
      await context.close();
    } finally {
      profile.remove();
    }
  });

  it('shows one tab the other tab’s changes live, and never loses an edit made in both', async () => {
    const context = await browser().newContext();
    const first = await AppPage.open(context, baseUrl);
    await first.waitForTokens();
    const second = await AppPage.open(context, baseUrl);
    await second.waitForTokens();

    await tagFact(first);
    await second.highlight('fact').first().waitFor();
    await expect.poll(() => second.highlight('fact').allTextContents()).toEqual([NVIDIA]);

    // Both tabs open the claim, then both edit its note.
    for (const app of [first, second]) await app.page.locator('.claim-row').first().click();
    await first.page.locator('.claim-editor').getByLabel('Note').fill('edited in the first tab');
    await second.page.locator('.claim-editor').getByLabel('Note').fill('edited in the second tab');
    await first.page.locator('.claim-editor').getByRole('button', { name: 'Save' }).click();
    await first.page.locator('.claim-editor').getByText('Saved', { exact: true }).waitFor();
    await second.page.locator('.claim-editor').getByRole('button', { name: 'Save' }).click();
    const conflict = second.page.locator('.conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('changed in another tab');
    await conflict.getByRole('button', { name: 'Keep my version' }).click();
    await expect.poll(async () => (await first.storedClaims())[0]?.note).toBe('edited in the second tab');
    // The other tab's version is kept in the claim's history, not lost.
    const history = (await first.storedRows<{ claim: { note: string } }>('claimHistory')).map((row) => row.claim.note);
    expect(history).toEqual(['edited in the first tab']);
    await expect.poll(() => first.page.locator('.claim-panel .claim-row__note').first().textContent()).toBe('edited in the second tab');
    expect([...(await first.problemsSeen()), ...(await second.problemsSeen())]).toEqual([]);
    await context.close();
  });

  it('closes its connection when another tab upgrades the database, and asks for a reload', async () => {
    const context = await browser().newContext();
    const old = await AppPage.open(context, baseUrl);
    await old.articleText.waitFor();
    await old.page.locator('.storage-indicator').waitFor();
    const newer = await context.newPage();
    await newer.goto(`${baseUrl}/sw.js`);
    // A newer version of the app opening the database at a higher version.
    const outcome = await newer.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open('shucho', 1000);
          request.onblocked = () => resolve('blocked');
          request.onsuccess = () => {
            request.result.close();
            resolve('opened');
          };
          request.onerror = () => resolve(`error ${request.error?.name}`);
        }),
    );
    expect(outcome).toBe('opened');
    const banner = old.page.locator('.banner--warning');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('Reload this tab');
    await context.close();
  });
});
