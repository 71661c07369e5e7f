import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeLineBreaks } from '../../../src/text/normalize.ts';

describe('normalizeLineBreaks', () => {
  it.each([
    ['a\r\nb', 'a\nb'],
    ['a\rb', 'a\nb'],
    ['a\r\r\nb', 'a\n\nb'],
    ['a\n\rb', 'a\n\nb'],
    ['\r\n\r\n', '\n\n'],
    ['本日、\r\n１２３𠮷\r', '本日、\n１２３𠮷\n'],
    ['か\u3099\u2028x', 'か\u3099\u2028x'],
  ])('%j becomes %j', (input, expected) => {
    expect(normalizeLineBreaks(input)).toBe(expected);
  });

  it('leaves no CR, keeps every other character, and is idempotent', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '\r', '\n', '\r\n', '𠮷', 'か\u3099', '１')).map((p) => p.join('')), (text) => {
        const once = normalizeLineBreaks(text);
        expect(once).not.toContain('\r');
        expect(normalizeLineBreaks(once)).toBe(once);
        expect(once.replace(/\n/g, '')).toBe(text.replace(/[\r\n]/g, ''));
      }),
      { seed: 1 },
    );
  });
});
