import type { Article } from '../domain/article.ts';
import { loadShippedArticle, SHIPPED_ARTICLE_ID, SHIPPED_ARTICLE_TEXT, SHIPPED_ARTICLE_TITLE } from '../content/shipped-article.ts';
import { peekArticle } from '../storage/peek-article.ts';
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
 *   app shows it while its database opens; IndexedDB is read meanwhile, and
 *   if the user has deleted the article, the paint is taken away again.
 * - Any other article is read straight from IndexedDB (`peekArticle`).
 *
 * The article is handed on to the app (`adoptFirstPaint`), so its first
 * render, made while the database still opens, shows the same text instead
 * of an empty page.
 */

const KEY = '__shuchoFirstPaint';

/**
 * Finds the article the URL routes to and paints it into `root` unless
 * something is there already. Never throws: without an article (library
 * page, unknown id, no answer from IndexedDB) nothing is painted and the app
 * paints as it always does. Resolves once the text has been on screen for a
 * frame, or once it is known that there is nothing to paint.
 */
export function startFirstPaint(root: HTMLElement | null, hash: string, now: () => string, databaseName?: string): Promise<void> {
  let painted: HTMLElement | null = null;
  let onScreen: Promise<void> | null = null;
  const paint = (article: Pick<Article, 'title' | 'text' | 'lang' | 'headerImage'>) => {
    if (!root || (painted === null && root.childElementCount > 0)) return;
    const next = renderFirstPaint(document, article, firstPaintBudget(innerWidth, innerHeight));
    if (painted) painted.replaceWith(next);
    else root.append(next);
    painted = next;
    onScreen ??= new Promise((resolve) => markAfterPaint('shucho:text-painted', { firstPaint: 1 }, resolve));
  };
  const unpaint = () => {
    painted?.remove();
    painted = null;
  };

  const id = articleIdOf(parseRoute(hash), SHIPPED_ARTICLE_ID);
  const shipped = id === SHIPPED_ARTICLE_ID;
  if (shipped) paint({ title: SHIPPED_ARTICLE_TITLE, text: SHIPPED_ARTICLE_TEXT, lang: 'ja' });

  const stored = id === null ? null : peekArticle(id, { timeoutMs: 500, ...(databaseName ? { name: databaseName } : {}) });
  // While IndexedDB answers (the main thread is idle meanwhile), load the font the text will need.
  const removeWarmUp = stored && !shipped && document.body ? warmUpFonts(document) : null;
  const found: Promise<Article | null> =
    stored === null
      ? Promise.resolve(null)
      : stored.then(async (peek) => {
          removeWarmUp?.();
          if ('found' in peek) {
            if (peek.found === null) unpaint();
            else if (!shipped || peek.found.title !== SHIPPED_ARTICLE_TITLE || peek.found.text !== SHIPPED_ARTICLE_TEXT) paint(peek.found);
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
