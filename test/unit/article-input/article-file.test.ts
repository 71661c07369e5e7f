import { describe, expect, it } from 'vitest';
import { articleFileKind, MAX_HTML_FILE_BYTES, MAX_TEXT_FILE_BYTES, maxFileBytes, suggestTitle } from '../../../src/domain/article-input/article-file.ts';
import { MAX_ARTICLE_LENGTH } from '../../../src/domain/article-input/validate-article-input.ts';

describe('articleFileKind', () => {
  it.each([
    ['article.txt', '', 'text'],
    ['ARTICLE.TXT', '', 'text'],
    ['notes.md', '', 'markdown'],
    ['notes.markdown', 'application/octet-stream', 'markdown'],
    ['page.html', '', 'html'],
    ['page.htm', '', 'html'],
    ['dropped', 'text/html; charset=utf-8', 'html'],
    ['dropped', 'text/plain', 'text'],
    ['report.pdf', 'application/pdf', null],
    ['photo.jpg', 'image/jpeg', null],
    ['archive.txt.zip', '', null],
    ['no-extension', '', null],
  ] as const)('%s (%s) is %s', (name, type, expected) => {
    expect(articleFileKind(name, type)).toBe(expected);
  });

  it('refuses by size only what is surely too long: text files at 3 bytes per code unit, HTML more loosely', () => {
    expect(maxFileBytes('text')).toBe(MAX_TEXT_FILE_BYTES);
    expect(maxFileBytes('markdown')).toBe(MAX_TEXT_FILE_BYTES);
    expect(maxFileBytes('html')).toBe(MAX_HTML_FILE_BYTES);
    // The worst case that still fits: MAX_ARTICLE_LENGTH three-byte characters after a BOM.
    const worstFitting = new TextEncoder().encode(`\ufeff${'あ'.repeat(MAX_ARTICLE_LENGTH)}`).length;
    expect(worstFitting).toBeLessThanOrEqual(MAX_TEXT_FILE_BYTES);
  });
});

describe('suggestTitle', () => {
  it('takes the first non-blank line, without Markdown heading marks', () => {
    expect(suggestTitle('\r\n  \n# NVIDIA falls 11%  \nbody')).toBe('NVIDIA falls 11%');
    expect(suggestTitle('本日、NVIDIAが\r次の行')).toBe('本日、NVIDIAが');
    expect(suggestTitle('#hashtag is not a heading')).toBe('#hashtag is not a heading');
  });

  it('falls back on the file name without its extension, else nothing', () => {
    expect(suggestTitle(' \n ', 'nvidia-deepseek.ja.txt')).toBe('nvidia-deepseek.ja');
    expect(suggestTitle('')).toBe('');
  });

  it('cuts at 120 code points without splitting 𠮷', () => {
    const title = suggestTitle(`${'a'.repeat(119)}𠮷𠮷𠮷`);
    expect(title).toBe(`${'a'.repeat(119)}𠮷`);
    expect([...suggestTitle('𠮷'.repeat(300))]).toHaveLength(120);
  });
});
