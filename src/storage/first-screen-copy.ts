import type { Article } from '../domain/article.ts';

/**
 * A copy of the start of a stored article (title, language, header image and
 * the first paragraphs of its text) kept in localStorage, so that the boot
 * script can paint the article at once on the next visit: localStorage
 * answers synchronously, while opening IndexedDB in a fresh page takes 60 to
 * 170 ms on the bench machine, most of the time to the first paint.
 *
 * The copy is only ever a hint. IndexedDB stays the record: the boot script
 * checks the copy against it (`isCopyOf`) and repaints or takes the paint
 * away when they differ, and forgets a copy whose article is gone. A copy is
 * kept for an article the app has shown or added (`keepFirstScreen`), and
 * removed with the article (`forgetFirstScreen`). Every function here
 * swallows storage errors (storage off, quota full, a hand-edited value): a
 * missing copy only means the first paint waits for IndexedDB, as before.
 */
export interface FirstScreenCopy {
  id: string;
  title: string;
  lang: Article['lang'];
  headerImage?: string;
  /** A prefix of the article's text: see `FIRST_SCREEN_COPY_CHARACTERS`. */
  text: string;
  contentHash: string;
}

/** What the copy is made from and checked against. */
export type CopiedFields = Pick<Article, 'id' | 'title' | 'lang' | 'headerImage' | 'text' | 'contentHash'>;

/** The part of the Web Storage API used here (localStorage, or a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/**
 * A copy keeps the paragraphs that begin within this many UTF-16 units of the
 * text: at least what the first paint draws in the largest window
 * (`firstPaintBudget`'s ceiling; a test holds the two together).
 */
export const FIRST_SCREEN_COPY_CHARACTERS = 12_000;

/** A paragraph running past the budget is cut this far past it, so that a text without line breaks is not copied whole. */
export const FIRST_SCREEN_COPY_LIMIT = 16_000;

/** Copies are kept for this many articles, the ones shown most recently (about 32 kB each at most). */
export const FIRST_SCREEN_COPIES = 10;

const KEY_PREFIX = 'shucho:first-screen:';
/** The ids of the kept copies, most recently kept first (a JSON array). */
const ORDER_KEY = 'shucho:first-screens';

function keyOf(id: string): string {
  return `${KEY_PREFIX}${id}`;
}

/** localStorage, or null where reading it throws (storage switched off, an opaque origin) or there is none. */
export function browserStorage(): KeyValueStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * The first paragraphs of `text`: up to the end of the one that runs past
 * `FIRST_SCREEN_COPY_CHARACTERS`, cut at `FIRST_SCREEN_COPY_LIMIT` units if it
 * runs on that far, never between the two halves of a surrogate pair.
 */
export function firstScreenText(text: string): string {
  const lineEnd = text.indexOf('\n', FIRST_SCREEN_COPY_CHARACTERS);
  let end = Math.min(lineEnd === -1 ? text.length : lineEnd, FIRST_SCREEN_COPY_LIMIT);
  if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
  return text.slice(0, end);
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** The copy of `article`. */
export function firstScreenCopyOf(article: CopiedFields): FirstScreenCopy {
  const copy: FirstScreenCopy = { id: article.id, title: article.title, lang: article.lang, text: firstScreenText(article.text), contentHash: article.contentHash };
  if (article.headerImage !== undefined) copy.headerImage = article.headerImage;
  return copy;
}

/** True if `copy` shows `article` as it is stored now: same id, title, language and header image, and a prefix of its text. */
export function isCopyOf(copy: FirstScreenCopy, article: CopiedFields): boolean {
  return (
    copy.id === article.id &&
    copy.title === article.title &&
    copy.lang === article.lang &&
    copy.headerImage === article.headerImage &&
    article.text.startsWith(copy.text)
  );
}

function isFirstScreenCopy(value: unknown, id: string): value is FirstScreenCopy {
  const copy = value as Partial<FirstScreenCopy> | null;
  return (
    typeof copy === 'object' &&
    copy !== null &&
    copy.id === id &&
    typeof copy.title === 'string' &&
    (copy.lang === 'ja' || copy.lang === 'en') &&
    typeof copy.text === 'string' &&
    typeof copy.contentHash === 'string' &&
    (copy.headerImage === undefined || typeof copy.headerImage === 'string')
  );
}

/** The copy kept for article `id`, or null (none, unreadable, or not a copy of that id). */
export function readFirstScreen(storage: KeyValueStorage | null, id: string): FirstScreenCopy | null {
  try {
    const json = storage?.getItem(keyOf(id));
    if (!json) return null;
    const value: unknown = JSON.parse(json);
    return isFirstScreenCopy(value, id) ? value : null;
  } catch {
    return null;
  }
}

function readOrder(storage: KeyValueStorage): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(ORDER_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Keeps (or refreshes) the copy of `article`, as the most recent one, and
 * drops copies beyond `FIRST_SCREEN_COPIES`, the least recent first, along
 * with any copy the order list does not name (left by two tabs writing at
 * once). Writes nothing when the copy is already there and first in line.
 */
export function keepFirstScreen(storage: KeyValueStorage | null, article: CopiedFields): void {
  if (!storage) return;
  try {
    const json = JSON.stringify(firstScreenCopyOf(article));
    const order = readOrder(storage);
    if (order[0] === article.id && storage.getItem(keyOf(article.id)) === json) return;
    const kept = [article.id, ...order.filter((id) => id !== article.id)].slice(0, FIRST_SCREEN_COPIES);
    removeCopiesNotIn(storage, new Set(kept));
    storage.setItem(keyOf(article.id), json);
    storage.setItem(ORDER_KEY, JSON.stringify(kept));
  } catch {
    // Quota full or storage off: the next first paint reads IndexedDB instead.
  }
}

/** Removes the copy of article `id`, if any (after the article was deleted, or found missing). */
export function forgetFirstScreen(storage: KeyValueStorage | null, id: string): void {
  if (!storage) return;
  try {
    storage.removeItem(keyOf(id));
    const order = readOrder(storage);
    if (order.includes(id)) storage.setItem(ORDER_KEY, JSON.stringify(order.filter((other) => other !== id)));
  } catch {
    // Nothing to do: a copy that could not be removed is checked against IndexedDB before it is trusted.
  }
}

function removeCopiesNotIn(storage: KeyValueStorage, kept: ReadonlySet<string>): void {
  const stale: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY_PREFIX) && !kept.has(key.slice(KEY_PREFIX.length))) stale.push(key);
  }
  for (const key of stale) storage.removeItem(key);
}
