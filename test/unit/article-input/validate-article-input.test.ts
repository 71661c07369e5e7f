import { describe, expect, it } from 'vitest';
import {
  isIsoDate,
  lengthProblem,
  MAX_ARTICLE_LENGTH,
  MAX_TITLE_LENGTH,
  validateArticleInput,
  type ArticleDraft,
} from '../../../src/domain/article-input/validate-article-input.ts';
import { buildArticle } from '../../../src/domain/article-input/build-article.ts';
import { contentHashOf } from '../../../src/domain/content-hash.ts';

const draft = (change: Partial<ArticleDraft> = {}): ArticleDraft => ({
  text: 'Nvidia shares fell.\r\n\r\n\r\nMicrosoft fell too.  \r\n',
  title: '  Nvidia falls  ',
  url: '',
  published: '',
  lang: 'en',
  ...change,
});

describe('validateArticleInput', () => {
  it('accepts a draft, normalizes the text, trims the title and leaves blank optional fields out', () => {
    expect(validateArticleInput(draft())).toEqual({
      ok: true,
      value: { text: 'Nvidia shares fell.\n\nMicrosoft fell too.', title: 'Nvidia falls', lang: 'en' },
    });
  });

  it('keeps a valid URL in its normalized form and a real date', () => {
    const result = validateArticleInput(draft({ url: ' HTTPS://Example.COM/a b ', published: '2024-02-29' }));
    expect(result).toMatchObject({ ok: true, value: { url: 'https://example.com/a%20b', published: '2024-02-29' } });
  });

  it('refuses an empty article, also one of only white space and line breaks', () => {
    for (const text of ['', ' \r\n\t\u3000\n']) {
      expect(validateArticleInput(draft({ text }))).toEqual({ ok: false, problems: [{ field: 'text', code: 'text-empty' }] });
    }
  });

  it('lists every problem, in form order', () => {
    const result = validateArticleInput(draft({ text: '', title: ' ', url: 'javascript:alert(1)', published: '2025-02-29', lang: 'fr' }));
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'text', code: 'text-empty' },
        { field: 'title', code: 'title-empty' },
        { field: 'url', code: 'url-scheme' },
        { field: 'published', code: 'published-invalid' },
        { field: 'lang', code: 'lang-unknown' },
      ],
    });
  });

  it('refuses a URL that is not absolute http(s)', () => {
    expect(validateArticleInput(draft({ url: 'example.com/news' }))).toMatchObject({ ok: false, problems: [{ code: 'url-invalid' }] });
    expect(validateArticleInput(draft({ url: ' \x01JaVaScRiPt:alert(1)' }))).toMatchObject({ ok: false, problems: [{ code: 'url-scheme' }] });
    expect(validateArticleInput(draft({ url: 'file:///etc/passwd' }))).toMatchObject({ ok: false, problems: [{ code: 'url-scheme' }] });
  });

  it('refuses a title longer than the limit', () => {
    expect(validateArticleInput(draft({ title: 'x'.repeat(MAX_TITLE_LENGTH) })).ok).toBe(true);
    expect(validateArticleInput(draft({ title: 'x'.repeat(MAX_TITLE_LENGTH + 1) }))).toMatchObject({ ok: false, problems: [{ code: 'title-too-long', limit: MAX_TITLE_LENGTH }] });
  });

  it('accepts exactly the limit and refuses one more code unit, saying the limit and the length', () => {
    expect(validateArticleInput(draft({ text: 'a'.repeat(MAX_ARTICLE_LENGTH) })).ok).toBe(true);
    expect(validateArticleInput(draft({ text: `${'a'.repeat(MAX_ARTICLE_LENGTH - 1)}𠮷` }))).toEqual({
      ok: false,
      problems: [{ field: 'text', code: 'text-too-long', limit: MAX_ARTICLE_LENGTH, length: MAX_ARTICLE_LENGTH + 1 }],
    });
  });

  it('refuses a 5 MB paste at once, on its length, without normalizing it', () => {
    const huge = 'あ \r\n'.repeat(1_250_000);
    expect(lengthProblem(huge.length)).toEqual({ field: 'text', code: 'text-too-long', limit: MAX_ARTICLE_LENGTH, length: 5_000_000 });
    const result = validateArticleInput(draft({ text: huge }));
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'text-too-long', length: 5_000_000 }] });
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2025-01-27', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-1-27', false],
    ['27/01/2025', false],
    ['２０２５-01-27', false],
    ['2025-01-27T00:00', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('buildArticle', () => {
  it('takes the id and time from the clock and hashes the canonical text', async () => {
    const checked = validateArticleInput(draft({ published: '2025-01-27', url: 'https://example.com/' }));
    if (!checked.ok) throw new Error('draft should be valid');
    const clock = { now: () => '2026-11-29T10:00:00.000Z', newId: () => 'article-1' };
    const article = await buildArticle(checked.value, clock);
    expect(article).toEqual({
      id: 'article-1',
      title: 'Nvidia falls',
      lang: 'en',
      text: 'Nvidia shares fell.\n\nMicrosoft fell too.',
      contentHash: await contentHashOf('Nvidia shares fell.\n\nMicrosoft fell too.'),
      url: 'https://example.com/',
      published: '2025-01-27',
      addedAt: '2026-11-29T10:00:00.000Z',
    });
    expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('stores no empty optional fields', async () => {
    const checked = validateArticleInput(draft());
    if (!checked.ok) throw new Error('draft should be valid');
    const article = await buildArticle(checked.value, { now: () => 't', newId: () => 'id' });
    expect(Object.keys(article).sort()).toEqual(['addedAt', 'contentHash', 'id', 'lang', 'text', 'title']);
  });
});
