import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { App } from '../../src/ui/App.tsx';
import { ServicesContext, type AppServices } from '../../src/ui/services.ts';
import { createI18n } from '../../src/ui/i18n/i18n.ts';
import { TokenizerClient } from '../../src/nlp/tokenizer-client.ts';
import Dexie from 'dexie';
import { openStorage } from '../../src/storage/open-storage.ts';
import { loadShippedArticle, SHIPPED_ARTICLE_ID } from '../../src/content/shipped-article.ts';
import { contentHashOf } from '../../src/domain/content-hash.ts';
import { clock, silentWorker, startApp } from './support/render-app.tsx';
import { firstScreenCopyOf, keepFirstScreen, readFirstScreen } from '../../src/storage/first-screen-copy.ts';
import { inThreadSuggester } from '../../src/suggest/suggester.ts';
import type { Article } from '../../src/domain/article.ts';

const start = (dbName: string) => startApp(dbName);

afterEach(() => cleanup());

describe('first and second start', () => {
  it('seeds the shipped article into IndexedDB on first start and renders it', async () => {
    const name = `first-${crypto.randomUUID()}`;
    const storage = await start(name);
    expect(storage.state).toBe('ready');
    if (storage.state !== 'ready') return;
    const stored = await storage.db.articles.get(SHIPPED_ARTICLE_ID);
    expect(stored?.lang).toBe('ja');
    expect(stored?.published).toBe('2025-01-27');
    expect(stored?.text).not.toContain('\r');
    expect(stored?.contentHash).toBe(await contentHashOf(stored!.text));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('NVIDIAとMicrosoftの株価'));
    await waitFor(() => expect(document.querySelector('.article-text')?.textContent).toContain('NVIDIAは時間外取引で11%下落しています'));
    storage.db.close();
  });

  it('reads the stored article on the second start and never overwrites it', async () => {
    const name = `second-${crypto.randomUUID()}`;
    const first = await openStorage(() => loadShippedArticle(clock.now()), () => {}, name);
    if (first.state !== 'ready') throw new Error('storage did not open');
    // A user's copy that differs from the shipped one must survive the next start.
    await first.db.articles.update(SHIPPED_ARTICLE_ID, { title: 'My renamed copy' });
    first.db.close();
    const second = await start(name);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My renamed copy'));
    if (second.state === 'ready') {
      expect(await second.db.articles.count()).toBe(1);
      second.db.close();
    }
  });

  it('shows the article read-only with a message when IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // Dexie looks the API up when a database is made.
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    try {
      await start(`missing-${crypto.randomUUID()}`);
      await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/IndexedDB/));
      expect(document.querySelector('.article-text')?.textContent).toContain('NVIDIAは時間外取引で11%下落しています');
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: saved, configurable: true });
      Dexie.dependencies.indexedDB = saved;
    }
  });
});

describe("the first-screen copy of a user's article", () => {
  const mine: Article = { id: 'mine', title: 'My article', lang: 'en', text: 'First line.\nSecond line.', contentHash: 'h', addedAt: clock.now() };

  afterEach(() => {
    location.hash = '';
    localStorage.clear();
  });

  it('is kept once the app has shown the article, for the next first paint', async () => {
    const name = `copy-${crypto.randomUUID()}`;
    const first = await openStorage(() => loadShippedArticle(clock.now()), () => {}, name);
    if (first.state !== 'ready') throw new Error('storage did not open');
    await first.db.articles.add(mine);
    first.db.close();
    location.hash = '#/article/mine';
    const storage = await start(name);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('My article'));
    await waitFor(() => expect(readFirstScreen(localStorage, 'mine')).toEqual(firstScreenCopyOf(mine)));
    // The shipped article needs none: the boot script carries it.
    expect(readFirstScreen(localStorage, SHIPPED_ARTICLE_ID)).toBeNull();
    if (storage.state === 'ready') storage.db.close();
  });

  it('is forgotten when storage no longer has the article', async () => {
    keepFirstScreen(localStorage, mine);
    location.hash = '#/article/mine';
    const storage = await start(`copy-gone-${crypto.randomUUID()}`);
    await waitFor(() => expect(readFirstScreen(localStorage, 'mine')).toBeNull());
    if (storage.state === 'ready') storage.db.close();
  });
});

describe('the shipped article after the user deleted it', () => {
  it('is not brought back on the next start', async () => {
    const name = `deleted-${crypto.randomUUID()}`;
    const first = await openStorage(() => loadShippedArticle(clock.now()), () => {}, name);
    if (first.state !== 'ready') throw new Error('storage did not open');
    await first.db.articles.delete(SHIPPED_ARTICLE_ID);
    first.db.close();
    const second = await openStorage(() => loadShippedArticle(clock.now()), () => {}, name);
    if (second.state !== 'ready') throw new Error('storage did not open');
    expect(await second.db.articles.count()).toBe(0);
    second.db.close();
  });
});

describe('while storage opens', () => {
  it('keeps the article view mounted when storage becomes ready, so the text is tokenized once', async () => {
    const name = `opening-${crypto.randomUUID()}`;
    const services = (storage: AppServices['storage']): AppServices => ({ storage, tokenizer, suggester: inThreadSuggester, clock });
    const tokenizer = new TokenizerClient(silentWorker);
    const tokenize = vi.spyOn(tokenizer, 'tokenize');
    const i18n = await createI18n('en');
    const ui = (storage: AppServices['storage']) => (
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services(storage)}>
          <App />
        </ServicesContext.Provider>
      </I18nextProvider>
    );
    const view = render(ui({ state: 'opening' }));
    await waitFor(() => expect(document.querySelector('.article-text')?.textContent).toContain('NVIDIAは時間外取引で11%下落しています'));
    const paragraph = document.querySelector('.article-text p');
    const storage = await openStorage(() => loadShippedArticle(clock.now()), () => {}, name);
    view.rerender(ui(storage));
    await waitFor(() => expect(document.querySelector('.storage-indicator')).not.toBeNull());
    // The same DOM, never replaced by a "not found" message in between.
    expect(document.querySelector('.article-text p')).toBe(paragraph);
    expect(tokenize).toHaveBeenCalledTimes(1);
    if (storage.state === 'ready') storage.db.close();
  });
});
