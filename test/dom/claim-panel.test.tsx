import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { SHIPPED_ARTICLE_ID } from '../../src/content/shipped-article.ts';
import { createAnchor } from '../../src/domain/anchoring/describe-quote.ts';
import type { Claim } from '../../src/domain/claim.ts';
import { CLAIM_LABELS } from '../../src/domain/label.ts';
import { startApp } from './support/render-app.tsx';

/** More claims than the panel lists at once (200), so some are only reached by search, filter or J/K. */
const COUNT = 260;

let scrolled: Element[];
beforeEach(() => {
  scrolled = [];
  // jsdom has no layout: record what the page scrolls to instead.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
  // jsdom has no CSS.escape; the page quotes claim ids in attribute selectors with it.
  if (!globalThis.CSS?.escape) vi.stubGlobal('CSS', { escape: (value: string) => value.replace(/["\\]/g, '\\$&') });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** `COUNT` one-character claims spread over the shipped article, each with its own label cycle and gloss. */
function spreadClaims(text: string, contentHash: string): Claim[] {
  const claims: Claim[] = [];
  for (let i = 0, at = 0; claims.length < COUNT; i++, at += 7) {
    while (text[at] === '\n' || text[at + 1] === '\n') at++;
    claims.push({
      id: `claim-${String(i).padStart(3, '0')}`,
      articleId: SHIPPED_ARTICLE_ID,
      anchor: createAnchor(text, at, at + 2, contentHash),
      label: CLAIM_LABELS[i % CLAIM_LABELS.length]!,
      gloss: `gloss number ${i}`,
      note: '',
      evidence: [],
      authorId: 'someone',
      createdAt: '2026-11-29T10:00:00.000Z',
      updatedAt: '2026-11-29T10:00:00.000Z',
      version: 1,
    });
  }
  return claims;
}

async function startWithClaims() {
  const storage = await startApp(`panel-${crypto.randomUUID()}`);
  if (storage.state !== 'ready') throw new Error('storage did not open');
  const article = (await storage.db.articles.get(SHIPPED_ARTICLE_ID))!;
  const claims = spreadClaims(article.text, article.contentHash);
  await storage.db.claims.bulkAdd(claims);
  await waitFor(() => expect(screen.getByRole('heading', { name: `Claims (${COUNT})` })).toBeTruthy(), { timeout: 5000 });
  return { storage, claims };
}

const panel = () => screen.getByRole('region', { name: `Claims (${COUNT})` });
const rows = () => panel().querySelectorAll('.claim-row');

describe('the claim panel with more claims than it lists at once', () => {
  it('lists the first page, then every claim through "show more"', async () => {
    const { storage } = await startWithClaims();
    await waitFor(() => expect(rows()).toHaveLength(200));
    fireEvent.click(within(panel()).getByRole('button', { name: `Show ${COUNT - 200} more` }));
    await waitFor(() => expect(rows()).toHaveLength(COUNT));
    storage.db.close();
  });

  it('finds a claim beyond the first page by search, and by label filter', async () => {
    const { storage, claims } = await startWithClaims();
    const last = claims[COUNT - 1]!;
    fireEvent.change(within(panel()).getByRole('searchbox'), { target: { value: last.gloss } });
    await waitFor(() => expect([...rows()].map((row) => row.getAttribute('data-claim-id'))).toEqual([last.id]));
    fireEvent.change(within(panel()).getByRole('searchbox'), { target: { value: '' } });
    fireEvent.click(within(within(panel()).getByRole('group', { name: 'Filter by label' })).getByRole('button', { name: /Speculation/ }));
    const speculation = claims.filter((claim) => claim.label === 'speculation');
    await waitFor(() => expect(rows()).toHaveLength(speculation.length));
    expect([...rows()].every((row) => row.classList.contains('claim-row--speculation'))).toBe(true);
    storage.db.close();
  });

  it('scrolls the article to a claim opened from the panel', async () => {
    const { storage, claims } = await startWithClaims();
    await waitFor(() => expect(rows()).toHaveLength(200));
    const target = claims[150]!;
    fireEvent.click(panel().querySelector(`.claim-row[data-claim-id="${target.id}"]`)!);
    await waitFor(() => expect(scrolled.some((element) => element.closest('.article-text') && element.getAttribute('data-claim-id') === target.id)).toBe(true));
    storage.db.close();
  });

  it('reaches claims the panel does not list yet with J and K', async () => {
    const { storage, claims } = await startWithClaims();
    await waitFor(() => expect(document.querySelectorAll('.article-text .claim').length).toBeGreaterThanOrEqual(COUNT));
    // K with nothing selected goes to the last claim, past the listed page.
    fireEvent.keyDown(window, { key: 'k' });
    const last = claims[COUNT - 1]!;
    await waitFor(() => expect(scrolled.at(-1)?.getAttribute('data-claim-id')).toBe(last.id));
    fireEvent.keyDown(window, { key: 'k' });
    await waitFor(() => expect(scrolled.at(-1)?.getAttribute('data-claim-id')).toBe(claims[COUNT - 2]!.id));
    fireEvent.keyDown(window, { key: 'j' });
    fireEvent.keyDown(window, { key: 'j' });
    await waitFor(() => expect(scrolled.at(-1)?.getAttribute('data-claim-id')).toBe(claims[0]!.id));
    storage.db.close();
  });
});
