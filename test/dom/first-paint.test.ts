import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { ShuchoDatabase } from '../../src/storage/database.ts';
import { peekArticle } from '../../src/storage/peek-article.ts';
import { FIRST_PAINT_CHARACTERS, firstPaintBudget, renderFirstPaint } from '../../src/first-paint/paint-article.ts';
import { adoptFirstPaint, startFirstPaint } from '../../src/first-paint/first-paint.ts';
import { SHIPPED_ARTICLE_ID } from '../../src/content/shipped-article.ts';
import { paragraphsOf, type Article } from '../../src/domain/article.ts';
import { ensureSeeded } from '../../src/storage/seed.ts';
import { firstScreenCopyOf, keepFirstScreen, readFirstScreen } from '../../src/storage/first-screen-copy.ts';
import { loadShippedArticle } from '../../src/content/shipped-article.ts';

const now = () => '2026-11-29T10:00:00.000Z';
const hostile = '<img src=x onerror="window.__pwned=1">';
const userArticle: Article = {
  id: 'mine',
  title: `My ${hostile} article`,
  lang: 'en',
  text: `First line\n\n${hostile} third line\r? no, LF only`,
  contentHash: 'h',
  addedAt: now(),
};

async function databaseWith(articles: Article[]): Promise<string> {
  const name = `first-paint-${crypto.randomUUID()}`;
  const db = new ShuchoDatabase(name);
  await db.open();
  await db.articles.bulkAdd(articles);
  db.close();
  return name;
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '');
}

afterEach(() => {
  localStorage.clear();
  document.body.replaceChildren();
  void adoptFirstPaint();
});

describe('peekArticle', () => {
  it('reads a stored article without Dexie', async () => {
    const name = await databaseWith([userArticle]);
    expect(await peekArticle('mine', { name })).toEqual({ found: userArticle });
    expect(await peekArticle('other', { name })).toEqual({ found: null });
  });

  it('never creates the database it was asked to read', async () => {
    const name = `absent-${crypto.randomUUID()}`;
    expect(await peekArticle('mine', { name })).toEqual({ unknown: 'no database' });
    expect(await databaseNames()).not.toContain(name);
    // Dexie can still create it with its own schema afterwards.
    const db = new ShuchoDatabase(name);
    await db.open();
    expect(db.tables.map((table) => table.name)).toContain('articles');
    db.close();
  });

  it('answers "unknown" instead of throwing when IndexedDB is missing or broken', async () => {
    const saved = globalThis.indexedDB;
    Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
    try {
      expect(await peekArticle('mine')).toEqual({ unknown: 'no IndexedDB' });
    } finally {
      Object.defineProperty(globalThis, 'indexedDB', { value: saved, configurable: true });
    }
    const broken = { open: () => { throw new Error('SecurityError'); } } as unknown as IDBFactory;
    expect(await peekArticle('mine', { factory: broken })).toMatchObject({ unknown: expect.stringContaining('SecurityError') });
  });

  it('gives up after its timeout when the database never answers', async () => {
    const silent = { open: () => ({}) } as unknown as IDBFactory;
    expect(await peekArticle('mine', { factory: silent, timeoutMs: 20 })).toEqual({ unknown: 'timeout' });
  });
});

describe('renderFirstPaint', () => {
  it('draws title and paragraphs as text, with the classes of the real view', () => {
    const shell = renderFirstPaint(document, userArticle);
    document.body.append(shell);
    expect(shell.querySelector('h1')?.textContent).toBe(userArticle.title);
    const paragraphs = [...shell.querySelectorAll('.article-text > p')];
    expect(paragraphs.map((p) => p.textContent)).toEqual(paragraphsOf(userArticle.text).map((p) => p.text));
    expect(shell.querySelector('.article-text')?.textContent).toBe(userArticle.text.replaceAll('\n', ''));
    expect(shell.querySelector('.article-body')?.getAttribute('lang')).toBe('en');
    // HTML in the article stays text.
    expect(shell.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('renderFirstPaint on a long article', () => {
  it('draws whole paragraphs from the start, up to the one that runs past the budget', () => {
    const paragraph = 'あ'.repeat(999);
    const text = Array.from({ length: 100 }, (_, i) => `${i}${paragraph}`).join('\n');
    const shell = renderFirstPaint(document, { ...userArticle, text });
    const drawn = [...shell.querySelectorAll('.article-text > p')].map((p) => p.textContent);
    const expected = paragraphsOf(text).filter((p) => p.start < FIRST_PAINT_CHARACTERS).map((p) => p.text);
    expect(drawn).toEqual(expected);
    expect(drawn.length).toBeGreaterThan(1);
    expect(drawn.length).toBeLessThan(100);
  });
});

describe('startFirstPaint', () => {
  async function paint(hash: string, databaseName: string): Promise<{ root: HTMLElement; article: Article | null }> {
    const root = document.createElement('div');
    document.body.append(root);
    startFirstPaint(root, hash, now, { databaseName });
    const article = await adoptFirstPaint();
    return { root, article };
  }

  it('paints the bundled shipped article on a first visit, and leaves the database uncreated', async () => {
    const name = `fresh-${crypto.randomUUID()}`;
    const { root, article } = await paint('', name);
    expect(article?.id).toBe(SHIPPED_ARTICLE_ID);
    expect(root.querySelector('.article-text')?.textContent).toContain('NVIDIAは時間外取引で11%下落しています');
    expect(await databaseNames()).not.toContain(name);
  });

  it('paints a stored article its route names, from IndexedDB', async () => {
    const name = await databaseWith([userArticle]);
    const { root, article } = await paint('#/article/mine', name);
    expect(article).toEqual(userArticle);
    expect(root.querySelector('h1')?.textContent).toBe(userArticle.title);
  });

  it('lays out hidden Japanese while IndexedDB answers, and takes it away after', async () => {
    const name = await databaseWith([userArticle]);
    const root = document.createElement('div');
    document.body.append(root);
    startFirstPaint(root, '#/article/mine', now, { databaseName: name });
    const sample = document.querySelector('.first-paint__warm-up');
    expect(sample?.getAttribute('aria-hidden')).toBe('true');
    expect(sample?.getAttribute('lang')).toBe('ja');
    expect(root.contains(sample)).toBe(false);
    await adoptFirstPaint();
    expect(document.querySelector('.first-paint__warm-up')).toBeNull();
    root.remove();
  });

  it('paints the shipped article at once, before IndexedDB answers', () => {
    const root = document.createElement('div');
    startFirstPaint(root, '', now, { databaseName: `never-read-${crypto.randomUUID()}` });
    expect(root.querySelector('.article-text')?.textContent).toContain('NVIDIAは時間外取引で11%下落しています');
  });

  it('repaints the shipped article from a stored copy that differs', async () => {
    const shipped = await loadShippedArticle(now());
    const name = await databaseWith([{ ...shipped, title: 'My renamed copy' }]);
    const { root, article } = await paint('', name);
    expect(article?.title).toBe('My renamed copy');
    expect(root.querySelectorAll('.first-paint')).toHaveLength(1);
    expect(root.querySelector('h1')?.textContent).toBe('My renamed copy');
  });

  it('paints nothing for a shipped article the user deleted, an unknown id, or the library', async () => {
    const name = await databaseWith([]);
    const db = new ShuchoDatabase(name);
    await ensureSeeded(db, await loadShippedArticle(now()));
    await db.articles.delete(SHIPPED_ARTICLE_ID);
    db.close();
    for (const hash of ['', '#/article/nope', '#/library']) {
      const { root, article } = await paint(hash, name);
      expect(article).toBeNull();
      expect(root.childElementCount).toBe(0);
      root.remove();
    }
  });

  it("paints a user's article from its first-screen copy at once, and keeps that paint when IndexedDB agrees", async () => {
    const name = await databaseWith([userArticle]);
    keepFirstScreen(localStorage, userArticle);
    const root = document.createElement('div');
    document.body.append(root);
    startFirstPaint(root, '#/article/mine', now, { databaseName: name });
    // Synchronously: nothing waited for IndexedDB.
    const painted = root.querySelector('.first-paint');
    expect(painted?.querySelector('h1')?.textContent).toBe(userArticle.title);
    expect(painted?.querySelector('.article-text')?.textContent).toBe(userArticle.text.replaceAll('\n', ''));
    expect(document.querySelector('.first-paint__warm-up')).toBeNull();
    expect(await adoptFirstPaint()).toEqual(userArticle);
    expect(root.querySelector('.first-paint')).toBe(painted);
  });

  it('paints a copy again as stored when the stored article differs from it', async () => {
    const name = await databaseWith([{ ...userArticle, title: 'Renamed in another tab' }]);
    keepFirstScreen(localStorage, userArticle);
    const { root, article } = await paint('#/article/mine', name);
    expect(article?.title).toBe('Renamed in another tab');
    expect(root.querySelectorAll('.first-paint')).toHaveLength(1);
    expect(root.querySelector('h1')?.textContent).toBe('Renamed in another tab');
  });

  it('takes a copy\'s paint away, and forgets the copy, when the article is no longer stored', async () => {
    const name = await databaseWith([]);
    keepFirstScreen(localStorage, userArticle);
    const root = document.createElement('div');
    document.body.append(root);
    startFirstPaint(root, '#/article/mine', now, { databaseName: name });
    expect(root.querySelector('h1')?.textContent).toBe(userArticle.title);
    expect(await adoptFirstPaint()).toBeNull();
    expect(root.childElementCount).toBe(0);
    expect(readFirstScreen(localStorage, 'mine')).toBeNull();
  });

  it('keeps the copy painted when IndexedDB does not answer, and hands the app no article', async () => {
    keepFirstScreen(localStorage, userArticle);
    const { root, article } = await paint('#/article/mine', `absent-${crypto.randomUUID()}`);
    expect(article).toBeNull();
    expect(root.querySelector('h1')?.textContent).toBe(userArticle.title);
    expect(readFirstScreen(localStorage, 'mine')).toEqual(firstScreenCopyOf(userArticle));
  });

  it('leaves a root alone that the app has already rendered into', async () => {
    const name = await databaseWith([userArticle]);
    const root = document.createElement('div');
    root.append(document.createElement('section'));
    startFirstPaint(root, '#/article/mine', now, { databaseName: name });
    expect(await adoptFirstPaint()).toEqual(userArticle);
    expect(root.children).toHaveLength(1);
    expect(root.querySelector('.first-paint')).toBeNull();
  });
});

describe('firstPaintBudget', () => {
  it('draws what would fill the window, within 1,000 and 12,000 characters', () => {
    const laptop = firstPaintBudget(1360, 900);
    // A 1360×900 window shows about 700 characters of the article (measured in Chromium): the budget covers them with room to spare.
    expect(laptop).toBeGreaterThan(1_000);
    expect(laptop).toBeLessThan(FIRST_PAINT_CHARACTERS);
    expect(firstPaintBudget(3840, 2160)).toBeGreaterThan(laptop);
    expect(firstPaintBudget(3840 * 4, 2160 * 4)).toBe(12_000);
    expect(firstPaintBudget(320, 200)).toBe(1_000);
    expect(firstPaintBudget(0, 0)).toBe(FIRST_PAINT_CHARACTERS);
  });

  it('is what renderFirstPaint cuts at', () => {
    const text = Array.from({ length: 50 }, (_, i) => `${i}${'い'.repeat(199)}`).join('\n');
    const shell = renderFirstPaint(document, { ...userArticle, text }, 1_000);
    // Paragraphs start every 201 units: the fifth (804–1004) runs past 1,000 and is the last drawn.
    expect(shell.querySelectorAll('.article-text > p')).toHaveLength(5);
  });
});
