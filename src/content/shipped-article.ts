import text from '../../data/articles/nvidia-deepseek-2025-01-27.ja.txt?raw';
import meta from '../../data/articles/nvidia-deepseek-2025-01-27.meta.json';
import type { Article } from '../domain/article.ts';
import { contentHashOf } from '../domain/content-hash.ts';

/** The article the app ships and opens on first start. */
export const SHIPPED_ARTICLE_ID = meta.id;

/**
 * Builds the shipped article record. The text is kept exactly as shipped (it
 * has LF line breaks already); the hash is computed, not stored, so it can
 * never disagree with the text.
 */
export async function loadShippedArticle(now: string): Promise<Article> {
  return {
    id: meta.id,
    title: meta.title,
    lang: meta.lang === 'en' ? 'en' : 'ja',
    text,
    contentHash: await contentHashOf(text),
    publisher: meta.publisher,
    published: meta.published,
    headerImage: meta.headerImage,
    addedAt: now,
  };
}

/** The shipped text itself, for paint-before-database rendering. */
export const SHIPPED_ARTICLE_TEXT = text;
export const SHIPPED_ARTICLE_TITLE = meta.title;
