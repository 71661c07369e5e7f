import type { JSONContent } from '@tiptap/core';
import { paragraphsOf } from '../domain/article.ts';

/**
 * The ProseMirror document of an article: one paragraph per line of the
 * canonical text, nothing else, so positions map to text offsets by
 * arithmetic (see `textOffsetToDocPos` in domain/offsets.ts). Empty lines
 * become empty paragraphs and keep their place.
 */
export function articleDocument(text: string): JSONContent {
  return {
    type: 'doc',
    content: paragraphsOf(text).map((paragraph) =>
      paragraph.text.length > 0
        ? { type: 'paragraph', content: [{ type: 'text', text: paragraph.text }] }
        : { type: 'paragraph' },
    ),
  };
}
