import Paragraph from '@tiptap/extension-paragraph';

/**
 * A paragraph whose text sits in an inner span: `<p><span>…</span></p>`.
 * The extra box is what lets the paragraph lay its text and its aligned
 * translation (a CSS ::after, see styles.css) side by side as two grid
 * columns; without it every highlight span would become a grid cell.
 */
export const ArticleParagraph = Paragraph.extend({
  renderHTML({ HTMLAttributes }) {
    return ['p', HTMLAttributes, ['span', { class: 'paragraph__text' }, 0]];
  },
});
