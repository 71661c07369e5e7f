import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { parseClaimSet } from '../../src/domain/format/parse-claim-set.ts';
import { formatFigure } from '../../src/ui/compare/format-figure.ts';
import { AIKO, AIKO_CLAIMS, ARTICLE_ID, BEN, BEN_CLAIMS, EXPECTED, REVIEWER, REVIEWS } from '../fixtures/compare/nvidia-pair.ts';
import { useBrowser } from './support/browser.ts';
import { AppPage } from './support/app-page.ts';

const baseUrl = inject('baseUrl');

/** The comparison page, named as a user would name its parts. */
class ComparePageObject {
  constructor(readonly page: Page) {}

  async open(articleId: string): Promise<void> {
    await this.page.goto(`${baseUrl}/#/compare/${encodeURIComponent(articleId)}`);
    // A fresh load, so that nothing cached from before the raw writes is shown.
    await this.page.reload();
    await this.page.getByRole('heading', { level: 1 }).waitFor();
  }

  annotator(name: string): Locator {
    return this.page.getByRole('checkbox', { name: new RegExp(`^${name}\\b`) });
  }

  /** The figure `name` of the pair row of annotators `a` and `b`. */
  figure(a: string, b: string, name: string): Locator {
    return this.page.locator(`tr[data-pair="${a}|${b}"] [data-figure="${name}"]`);
  }

  async figureValue(locator: Locator): Promise<string> {
    return (await locator.locator('.figure__value').textContent()) ?? '';
  }

  get rows(): Locator {
    return this.page.locator('tr.diff-row');
  }

  /** Clicks `button` and returns the text of the file it downloads. */
  async download(button: Locator): Promise<{ name: string; text: string }> {
    const [download] = (await Promise.all([this.page.waitForEvent('download'), button.click()])) as [Download, void];
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
}

describe('comparing two annotators', () => {
  const browser = useBrowser();
  let context: BrowserContext;
  let app: AppPage;
  let compare: ComparePageObject;

  beforeEach(async () => {
    context = await browser().newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-US', acceptDownloads: true });
    app = await AppPage.open(context, baseUrl);
    // The app has opened (and created) the database once the text is shown.
    await app.articleText.waitFor();
    compare = new ComparePageObject(app.page);
    // The prepared pair (and Chie's reviews), written as another tab or an import would.
    await app.putRows({ annotators: [AIKO, BEN, REVIEWER], claims: [...AIKO_CLAIMS, ...BEN_CLAIMS], reviews: REVIEWS });
    await compare.open(ARTICLE_ID);
  });
  afterEach(async () => {
    expect(await app.problemsSeen()).toEqual([]);
    await context.close();
  });

  it('shows kappa and F1 as computed by hand, lists the differences, and exports an adjudicated set with provenance', async () => {
    const page = app.page;
    await compare.annotator('Aiko').check();
    expect(await page.getByText('Choose two annotators or more to compare them.').count()).toBe(1);
    await compare.annotator('Ben').check();

    const kappa = compare.figure(AIKO.id, BEN.id, 'kappa');
    await kappa.waitFor({ timeout: 45_000 });
    expect(await compare.figureValue(kappa)).toBe(formatFigure(EXPECTED.kappa, 'en'));
    expect(await compare.figureValue(compare.figure(AIKO.id, BEN.id, 'f1-exact'))).toBe(formatFigure(EXPECTED.exactF1, 'en'));
    expect(await compare.figureValue(compare.figure(AIKO.id, BEN.id, 'f1-overlap'))).toBe(formatFigure(EXPECTED.overlapF1, 'en'));
    expect(await compare.figureValue(page.locator('[data-figure="alpha"]'))).toBe(formatFigure(EXPECTED.alpha, 'en'));
    expect(formatFigure(EXPECTED.kappa, 'en')).toBe('0.694');
    // The counts behind the figures.
    expect(await compare.figure(AIKO.id, BEN.id, 'f1-exact').locator('.figure__counts').textContent()).toBe('3 matched, 3 only by Aiko, 4 only by Ben');
    expect(await kappa.locator('.figure__counts').textContent()).toContain(`over ${EXPECTED.units.toLocaleString('en')} tokens`);
    // Every figure is defined here: each label has a claim on at least one side, and the tokens vary.
    expect(await page.locator('[data-note]').count()).toBe(0);

    // The diff: 4 agreements (one by overlap), 1 label disagreement, 1 only in A, 2 only in B.
    await expect.poll(() => compare.rows.count()).toBe(8);
    const kinds = await compare.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    expect(kinds.filter((k) => k === 'match')).toHaveLength(EXPECTED.rows.match);
    expect(kinds.filter((k) => k === 'label')).toHaveLength(EXPECTED.rows.label);
    expect(kinds.filter((k) => k === 'only-a')).toHaveLength(EXPECTED.rows.onlyA);
    expect(kinds.filter((k) => k === 'only-b')).toHaveLength(EXPECTED.rows.onlyB);
    expect(await page.getByTestId('diff-summary').textContent()).toBe('4 agree, 1 differ in label, 1 only by Aiko, 2 only by Ben');

    // A row jumps to its place in the text, both readings marked.
    const labelRow = page.locator('tr.diff-row[data-kind="label"]');
    await labelRow.getByRole('button', { name: 'Show in text' }).click();
    const excerpt = page.locator('.compare-excerpt');
    expect(await excerpt.locator('.compare-mark--a.compare-mark--b').textContent()).toBe('それはAIが原因です。');
    expect(await excerpt.textContent()).toContain('なぜでしょうか?');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('compare-excerpt'))).toBe(true);

    // Adjudicate: the label disagreement needs a decision before anything can be exported.
    const exportButton = page.getByRole('button', { name: 'Export adjudicated set' });
    expect(await page.getByText('1 row still needs a decision.').count()).toBe(1);
    expect(await exportButton.isDisabled()).toBe(true);
    await labelRow.getByRole('combobox').selectOption({ label: 'Take B' });
    await page.locator('tr.diff-row[data-kind="only-b"]').last().getByRole('combobox').selectOption({ label: 'Drop' });
    await page.getByLabel('Your name (adjudicator)').fill('Dai');
    expect(await page.getByText('7 claims will be exported.').count()).toBe(1);
    const adjudicated = await compare.download(exportButton);
    expect(adjudicated.name).toMatch(/\.adjudicated\.claims\.json$/);
    const parsed = parseClaimSet(adjudicated.text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const file = parsed.value;
    expect(file.claims).toHaveLength(7);
    const dai = file.annotators.find((a) => a.name === 'Dai');
    expect(dai).toBeDefined();
    expect(file.claims.every((claim) => claim.authorId === dai!.id)).toBe(true);
    expect(file.provenance).toHaveLength(7);
    const provenanceOf = (exact: string) => file.provenance!.find((p) => p.claimId === file.claims.find((c) => c.selector.exact === exact)?.id);
    expect(provenanceOf('それはAIが原因です。')).toMatchObject({ side: 'B', sources: [BEN.id] });
    expect(file.claims.find((c) => c.selector.exact === 'それはAIが原因です。')?.label).toBe('speculation');
    expect(provenanceOf('NVIDIAは時間外取引で11%下落しています。')).toMatchObject({ side: 'A', sources: [AIKO.id, BEN.id] });
    expect(file.claims.some((c) => c.selector.exact === 'これは投資アドバイスではありませんが')).toBe(false);
  });

  it('exports the reviewed fact claims as ClaimReview JSON-LD, and speaks Japanese', async () => {
    const page = app.page;
    await page.getByText('2 ClaimReviews to export.').waitFor();
    const { name, text } = await compare.download(page.getByRole('button', { name: 'Export ClaimReview (JSON-LD)' }));
    expect(name).toMatch(/\.claim-review\.jsonld$/);
    const reviews = JSON.parse(text) as Array<Record<string, unknown> & { reviewRating: { alternateName: string }; author: { name: string }; itemReviewed: { author: { name: string }; appearance: { url: string } } }>;
    expect(reviews.map((r) => [r['@type'], r.claimReviewed, r.reviewRating.alternateName, r.author.name, r.itemReviewed.author.name])).toEqual([
      ['ClaimReview', '1月27日、株価が下落しています。', 'Inaccurate', 'Chie', 'Ben'],
      ['ClaimReview', 'NVIDIAは時間外取引で11%下落しています。', 'Accurate', 'Chie', 'Aiko'],
    ]);
    expect(reviews[0]!['@context']).toBe('https://schema.org');
    expect(reviews[0]!.itemReviewed.appearance.url).toBe(`urn:shucho:article:${ARTICLE_ID}`);

    await page.getByRole('button', { name: '日本語' }).click();
    await page.getByRole('heading', { name: '注釈者の比較' }).waitFor();
    await page.getByRole('checkbox', { name: /^Aiko/ }).check();
    await page.getByRole('checkbox', { name: /^Ben/ }).check();
    const kappa = compare.figure(AIKO.id, BEN.id, 'kappa');
    await kappa.waitFor({ timeout: 45_000 });
    expect(await compare.figureValue(kappa)).toBe(formatFigure(EXPECTED.kappa, 'ja'));
    expect(await page.getByTestId('diff-summary').textContent()).toBe('一致 4、ラベル相違 1、Aiko のみ 1、Ben のみ 2');
    // Per label, 'speculation' exact: A CHIPS and B CAUSE → F1 0, with its counts in Japanese.
    const speculation = page.locator('.compare-per-label tr[data-label="speculation"] [data-figure="f1-exact"]');
    expect(await speculation.locator('.figure__counts').textContent()).toBe('一致 0、Aiko のみ 1、Ben のみ 1');
  });
});
