import { Node } from '@tiptap/core';

/**
 * A block of consecutive paragraphs (PARAGRAPHS_PER_BLOCK of them, see
 * domain/offsets.ts), drawn as `<div class="paragraph-block">`. It exists
 * for the browser: page.css lets it skip the layout and paint of blocks off
 * screen (`content-visibility: auto`), which costs per element in every
 * frame, so 1,200 lines cost what 40 blocks do, not what 1,200 paragraphs did.
 */
export const ArticleBlock = Node.create({
  name: 'paragraphBlock',
  content: 'paragraph+',
  renderHTML() {
    return ['div', { class: 'paragraph-block' }, 0];
  },
  parseHTML() {
    return [{ tag: 'div.paragraph-block' }];
  },
});
