import type { Article } from '../domain/article.ts';
import { loadShippedArticle, SHIPPED_ARTICLE_ID, SHIPPED_ARTICLE_TEXT, SHIPPED_ARTICLE_TITLE } from '../content/shipped-article.ts';
import { peekArticle } from '../storage/peek-article.ts';
import { browserStorage, forgetFirstScreen, isCopyOf, readFirstScreen, type KeyValueStorage } from '../storage/first-screen-copy.ts';
import { articleIdOf, parseRoute } from '../ui/route.ts';
import { markAfterPaint } from '../ui/perf-marks.ts';
import { firstPaintBudget, renderFirstPaint } from './paint-article.ts';
import { warmUpFonts } from './warm-up-fonts.ts';

/**
 * The article's text on screen before the app's bundle (React, tiptap,
 * Dexie: about 700 kB to fetch, compile and run) has loaded. The boot script
 * draws the routed article as static DOM inside the app's root element; React
 * replaces that DOM on its first render, which shows the same article. So
 * reading never waits for the app; selecting and tagging do.
 *
 * - The shipped article is painted at once from the boot chunk, the way the
 *   app shows it while its database opens.
 * - Any other article is painted at once from its first-screen copy in
 *   localStorage (storage/first-screen-copy.ts), if the app kept one.
 * - Either way IndexedDB is read meanwhile (`peekArticle`): if the article
 *   is gone, the paint is taken away again (and the copy forgotten); if it
 *   differs, it is painted again as stored. Without a copy, the first paint
 *   waits for that read.
 *
 * The article is handed on to the app (`adoptFirstPaint`), so its first
 * render, made while the database still opens, shows the same text instead
 * of an empty page.
 */

const KEY = '__shuchoFirstPaint';

/** Where `startFirstPaint` reads from: tests pass their own. */
export interface FirstPaintSources {
  /** The IndexedDB database to peek into (default: the app's). */
  databaseName?: string;
  /** Where first-screen copies are kept (default: localStorage; null: none). */
  copies?: KeyValueStorage | null;
}

/**
 * Finds the article the URL routes to and paints it into `root` unless
 * something is there already. Never throws: without an article (library
 * page, unknown id, no answer from IndexedDB) nothing is painted and the app
 * paints as it always does. Resolves once the text has been on screen for a
 * frame, or once it is known that there is nothing to paint.
 */
export function startFirstPaint(root: HTMLElement | null, hash: string, now: () => string, sources: FirstPaintSources = {}): Promise<void> {
  let painted: HTMLElement | null = null;
  let onScreen: Promise<void> | null = null;
  const paint = (article: Pick<Article, 'title' | 'text' | 'lang' | 'headerImage'>, detail: Record<string, number>) => {
    if (!root || (painted === null && root.childElementCount > 0)) return;
    const next = renderFirstPaint(document, article, firstPaintBudget(innerWidth, innerHeight));
    if (painted) painted.replaceWith(next);
    else root.append(next);
    painted = next;
    onScreen ??= new Promise((resolve) => markAfterPaint('shucho:text-painted', { firstPaint: 1, ...detail }, resolve));
  };
  const unpaint = () => {
    painted?.remove();
    painted = null;
  };

  const id = articleIdOf(parseRoute(hash), SHIPPED_ARTICLE_ID);
  const shipped = id === SHIPPED_ARTICLE_ID;
  const copies = sources.copies === undefined ? browserStorage() : sources.copies;
  const copy = id === null || shipped ? null : readFirstScreen(copies, id);
  if (shipped) paint({ title: SHIPPED_ARTICLE_TITLE, text: SHIPPED_ARTICLE_TEXT, lang: 'ja' }, {});
  else if (copy) paint(copy, { fromCopy: 1 });

  const stored = id === null ? null : peekArticle(id, { timeoutMs: 500, ...(sources.databaseName ? { name: sources.databaseName } : {}) });
  // While IndexedDB answers (the main thread is idle meanwhile), load the font the text will need.
  const removeWarmUp = stored && !painted && document.body ? warmUpFonts(document) : null;
  const found: Promise<Article | null> =
    stored === null
      ? Promise.resolve(null)
      : stored.then(async (peek) => {
          removeWarmUp?.();
          if ('found' in peek) {
            if (peek.found === null) {
              unpaint();
              if (copy) forgetFirstScreen(copies, copy.id);
            } else if (shipped ? peek.found.title !== SHIPPED_ARTICLE_TITLE || peek.found.text !== SHIPPED_ARTICLE_TEXT : !copy || !isCopyOf(copy, peek.found)) {
              paint(peek.found, {});
            }
            return peek.found;
          }
          // No answer (no database yet on a first visit, or none at all): the shipped article is what the app shows too.
          return shipped ? loadShippedArticle(now()) : null;
        });
  const settled = found.catch(() => null);
  (globalThis as Record<string, unknown>)[KEY] = settled;
  return onScreen ?? settled.then(() => onScreen ?? undefined);
}

/** The article the boot script found for the route (null if none), without handing it out; null before a first paint was started. */
export function firstPaintArticle(): Promise<Article | null> | null {
  return ((globalThis as Record<string, unknown>)[KEY] as Promise<Article | null> | undefined) ?? null;
}

/**
 * The article the boot script found for the route (null if none), for the
 * app's first render; handed out once. Null when no first paint was started
 * (tests).
 */
export function adoptFirstPaint(): Promise<Article | null> | null {
  const found = (globalThis as Record<string, unknown>)[KEY] as Promise<Article | null> | undefined;
  delete (globalThis as Record<string, unknown>)[KEY];
  return found ?? null;
}
