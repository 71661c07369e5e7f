import { ARTICLE_LANGUAGES, type ArticleLanguage } from '../article.ts';
import { parseSafeUrl } from '../safe-url.ts';
import { normalizeArticleText } from './normalize-article-text.ts';

/**
 * The longest article accepted, in UTF-16 code units (what `String.length`
 * counts, so the check costs nothing even on a 5 MB paste). Past this the
 * editor and the tokenizer would make reading sluggish.
 */
export const MAX_ARTICLE_LENGTH = 1_000_000;

/** The longest title accepted, in UTF-16 code units. */
export const MAX_TITLE_LENGTH = 500;

/** What the add-article form holds: every field as typed, unchecked. */
export interface ArticleDraft {
  text: string;
  title: string;
  /** Optional; blank means none. */
  url: string;
  /** Optional `YYYY-MM-DD`; blank means none. */
  published: string;
  lang: string;
}

/** Why a draft cannot be added; `code` keys the message (`library.problems.<code>`). */
export type ArticleInputProblem =
  | { field: 'text'; code: 'text-empty' }
  | { field: 'text'; code: 'text-too-long'; limit: number; length: number }
  | { field: 'title'; code: 'title-empty' }
  | { field: 'title'; code: 'title-too-long'; limit: number }
  | { field: 'url'; code: 'url-invalid' | 'url-scheme' }
  | { field: 'published'; code: 'published-invalid' }
  | { field: 'lang'; code: 'lang-unknown' };

/** A checked draft, ready to become an `Article`. */
export interface ValidArticleInput {
  /** Canonical text (`normalizeArticleText`), never empty. */
  text: string;
  /** Trimmed, never empty. */
  title: string;
  lang: ArticleLanguage;
  /** Normalized http(s) href. */
  url?: string;
  published?: string;
}

/**
 * The "too long" problem for a text of `length` code units, or null. Callers
 * run this first, on `text.length` alone, before anything that reads the text.
 */
export function lengthProblem(length: number): Extract<ArticleInputProblem, { code: 'text-too-long' }> | null {
  return length > MAX_ARTICLE_LENGTH ? { field: 'text', code: 'text-too-long', limit: MAX_ARTICLE_LENGTH, length } : null;
}

/** True for a real calendar date written `YYYY-MM-DD` (2025-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Checks a draft and makes its text canonical.
 *
 * The text's length is checked before it is normalized, so an oversized
 * paste is refused at once whatever it contains; a text that is empty once
 * normalized (only spaces and line breaks) is refused as empty. The title is
 * trimmed and required. The URL, if not blank, must be an absolute http(s)
 * URL (`parseSafeUrl`); the date, if not blank, a real `YYYY-MM-DD` date.
 *
 * @return `{ok: true, value}` or `{ok: false, problems}` listing every
 *   problem found, in form order (text, title, URL, date, language).
 */
export function validateArticleInput(draft: ArticleDraft): { ok: true; value: ValidArticleInput } | { ok: false; problems: ArticleInputProblem[] } {
  const problems: ArticleInputProblem[] = [];
  const tooLong = lengthProblem(draft.text.length);
  const text = tooLong ? '' : normalizeArticleText(draft.text);
  if (tooLong) problems.push(tooLong);
  else if (text === '') problems.push({ field: 'text', code: 'text-empty' });

  const title = draft.title.trim();
  if (title === '') problems.push({ field: 'title', code: 'title-empty' });
  else if (title.length > MAX_TITLE_LENGTH) problems.push({ field: 'title', code: 'title-too-long', limit: MAX_TITLE_LENGTH });

  let url: string | undefined;
  if (draft.url.trim() !== '') {
    const parsed = parseSafeUrl(draft.url);
    if (parsed.ok) url = parsed.url;
    else problems.push({ field: 'url', code: parsed.reason === 'scheme' ? 'url-scheme' : 'url-invalid' });
  }

  const published = draft.published.trim();
  if (published !== '' && !isIsoDate(published)) problems.push({ field: 'published', code: 'published-invalid' });

  const lang = (ARTICLE_LANGUAGES as readonly string[]).includes(draft.lang) ? (draft.lang as ArticleLanguage) : null;
  if (!lang) problems.push({ field: 'lang', code: 'lang-unknown' });

  if (problems.length > 0 || !lang) return { ok: false, problems };
  return {
    ok: true,
    value: { text, title, lang, ...(url ? { url } : {}), ...(published ? { published } : {}) },
  };
}
