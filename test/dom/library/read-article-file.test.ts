import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../src/content/read-article-file.ts';
import { decodeTextFile } from '../../../src/content/decode-text-file.ts';
import { MAX_TEXT_FILE_BYTES } from '../../../src/domain/article-input/article-file.ts';

const file = (parts: BlobPart[], name: string, type = '') => new File(parts, name, { type });

describe('decodeTextFile', () => {
  it('reads UTF-8 and drops a byte order mark', () => {
    expect(decodeTextFile(new TextEncoder().encode('\ufeff𠮷 か\u3099\r\n'))).toEqual({ ok: true, text: '𠮷 か\u3099\r\n' });
  });

  it('refuses bytes with NUL as binary, and invalid UTF-8 (Shift_JIS 「日本」) as not UTF-8', () => {
    expect(decodeTextFile(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeTextFile(new Uint8Array([0x61, 0x00, 0x62, 0x00]))).toEqual({ ok: false, reason: 'binary' });
    expect(decodeTextFile(new Uint8Array([0x93, 0xfa, 0x96, 0x7b]))).toEqual({ ok: false, reason: 'not-utf8' });
    expect(decodeTextFile(new Uint8Array([0xe6, 0x97]))).toEqual({ ok: false, reason: 'not-utf8' });
  });
});

describe('readArticleFile', () => {
  it('opens a .txt file as it is, titled by its first line', async () => {
    expect(await readArticleFile(file(['\r\nNVIDIA falls\r\nbody'], 'a.txt'))).toEqual({ ok: true, kind: 'text', text: '\r\nNVIDIA falls\r\nbody', title: 'NVIDIA falls' });
  });

  it('takes Markdown as text, stripping nothing', async () => {
    const md = '# 見出し\n\n**太字**と[リンク](https://example.com)\n';
    expect(await readArticleFile(file([md], 'note.md'))).toEqual({ ok: true, kind: 'markdown', text: md, title: '見出し' });
  });

  it('reduces HTML to text and takes its title', async () => {
    const html = "<title>記事</title><p>一段落目</p><script>document.documentElement.setAttribute('data-ran', '1')</script><p>二段落目</p>";
    expect(await readArticleFile(file([html], 'page.html', 'text/html'))).toEqual({ ok: true, kind: 'html', text: '一段落目\n二段落目', title: '記事' });
    expect(document.documentElement.hasAttribute('data-ran')).toBe(false);
  });

  it('refuses other kinds of file, binary files and non-UTF-8 files, naming the file', async () => {
    expect(await readArticleFile(file(['%PDF-1.7'], 'report.pdf', 'application/pdf'))).toEqual({ ok: false, problem: { code: 'file-type', name: 'report.pdf' } });
    expect(await readArticleFile(file([new Uint8Array([0x41, 0x00, 0x42])], 'image.txt'))).toEqual({ ok: false, problem: { code: 'file-binary', name: 'image.txt' } });
    expect(await readArticleFile(file([new Uint8Array([0x93, 0xfa, 0x96, 0x7b])], 'sjis.txt'))).toEqual({ ok: false, problem: { code: 'file-not-utf8', name: 'sjis.txt' } });
  });

  it('refuses a text file that is surely too long by its size, before reading it', async () => {
    const big = file([new Uint8Array(MAX_TEXT_FILE_BYTES + 1).fill(0x61)], 'big.txt');
    let read = false;
    Object.defineProperty(big, 'arrayBuffer', { value: () => ((read = true), Promise.reject(new Error('should not be read'))) });
    expect(await readArticleFile(big)).toEqual({ ok: false, problem: { code: 'file-too-large', name: 'big.txt', limitBytes: MAX_TEXT_FILE_BYTES } });
    expect(read).toBe(false);
  });

  it('reports a file that cannot be read', async () => {
    const broken = file(['x'], 'gone.txt');
    Object.defineProperty(broken, 'arrayBuffer', { value: () => Promise.reject(new Error('NotReadableError')) });
    expect(await readArticleFile(broken)).toEqual({ ok: false, problem: { code: 'file-unreadable', name: 'gone.txt', error: 'NotReadableError' } });
  });
});
