import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ARTICLE_NODES } from '../../../src/editor/article-schema.ts';
import { articleDocument } from '../../../src/editor/article-document.ts';
import { docContentSize, docPosToTextOffset, PARAGRAPHS_PER_BLOCK, paragraphStartsOf, textOffsetToDocPos } from '../../../src/domain/offsets.ts';

const schema = getSchema(ARTICLE_NODES);

describe('articleDocument', () => {
  it('is a valid document whose positions are the ones domain/offsets.ts computes, over several blocks', () => {
    // Lines of different lengths, empty ones and astral characters included, over three blocks.
    const lines = Array.from({ length: PARAGRAPHS_PER_BLOCK * 2 + 5 }, (_, i) => (i % 7 === 3 ? '' : `行${i}𠮷`.repeat((i % 3) + 1)));
    const text = lines.join('\n');
    const doc = ProseMirrorNode.fromJSON(schema, articleDocument(text));
    doc.check();
    expect(doc.childCount).toBe(3);
    expect(doc.child(0).childCount).toBe(PARAGRAPHS_PER_BLOCK);
    const starts = paragraphStartsOf(text);
    expect(doc.content.size).toBe(docContentSize(starts, text.length));
    for (let offset = 0; offset < text.length; offset++) {
      const pos = textOffsetToDocPos(starts, offset);
      if (text[offset] === '\n') {
        // A line break maps to the end of its paragraph's content.
        expect(doc.resolve(pos).parentOffset).toBe(doc.resolve(pos).parent.content.size);
      } else {
        expect(doc.textBetween(pos, pos + 1)).toBe(text[offset]);
      }
      expect(docPosToTextOffset(starts, pos, text.length)).toBe(offset);
    }
  });
});
