import type { Article } from '../article.ts';
import { contentHashOf } from '../content-hash.ts';
import type { Clock } from '../ids.ts';
import type { ValidArticleInput } from './validate-article-input.ts';

/**
 * Makes the stored record of a new article from a checked draft: a fresh id
 * and `addedAt` from `clock`, and the content hash of the (already canonical)
 * text. Optional fields are left out when absent rather than stored empty.
 */
export async function buildArticle(input: ValidArticleInput, clock: Clock): Promise<Article> {
  return {
    id: clock.newId(),
    title: input.title,
    lang: input.lang,
    text: input.text,
    contentHash: await contentHashOf(input.text),
    ...(input.url ? { url: input.url } : {}),
    ...(input.published ? { published: input.published } : {}),
    addedAt: clock.now(),
  };
}
