import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { LibraryPage } from '../../../src/ui/library/LibraryPage.tsx';
import { ServicesContext, type AppServices } from '../../../src/ui/services.ts';
import { createI18n } from '../../../src/ui/i18n/i18n.ts';
import { ShuchoDatabase } from '../../../src/storage/database.ts';
import { TokenizerClient, type WorkerLike } from '../../../src/nlp/tokenizer-client.ts';
import { inThreadSuggester } from '../../../src/suggest/suggester.ts';
import { contentHashOf } from '../../../src/domain/content-hash.ts';
import { CLAIM_LABELS } from '../../../src/domain/label.ts';
import type { DBCore } from 'dexie';
import type { Article } from '../../../src/domain/article.ts';
import type { Claim } from '../../../src/domain/claim.ts';
import { keepFirstScreen, readFirstScreen } from '../../../src/storage/first-screen-copy.ts';

function silentWorker(): WorkerLike {
  return { postMessage: () => {}, addEventListener: () => {}, terminate: () => {} };
}

let ids = 0;
const clock = { now: () => '2026-11-29T10:00:00.000Z', newId: () => `new-${(ids += 1)}` };
const opened: ShuchoDatabase[] = [];

afterEach(() => {
  cleanup();
  for (const db of opened.splice(0)) db.close();
  location.hash = '';
});

async function openDb(beforeOpen: (db: ShuchoDatabase) => void = () => {}) {
  const db = new ShuchoDatabase(`library-${crypto.randomUUID()}`);
  beforeOpen(db);
  await db.open();
  opened.push(db);
  return db;
}

/** Counts the reads of claim records (not keys, not counts) that reach the database, by a DBCore middleware; call before opening. */
function countClaimReads(db: ShuchoDatabase): { values: number } {
  const reads = { values: 0 };
  db.use({
    stack: 'dbcore',
    name: 'count-claim-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'claims') return table;
        return {
          ...table,
          query: (request) => {
            if (request.values) reads.values += 1;
            return table.query(request);
          },
          get: (request) => {
            reads.values += 1;
            return table.get(request);
          },
          getMany: (request) => {
            reads.values += 1;
            return table.getMany(request);
          },
        };
      },
    }),
  });
  return reads;
}

/** Renders the library page; returns when rendering started (after i18n is ready). */
async function renderLibrary(db: ShuchoDatabase, props: Parameters<typeof LibraryPage>[0] = {}): Promise<number> {
  const services: AppServices = { storage: { state: 'ready', db }, tokenizer: new TokenizerClient(silentWorker), suggester: inThreadSuggester, clock };
  const i18n = await createI18n('en');
  const started = performance.now();
  render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <LibraryPage {...props} />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
  return started;
}

async function storedArticle(id: string, title: string, addedAt: string, lang: Article['lang'] = 'ja'): Promise<Article> {
  const text = `${title} 本文`;
  return { id, title, lang, text, contentHash: await contentHashOf(text), addedAt };
}

function claimOf(id: string, articleId: string, label: Claim['label']): Claim {
  return {
    id,
    articleId,
    anchor: { start: 0, end: 2, exact: '本文', prefix: '', suffix: '', contentHash: 'h' },
    label,
    gloss: '',
    note: '',
    evidence: [],
    authorId: 'me',
    createdAt: clock.now(),
    updatedAt: clock.now(),
    version: 1,
  };
}

const row = (title: string) => screen.getByRole('link', { name: title }).closest('tr')!;
const countsOf = (tr: HTMLElement) => Object.fromEntries(CLAIM_LABELS.map((label) => [label, Number(within(tr).getByTestId(`count-${label}`).textContent?.replace(/\D/g, ''))]));

describe('the library page', () => {
  it('lists every article newest first with its counts per label, review progress and a link', async () => {
    const db = await openDb();
    await db.articles.bulkAdd([await storedArticle('a', 'Older', '2026-01-01T00:00:00.000Z', 'en'), { ...(await storedArticle('b', '新しい記事', '2026-02-01T00:00:00.000Z')), published: '2025-01-27' }]);
    await db.claims.bulkAdd([claimOf('c1', 'a', 'fact'), claimOf('c2', 'a', 'fact'), claimOf('c3', 'a', 'opinion'), claimOf('c4', 'b', 'not-investment-advice'), claimOf('stray', 'deleted-article', 'fact')]);
    await db.reviews.bulkAdd([
      { id: 'r1', claimId: 'c1', reviewerId: 'x', verdict: 'accept', comment: '', createdAt: clock.now() },
      { id: 'r2', claimId: 'c1', reviewerId: 'y', verdict: 'reject', comment: '', createdAt: clock.now() },
      { id: 'r3', claimId: 'c3', reviewerId: 'x', verdict: 'relabel', proposedLabel: 'speculation', comment: '', createdAt: clock.now() },
    ]);
    await renderLibrary(db);
    await screen.findByRole('link', { name: 'Older' });
    const links = screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['新しい記事', '#/article/b'],
      ['Older', '#/article/a'],
    ]);
    expect(countsOf(row('Older'))).toEqual({ fact: 2, opinion: 1, speculation: 0, 'not-investment-advice': 0 });
    expect(countsOf(row('新しい記事'))).toEqual({ fact: 0, opinion: 0, speculation: 0, 'not-investment-advice': 1 });
    // Review progress counts claims with at least one review, not reviews.
    expect(within(row('Older')).getByTestId('review-progress').textContent).toBe('2 / 3');
    expect(within(row('新しい記事')).getByTestId('review-progress').textContent).toBe('0 / 1');
    expect(within(row('Older')).getByRole('progressbar', { name: '2 of 3 claims reviewed' })).toBeTruthy();
    expect(row('Older').textContent).toContain('English');
    expect(row('新しい記事').querySelector('time[datetime="2025-01-27"]')).not.toBeNull();
    // Same badge classes and label icons as the claim panel.
    const fact = within(row('Older')).getByTestId('count-fact');
    expect(fact.className).toBe('badge badge--fact');
    expect(fact.querySelector('.label-icon[aria-hidden="true"]')).not.toBeNull();
  });

  async function seedBulk(db: ShuchoDatabase) {
    const articles = await Promise.all(Array.from({ length: 20 }, (_, i) => storedArticle(`art-${i}`, `Article ${i}`, `2026-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`)));
    await db.articles.bulkAdd(articles);
    await db.claims.bulkAdd(Array.from({ length: 50_000 }, (_, i) => claimOf(`claim-${i}`, `art-${i % 20}`, CLAIM_LABELS[i % 4]!)));
    await db.reviews.bulkAdd(Array.from({ length: 5_000 }, (_, i) => ({ id: `rev-${i}`, claimId: `claim-${i * 10}`, reviewerId: 'x', verdict: 'accept' as const, comment: '', createdAt: clock.now() })));
    // A bare read of every claim and review: the cost of the one-pass path, for comparison.
    const started = performance.now();
    await Promise.all([db.claims.toArray(), db.reviews.toArray()]);
    return performance.now() - started;
  }

  async function renderAndTime(db: ShuchoDatabase) {
    const started = await renderLibrary(db);
    // A plain selector, polled often: role queries cost jsdom hundreds of ms each and would be measured too.
    await waitFor(() => expect(document.querySelectorAll('.library-table tbody tr')).toHaveLength(20), { timeout: 10_000, interval: 5 });
    const elapsed = performance.now() - started;
    expect(countsOf(row('Article 0'))).toEqual({ fact: 2500, opinion: 0, speculation: 0, 'not-investment-advice': 0 });
    expect(countsOf(row('Article 1'))).toEqual({ fact: 0, opinion: 2500, speculation: 0, 'not-investment-advice': 0 });
    expect(countsOf(row('Article 7'))).toEqual({ fact: 0, opinion: 0, speculation: 0, 'not-investment-advice': 2500 });
    // Claims 0, 10, 20 ... are reviewed: those of articles 0 and 10 all, the others none.
    expect(within(row('Article 0')).getByTestId('review-progress').textContent).toBe('2500 / 2500');
    expect(within(row('Article 10')).getByTestId('review-progress').textContent).toBe('2500 / 2500');
    expect(within(row('Article 5')).getByTestId('review-progress').textContent).toBe('0 / 2500');
    return elapsed;
  }

  // What is read is counted exactly; timing is only reported (speed belongs to `npm run bench`).
  it('renders 50,000 claims over 20 articles without reading a single claim (the [articleId+label] index)', async () => {
    let reads = { values: 0 };
    const db = await openDb((database) => {
      reads = countClaimReads(database);
    });
    const bareRead = await seedBulk(db);
    reads.values = 0;
    const elapsed = await renderAndTime(db);
    console.info(`library: 50,000 claims over 20 articles rendered in ${elapsed.toFixed(0)} ms (a bare read of them: ${bareRead.toFixed(0)} ms)`);
    expect(reads.values).toBe(0);
  }, 60_000);

  it('adds a pasted English article: language guessed, text normalized, stored with hash, and opened', async () => {
    const db = await openDb();
    await renderLibrary(db);
    const text = '\r\nNvidia shares fell 11% in premarket trading.  \r\n\r\n\r\n\r\nMicrosoft fell 4%.\r\n';
    fireEvent.change(screen.getByLabelText('Article text'), { target: { value: text } });
    expect((screen.getByLabelText('English') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText(/Guessed from the text/)).toBeTruthy();
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Nvidia shares fell 11% in premarket trading.');
    fireEvent.change(screen.getByLabelText('Title'), { target: { value: 'Nvidia falls' } });
    fireEvent.change(screen.getByLabelText('URL (optional)'), { target: { value: 'https://example.com/nvidia' } });
    fireEvent.change(screen.getByLabelText('Published (optional)'), { target: { value: '2025-01-27' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add article' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/article\/new-\d+$/));
    const id = decodeURIComponent(location.hash.replace('#/article/', ''));
    const stored = await db.articles.get(id);
    const canonical = 'Nvidia shares fell 11% in premarket trading.\n\nMicrosoft fell 4%.';
    expect(stored).toEqual({ id, title: 'Nvidia falls', lang: 'en', text: canonical, contentHash: await contentHashOf(canonical), url: 'https://example.com/nvidia', published: '2025-01-27', addedAt: clock.now() });
  });

  it('lets the user overrule the guessed language', async () => {
    const db = await openDb();
    await renderLibrary(db);
    fireEvent.change(screen.getByLabelText('Article text'), { target: { value: '本日、NVIDIAは下落しています。' } });
    expect((screen.getByLabelText('Japanese') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByLabelText('English'));
    fireEvent.change(screen.getByLabelText('Article text'), { target: { value: '本日、NVIDIAは下落しています。続き' } });
    expect((screen.getByLabelText('English') as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByText(/Guessed from the text/)).toBeNull();
  });

  it('refuses an empty article and bad fields with messages, and stores nothing', async () => {
    const db = await openDb();
    await renderLibrary(db);
    fireEvent.change(screen.getByLabelText('Article text'), { target: { value: ' \r\n\u3000\n' } });
    fireEvent.change(screen.getByLabelText('URL (optional)'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add article' }));
    await screen.findByText('The article is empty. Paste its text or open a file.');
    expect(screen.getByText('Enter a title.')).toBeTruthy();
    expect(screen.getByText('Only http: and https: links are allowed.')).toBeTruthy();
    expect(screen.getByLabelText('Article text').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toBe('Please fix the 3 problems marked above.');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Article text')));
    expect(await db.articles.count()).toBe(0);
    expect(location.hash).toBe('');
  });

  it('refuses a 5 MB paste at once with the limit, and leaves the text box as it was', async () => {
    const db = await openDb();
    await renderLibrary(db);
    const box = screen.getByLabelText('Article text') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'keep me' } });
    const huge = 'あいうえお'.repeat(1_000_000);
    const notCancelled = fireEvent.paste(box, { clipboardData: { getData: () => huge } });
    const alert = await screen.findByRole('alert');
    expect(notCancelled).toBe(false);
    // The length the text would have had: what was in the box plus the paste.
    expect(alert.textContent).toBe('This text is 5,000,007 characters long; the limit is 1,000,000 characters. Nothing was added to the text box.');
    expect(box.value).toBe('keep me');
    // A text too long that arrives otherwise (dropped text) is refused the same way.
    fireEvent.change(box, { target: { value: huge } });
    expect(box.value).toBe('keep me');
  });

  it('opens an .html file as text, and refuses a binary file with a message', async () => {
    const db = await openDb();
    await renderLibrary(db);
    const input = screen.getByLabelText('Open a file (.txt, .md, .html)') as HTMLInputElement;
    const html = `<title>株価の記事</title><p>本日、株価が下落しました。</p><script>document.documentElement.setAttribute('data-ran','1')</script><img src=x onerror="document.documentElement.setAttribute('data-ran','2')"><p>二段落目</p>`;
    fireEvent.change(input, { target: { files: [new File([html], 'kiji.html', { type: 'text/html' })] } });
    await waitFor(() => expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).value).toBe('本日、株価が下落しました。\n二段落目'));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('株価の記事');
    expect((screen.getByLabelText('Japanese') as HTMLInputElement).checked).toBe(true);
    expect(document.documentElement.hasAttribute('data-ran')).toBe(false);

    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d])], 'photo.txt')] } });
    expect((await screen.findByRole('alert')).textContent).toBe('“photo.txt” is not a text file (it contains binary data).');
    // The text already in the box stays.
    expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).value).toBe('本日、株価が下落しました。\n二段落目');
  });

  it('opens a file dropped onto the form', async () => {
    const db = await openDb();
    await renderLibrary(db);
    const form = screen.getByRole('form', { name: 'Add an article' });
    const file = new File(['# Dropped title\n\nDropped body.'], 'dropped.md', { type: 'text/markdown' });
    fireEvent.dragOver(form, { dataTransfer: { types: ['Files'], files: [file] } });
    expect(form.className).toContain('add-article--dragging');
    fireEvent.drop(form, { dataTransfer: { types: ['Files'], files: [file] } });
    await waitFor(() => expect((screen.getByLabelText('Article text') as HTMLTextAreaElement).value).toBe('# Dropped title\n\nDropped body.'));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Dropped title');
    expect(form.className).not.toContain('add-article--dragging');
  });

  it('deletes an article after confirming in a dialog, offering an export first', async () => {
    const db = await openDb();
    const [keep, remove] = [await storedArticle('a', 'Keep', '2026-01-01T00:00:00.000Z'), await storedArticle('b', 'Remove', '2026-01-02T00:00:00.000Z')];
    await db.articles.bulkAdd([keep, remove]);
    // Both were shown before: their first screens are kept for the next visit's first paint.
    keepFirstScreen(localStorage, keep);
    keepFirstScreen(localStorage, remove);
    await db.claims.bulkAdd([claimOf('c1', 'a', 'fact'), claimOf('c2', 'b', 'opinion'), claimOf('c3', 'b', 'fact')]);
    const onExportArticle = vi.fn();
    await renderLibrary(db, { onExportArticle });
    await screen.findByRole('link', { name: 'Remove' });
    const confirmSpy = vi.spyOn(window, 'confirm');

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Remove”' }));
    let dialog = screen.getByRole('dialog', { name: 'Delete this article?' });
    expect(dialog.textContent).toContain('“Remove” and its 2 claims will be deleted');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export claims first' }));
    expect(onExportArticle).toHaveBeenCalledWith('b');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await db.articles.count()).toBe(2);

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Remove”' }));
    dialog = screen.getByRole('dialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Delete “Remove”' }));
    await act(async () => {
      fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete article' }));
    });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Remove' })).toBeNull());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('“Remove” was deleted.');
    expect((await db.articles.toArray()).map((a) => a.id)).toEqual(['a']);
    expect((await db.claims.toArray()).map((c) => c.id)).toEqual(['c1']);
    expect(readFirstScreen(localStorage, 'b')).toBeNull();
    expect(readFirstScreen(localStorage, 'a')?.title).toBe('Keep');
    expect(confirmSpy).not.toHaveBeenCalled();
    localStorage.clear();
  });

  it('hides the export button when no export is wired', async () => {
    const db = await openDb();
    await db.articles.add(await storedArticle('a', 'Only', '2026-01-01T00:00:00.000Z'));
    await renderLibrary(db);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete “Only”' }));
    expect(within(screen.getByRole('dialog')).queryByRole('button', { name: 'Export claims first' })).toBeNull();
  });
});
