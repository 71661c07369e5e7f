import { describe, expect, inject, it } from 'vitest';

import { crashRenderer, useBrowser, launchPersistent, temporaryProfile } from './support/browser.ts';
import { randomBytes } from 'node:crypto';
import { AppPage, exportFrom, importInto } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
const NVIDIA = 'NVIDIAは時間外取引で11%下落しています';

/**
 * A valid claim-set file with `count` copies of the app's own first claim,
 * each with a note of `noteLength` random characters (random, because
 * IndexedDB compresses: repeated text would take no room at all).
 */
async function bigFile(app: AppPage, count: number, noteLength: number): Promise<Buffer> {
  await app.selectInArticle(NVIDIA);
  await app.page.keyboard.press('1');
  await app.giveNameIfAsked();
  await app.waitSaved();
  const file = JSON.parse((await exportFrom(app, /^This article — claim set/)).text);
  const template = file.claims[0];
  file.claims = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `big-${String(i).padStart(6, '0')}`,
    note: randomBytes(noteLength).toString('base64').slice(0, noteLength),
  }));
  return Buffer.from(JSON.stringify(file));
}

describe('imports under faults', () => {
  const browser = useBrowser();

  it('fails a large import with a clear message when storage is full, changes nothing, and keeps working', async () => {
    const context = await browser().newContext();
    // No dictionary: its cache would dwarf the database in the usage figures, and tagging works without it.
    await context.route('**/dict/**', (route) => route.abort());
    // The quota is shrunk before the app stores anything: Chromium checks IndexedDB writes
    // against space it has already worked out, so a later override may not be seen at once.
    const blank = await context.newPage();
    const cdp = await context.newCDPSession(blank);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: baseUrl, quotaSize: 4_000_000 });
    const app = await AppPage.open(context, baseUrl);
    await app.page.locator('.tokenizer-status[data-state="failed"]').waitFor({ timeout: 30_000 });
    // The text shows before storage has opened; tagging waits for storage.
    await app.page.locator('.storage-indicator').waitFor();
    const file = await bigFile(app, 3000, 3000); // about 9 MB of incompressible notes
    await importInto(app, { name: 'big.json', mimeType: 'application/json', buffer: file });
    await app.page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
    const alert = app.page.getByRole('dialog').getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain('There is not enough storage space for this import.');
    expect(await alert.textContent()).toContain('Nothing was changed.');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    expect((await app.storedClaims()).length).toBe(1);
    // The app still works: a new claim is saved.
    await app.selectInArticle('時価総額が数兆ドル規模');
    await app.page.keyboard.press('2');
    await app.waitSaved();
    expect((await app.storedClaims()).length).toBe(2);
    await context.close();
  });

  it('leaves no partial rows when the browser crashes during an import', async () => {
    const profile = temporaryProfile();
    try {
      let context = await launchPersistent(profile.dir);
      let app = await AppPage.open(context, baseUrl);
      await app.waitForTokens();
      await app.hideSuggestions();
      const file = await bigFile(app, 20_000, 200);
      await importInto(app, { name: 'big.json', mimeType: 'application/json', buffer: file });
      await app.page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
      // Crash while the transaction is being written.
      await app.page.getByRole('dialog').getByText('Saving…').waitFor();
      await crashRenderer(context, app.page);
      await context.close();

      context = await launchPersistent(profile.dir);
      app = await AppPage.open(context, baseUrl);
      await app.articleText.waitFor();
      const count = (await app.storedClaims()).length;
      // All or nothing: the one claim from before, or it plus all 20,000.
      expect([1, 20_001]).toContain(count);
      await context.close();
    } finally {
      profile.remove();
    }
  });
});
