import type { JSONContent } from '@tiptap/core';
import { paragraphsOf } from '../domain/article.ts';
import { PARAGRAPHS_PER_BLOCK } from '../domain/offsets.ts';

/**
 * The ProseMirror document of an article: one paragraph per line of the
 * canonical text, in blocks of PARAGRAPHS_PER_BLOCK lines, nothing else, so
 * positions map to text offsets by arithmetic (see `textOffsetToDocPos` in
 * domain/offsets.ts). Empty lines become empty paragraphs and keep their place.
 */
export function articleDocument(text: string): JSONContent {
  const paragraphs: JSONContent[] = paragraphsOf(text).map((paragraph) =>
    paragraph.text.length > 0 ? { type: 'paragraph', content: [{ type: 'text', text: paragraph.text }] } : { type: 'paragraph' },
  );
  const blocks: JSONContent[] = [];
  for (let i = 0; i < paragraphs.length; i += PARAGRAPHS_PER_BLOCK) {
    blocks.push({ type: 'paragraphBlock', content: paragraphs.slice(i, i + PARAGRAPHS_PER_BLOCK) });
  }
  return { type: 'doc', content: blocks };
}
