import Document from '@tiptap/extension-document';
import Text from '@tiptap/extension-text';
import { ArticleBlock } from './article-block.ts';
import { ArticleParagraph } from './article-paragraph.ts';

/**
 * The nodes an article document is made of: a doc of blocks of paragraphs of
 * plain text, nothing else (no marks, no lists, no links), which is what
 * makes positions map to text offsets by arithmetic (domain/offsets.ts).
 */
export const ARTICLE_NODES = [Document.extend({ content: 'paragraphBlock+' }), ArticleBlock, ArticleParagraph, Text];
