import { MAX_ARTICLE_LENGTH } from './validate-article-input.ts';

/** The kinds of file an article can be opened from. */
export type ArticleFileKind = 'text' | 'markdown' | 'html';

/** Why a file could not be opened; `code` keys the message (`library.problems.<code>`). */
export type ArticleFileProblem =
  | { code: 'file-type'; name: string }
  | { code: 'file-too-large'; name: string; limitBytes: number }
  | { code: 'file-binary'; name: string }
  | { code: 'file-not-utf8'; name: string }
  | { code: 'file-unreadable'; name: string; error: string };

const KIND_BY_EXTENSION: Readonly<Record<string, ArticleFileKind>> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  htm: 'html',
  html: 'html',
  xhtml: 'html',
};

const KIND_BY_MIME: Readonly<Record<string, ArticleFileKind>> = {
  'text/plain': 'text',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

/**
 * What kind of article file `name` is, by its extension (case-insensitive),
 * else by its MIME `type` (a drag from another app may carry no useful name).
 *
 * @return null for anything else (PDF, Word, images ...), which is refused.
 */
export function articleFileKind(name: string, type: string): ArticleFileKind | null {
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
  return KIND_BY_EXTENSION[extension] ?? KIND_BY_MIME[type.split(';')[0]?.trim().toLowerCase() ?? ''] ?? null;
}

/**
 * The largest plain-text or Markdown file worth reading, in bytes. UTF-8
 * spends at most three bytes per UTF-16 code unit (a four-byte sequence is
 * two units), plus three for a byte order mark, so a bigger file is surely
 * over `MAX_ARTICLE_LENGTH` and is refused before it is read.
 */
export const MAX_TEXT_FILE_BYTES = 3 * MAX_ARTICLE_LENGTH + 3;

/**
 * The largest HTML file read, in bytes. Markup can outweigh the text many
 * times over, so this is looser than for text; the extracted text must then
 * still fit `MAX_ARTICLE_LENGTH`. Parsing more would hold the page too long.
 */
export const MAX_HTML_FILE_BYTES = 10 * 1024 * 1024;

/** The size limit for a file of `kind`, in bytes. */
export function maxFileBytes(kind: ArticleFileKind): number {
  return kind === 'html' ? MAX_HTML_FILE_BYTES : MAX_TEXT_FILE_BYTES;
}

/** Titles suggested from text are cut to this many code points. */
const SUGGESTED_TITLE_LENGTH = 120;

/**
 * A title to prefill the form with: the first non-blank line of `text`
 * (without Markdown's leading `#` marks), else the file name without its
 * extension, else ''. At most `SUGGESTED_TITLE_LENGTH` code points, never
 * splitting a surrogate pair. Only reads the text up to its first non-blank line.
 */
export function suggestTitle(text: string, fileName?: string): string {
  const lineBreak = /\r\n?|\n/g;
  let start = 0;
  while (start < text.length) {
    lineBreak.lastIndex = start;
    const found = lineBreak.exec(text);
    const end = found ? found.index : text.length;
    const line = text.slice(start, end).replace(/^\s*#{1,6}\s+/, '').trim();
    if (line !== '') return [...line.slice(0, SUGGESTED_TITLE_LENGTH * 2)].slice(0, SUGGESTED_TITLE_LENGTH).join('');
    start = found ? lineBreak.lastIndex : text.length;
  }
  if (fileName) return fileName.replace(/\.[^.]*$/, '').trim();
  return '';
}
