import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeArticleText } from '../../../src/domain/article-input/normalize-article-text.ts';

/** Everything the normalization may remove: line breaks and the trailing white space it trims. */
const REMOVABLE = /[\r\n\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;

describe('normalizeArticleText', () => {
  it.each([
    ['CRLF and lone CR become LF', 'a\r\nb\rc', 'a\nb\nc'],
    ['a CRLF mix with CR before LF', 'a\r\r\nb\n\rc', 'a\n\nb\n\nc'],
    ['trailing spaces, tabs and ideographic spaces go', 'a \t\u3000\nb\u00a0 \r\nc  ', 'a\nb\nc'],
    ['leading indentation stays', '\u3000本日、\n  indented', '\u3000本日、\n  indented'],
    ['one empty line between paragraphs stays', 'a\n\nb', 'a\n\nb'],
    ['two or more empty lines become one', 'a\n\n\nb\n\n\n\n\nc', 'a\n\nb\n\nc'],
    ['blank lines of spaces count as empty', 'a\n  \n\t\n \u3000 \nb', 'a\n\nb'],
    ['leading and trailing blank lines go', '\r\n \n\na\nb\n\n \r\n', 'a\nb'],
    ['only white space becomes empty', ' \r\n\t\n\u3000 ', ''],
    ['𠮷 and emoji at line ends are kept whole', '𠮷 \r\n👨‍👩‍👧\t\r\nか\u3099 ', '𠮷\n👨‍👩‍👧\nか\u3099'],
    ['a ZWJ or variation selector at a line end is not white space', 'a\u200d\nb\ufe0f', 'a\u200d\nb\ufe0f'],
    ['full-width digits and U+2028 are untouched', '１２３\u2028x', '１２３\u2028x'],
  ])('%s', (_name, input, expected) => {
    expect(normalizeArticleText(input)).toBe(expected);
  });

  it('keeps every other character in order, leaves no CR, no trailing space, no run of empty lines; idempotent', () => {
    const piece = fc.constantFrom('a', '本', '𠮷', '👨‍👩‍👧', 'か\u3099', '１', ' ', '\t', '\u3000', '\r', '\n', '\r\n', '\u200d');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        const out = normalizeArticleText(text);
        expect(out).not.toContain('\r');
        expect(out).not.toMatch(/[ \t\u3000]\n|[ \t\u3000]$/);
        expect(out).not.toContain('\n\n\n');
        expect(out.startsWith('\n') || out.endsWith('\n')).toBe(false);
        expect(out.replace(REMOVABLE, '')).toBe(text.replace(REMOVABLE, ''));
        expect(normalizeArticleText(out)).toBe(out);
      }),
      { seed: 20261129, numRuns: 500 },
    );
  });

  it('keeps UTF-16 offsets inside a line: what it removes is only at line ends and between lines', () => {
    const line = '本日、NVIDIAは𠮷👨‍👩‍👧か\u3099１２３';
    const out = normalizeArticleText(`\r\n\r\n${line}  \r\n\r\n\r\n${line}\r\n`);
    expect(out).toBe(`${line}\n\n${line}`);
    expect(out.indexOf(line, 1)).toBe(line.length + 2);
  });

  it('is linear on pathological input (a million spaces, a million line breaks)', () => {
    expect(normalizeArticleText(`${' '.repeat(1_000_000)}x`)).toBe(`${' '.repeat(1_000_000)}x`);
    expect(normalizeArticleText(`a${'\r\n'.repeat(500_000)}b`)).toBe('a\n\nb');
  });
});
