import { describe, expect, it } from 'vitest';
import { parseSafeUrl } from '../../../src/domain/safe-url.ts';

describe('parseSafeUrl', () => {
  it.each([
    ['https://www.nikkei.com/article/DGXZQO123/', 'https://www.nikkei.com/article/DGXZQO123/'],
    ['http://example.com', 'http://example.com/'],
    ['  https://example.com/a b \n', 'https://example.com/a%20b'],
    ['\u3000https://example.com/\u3000', 'https://example.com/'],
    ['HTTPS://EXAMPLE.COM/Path', 'https://example.com/Path'],
    ['https://日本.jp/記事', 'https://xn--wgv71a.jp/%E8%A8%98%E4%BA%8B'],
    ['https://web.archive.org/web/2025/https://example.com/', 'https://web.archive.org/web/2025/https://example.com/'],
  ])('accepts %j as %j', (input, url) => {
    expect(parseSafeUrl(input)).toEqual({ ok: true, url });
  });

  it.each([
    ['javascript:alert(1)'],
    ['JaVaScRiPt:alert(1)'],
    ['\x01javascript:alert(1)'],
    ['\x00 javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['java\nscript:alert(1)'],
    [' \x1fjavascript:alert(document.domain)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['blob:https://example.com/550e8400-e29b-41d4-a716-446655440000'],
    ['ftp://example.com/file'],
    ['mailto:someone@example.com'],
  ])('refuses the scheme of %j', (input) => {
    expect(parseSafeUrl(input)).toEqual({ ok: false, reason: 'scheme' });
  });

  it.each([
    ['example.com'],
    ['/relative/path'],
    ['//example.com/protocol-relative'],
    ['https://'],
    ['http://exa mple.com'],
    ['jav&#x09;ascript:alert(1)'],
    [42],
  ])('refuses %j as invalid', (input) => {
    expect(parseSafeUrl(input)).toEqual({ ok: false, reason: 'invalid' });
  });

  it.each([[''], ['   '], ['\n\t'], [null], [undefined]])('refuses %j as empty', (input) => {
    expect(parseSafeUrl(input)).toEqual({ ok: false, reason: 'empty' });
  });
});
