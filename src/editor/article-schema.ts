import Document from '@tiptap/extension-document';
import Text from '@tiptap/extension-text';
import { ArticleParagraph } from './article-paragraph.ts';

/**
 * The nodes an article document is made of: a doc of paragraphs of plain
 * text, nothing else (no marks, no lists, no links), which is what makes
 * positions map to text offsets by arithmetic.
 */
export const ARTICLE_NODES = [Document, ArticleParagraph, Text];
