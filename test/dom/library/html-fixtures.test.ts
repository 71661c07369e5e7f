import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToText } from '../../../src/content/html-to-text.ts';
import { normalizeArticleText } from '../../../src/domain/article-input/normalize-article-text.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/articles');

describe('htmlToText on a news page (golden file)', () => {
  it('gives the text a reader sees: paragraphs as lines, no furigana, scripts, styles, hidden ads or attributes', () => {
    const html = readFileSync(join(FIXTURES, 'news-page.ja.html'), 'utf8');
    const expected = readFileSync(join(FIXTURES, 'news-page.ja.expected.txt'), 'utf8');
    const { text, title } = htmlToText(html);
    // Navigation and footer text stay: the user trims them in the text box before adding.
    expect(normalizeArticleText(text)).toBe(normalizeArticleText(expected));
    expect(title).toBe('半導体株が下落 — サンプル新聞');
    expect(document.documentElement.outerHTML).not.toContain('書き込まれた段落');
  });
});
