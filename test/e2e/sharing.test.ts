import { describe, expect, inject, it } from 'vitest';

import { useBrowser } from './support/browser.ts';
import { AppPage, confirmImport, exportFrom, importInto } from './support/app-page.ts';

const baseUrl = inject('baseUrl');
const NVIDIA = 'NVIDIAは時間外取引で11%下落しています';
const CHIPS = '彼らは何処かからチップを入手しているはずです';

/** Tags `quote` with the label on digit key `key` (1-4). */
async function tag(app: AppPage, quote: string, key: string, name = 'Annotator A'): Promise<void> {
  await app.selectInArticle(quote);
  await app.page.keyboard.press(key);
  await app.giveNameIfAsked(name);
  await app.waitSaved();
}

describe('sharing claim sets between two people', () => {
  const browser = useBrowser();

  it('round-trips a claim set: export, import into an empty profile, export again, byte-identical but for the time', async () => {
    const alice = await browser().newContext({ locale: 'en-US' });
    const bob = await browser().newContext({ locale: 'en-US' });
    const a = await AppPage.open(alice, baseUrl);
    await a.waitForTokens();
    await a.hideSuggestions();
    await tag(a, NVIDIA, '1');
    await tag(a, CHIPS, '3');
    const first = await exportFrom(a, /^This article — claim set/);
    expect(first.name).toMatch(/\.claims\.json$/);
    const parsed = JSON.parse(first.text);
    expect(parsed.format).toBe('shucho.claim-set');
    expect(parsed.claims).toHaveLength(2);

    const b = await AppPage.open(bob, baseUrl);
    await b.articleText.waitFor();
    await importInto(b, first.path);
    const report = await confirmImport(b);
    expect(report).toMatchObject({ added: 3, skipped: 1, conflicts: 0, orphans: 0 }); // 2 claims + 1 annotator; the shipped article is already there
    await b.highlight('fact').first().waitFor();
    await expect.poll(() => b.highlight('speculation').allTextContents()).toEqual([CHIPS]);
    const second = await exportFrom(b, /^This article — claim set/);
    const withoutTime = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '"exportedAt": ""');
    expect(withoutTime(second.text)).toBe(withoutTime(first.text));

    // Importing the same file again changes nothing.
    await importInto(b, first.path);
    const again = await confirmImport(b);
    expect(again).toMatchObject({ added: 0, updated: 0, conflicts: 0 });
    expect((await b.storedClaims()).length).toBe(2);
    expect([...(await a.problemsSeen()), ...(await b.problemsSeen())]).toEqual([]);
    await alice.close();
    await bob.close();
  });

  it('exports W3C Web Annotations and CSV, and imports its own W3C export', async () => {
    const context = await browser().newContext();
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    await tag(app, NVIDIA, '1');
    const w3c = await exportFrom(app, /W3C/);
    const collection = JSON.parse(w3c.text);
    expect(collection.type).toBe('AnnotationCollection');
    const annotation = collection.first.items[0];
    expect(annotation.target.selector.map((s: { type: string }) => s.type).sort()).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
    const csv = await exportFrom(app, /CSV/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text).toContain(NVIDIA);

    const other = await browser().newContext();
    const b = await AppPage.open(other, baseUrl);
    await b.articleText.waitFor();
    await importInto(b, w3c.path);
    const report = await confirmImport(b);
    expect(report.added).toBeGreaterThanOrEqual(1);
    expect((await b.storedClaims()).map((c) => c.anchor.exact)).toEqual([NVIDIA]);
    await context.close();
    await other.close();
  });

  it('refuses a broken file with a message naming the problem and its place, and changes nothing', async () => {
    const context = await browser().newContext();
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    await tag(app, NVIDIA, '1');
    const good = JSON.parse((await exportFrom(app, /^This article — claim set/)).text);
    // 5,000 claims, one of which carries a javascript: link: nothing may be written.
    const template = good.claims[0];
    good.claims = Array.from({ length: 5000 }, (_, i) => ({ ...template, id: `bulk-${i}` }));
    good.claims[4321].evidence = [{ id: 'e', url: 'javascript:alert(1)', title: 't', quote: '', stance: 'supports', accessed: '2026-11-29' }];
    await importInto(app, { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
    const problems = app.page.locator('.import-problems');
    expect(await problems.textContent()).toContain('/claims/4321/evidence/0/url');
    expect(await problems.textContent()).toContain('Nothing was changed.');
    await app.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();

    for (const [name, body, expected] of [
      ['not-json.json', '{"format": "shucho.claim-set", ', /JSON/],
      ['newer.json', JSON.stringify({ ...good, version: 99 }), /newer/],
      ['proto.json', JSON.stringify({ ...good, claims: [] }).replace('"claims":[]', '"claims":[],"__proto__":{"polluted":true}'), /__proto__/],
    ] as const) {
      await importInto(app, { name, mimeType: 'application/json', buffer: Buffer.from(body) });
      expect(await problems.textContent()).toMatch(expected);
      await app.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    }
    expect(await app.page.evaluate(() => ({} as Record<string, unknown>).polluted)).toBeUndefined();
    expect((await app.storedClaims()).length).toBe(1);
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });

  it('lets a colleague review the claims, and brings the verdicts and comments back to the author', async () => {
    const aliceContext = await browser().newContext({ locale: 'en-US' });
    const bobContext = await browser().newContext({ locale: 'en-US' });
    const alice = await AppPage.open(aliceContext, baseUrl);
    await alice.waitForTokens();
    await alice.hideSuggestions();
    await tag(alice, NVIDIA, '1', 'Alice');
    await tag(alice, CHIPS, '1', 'Alice');
    const claimsFile = await exportFrom(alice, /^This article — claim set/);

    const bob = await AppPage.open(bobContext, baseUrl);
    await bob.waitForTokens();
    await bob.hideSuggestions();
    await importInto(bob, claimsFile.path);
    await confirmImport(bob);
    await bob.page.getByRole('button', { name: 'Review', exact: true }).click();
    await bob.page.getByRole('button', { name: 'Set your name' }).click();
    await bob.giveNameIfAsked('Bob');
    const progress = bob.page.getByTestId('review-progress');
    await expect.poll(() => progress.textContent()).toContain('0 / 2 reviewed');
    // The queue starts at the first claim in text order.
    expect(await bob.page.locator('.review-panel blockquote').textContent()).toBe(NVIDIA);
    await bob.page.locator('.reading h1').click();
    await bob.page.keyboard.press('a');
    await expect.poll(() => progress.textContent()).toContain('1 / 2 reviewed');
    expect(await bob.page.locator('.review-panel blockquote').textContent()).toBe(CHIPS);
    await bob.page.getByLabel('Comment (C)').fill('This is the writer guessing: はずです.');
    await bob.page.locator('.reading h1').click();
    await bob.page.keyboard.press('l');
    await bob.page.keyboard.press('3');
    await expect.poll(() => progress.textContent()).toContain('2 / 2 reviewed');
    const reviewFile = await exportFrom(bob, /^This article — claim set/);
    expect(JSON.parse(reviewFile.text).reviews).toHaveLength(2);

    await importInto(alice, reviewFile.path);
    await confirmImport(alice);
    const rows = alice.page.locator('.claim-panel .claim-row');
    await expect.poll(() => rows.filter({ hasText: NVIDIA }).locator('[data-status]').getAttribute('data-status')).toBe('accepted');
    expect(await rows.filter({ hasText: CHIPS }).locator('[data-status]').getAttribute('data-status')).toBe('disputed');
    await rows.filter({ hasText: CHIPS }).click();
    const thread = alice.page.locator('.claim-editor .thread');
    expect(await thread.textContent()).toContain('proposed Speculation');
    expect(await thread.textContent()).toContain('This is the writer guessing: はずです.');
    expect(await thread.textContent()).toContain('Bob');
    // The author answers and resolves the discussion.
    await thread.getByLabel('Reply').fill('Agreed, relabelling.');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await thread.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => thread.textContent()).toContain('Resolved by Alice');
    expect([...(await alice.problemsSeen()), ...(await bob.problemsSeen())]).toEqual([]);
    await aliceContext.close();
    await bobContext.close();
  });

  it('lists conflicting claims and lets the user keep both, take theirs or keep theirs out; a dropped file imports too', async () => {
    const context = await browser().newContext({ locale: 'en-US' });
    const app = await AppPage.open(context, baseUrl);
    await app.waitForTokens();
    await app.hideSuggestions();
    await tag(app, NVIDIA, '1');
    await tag(app, CHIPS, '3');
    const exported = await exportFrom(app, /^This article — claim set/);
    // Both claims change here after the export: the file now disagrees with the database.
    for (const quote of [NVIDIA, CHIPS]) {
      await app.page.locator('.claim-panel .claim-row').filter({ hasText: quote }).click();
      await app.page.locator('.claim-editor').getByLabel('Note').fill(`changed here: ${quote}`);
      await app.page.locator('.claim-editor').getByRole('button', { name: 'Save' }).click();
      await app.page.locator('.claim-editor').getByText('Saved', { exact: true }).waitFor();
    }

    // Drop the file on the page instead of using the picker.
    await app.page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.claims.json', { type: 'application/json' }));
      for (const type of ['dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }, exported.text);
    const dialog = app.page.getByRole('dialog');
    await dialog.getByText('dropped.claims.json').waitFor();
    const rows = dialog.locator('.conflict-row');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: NVIDIA }).getByLabel('Keep both').check();
    await rows.filter({ hasText: CHIPS }).getByLabel('Take theirs').check();
    const report = await confirmImport(app);
    expect(report).toMatchObject({ added: 1, updated: 1 });
    const stored = await app.storedClaims();
    expect(stored.filter((claim) => claim.anchor.exact === NVIDIA).map((claim) => claim.note).sort()).toEqual(['', `changed here: ${NVIDIA}`]);
    expect(stored.filter((claim) => claim.anchor.exact === CHIPS).map((claim) => claim.note)).toEqual(['']);
    await context.close();
  });
});
