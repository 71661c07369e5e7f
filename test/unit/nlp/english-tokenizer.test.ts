import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenAt, type Token, type TokenTable } from '../../../src/domain/token.ts';
import { ENGLISH_POS, tokenizeEnglish } from '../../../src/nlp/english-tokenizer.ts';
import { isTokenTable } from '../../../src/nlp/protocol.ts';

const FAMILY = '👨‍👩‍👧';

function tokens(text: string): Token[] {
  const table = tokenizeEnglish(text);
  return Array.from({ length: table.count }, (_, i) => tokenAt(table, text, i));
}

function graphemeBoundaries(text: string): Set<number> {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  return new Set([...[...segmenter.segment(text)].map((s) => s.index), text.length]);
}

/** Tokens sorted and disjoint, on grapheme boundaries, and only whitespace outside them. */
function expectWellFormed(text: string, table: TokenTable): void {
  expect(isTokenTable(table)).toBe(true);
  const boundaries = graphemeBoundaries(text);
  let outside = '';
  let cursor = 0;
  for (let i = 0; i < table.count; i++) {
    expect(boundaries.has(table.start[i]!)).toBe(true);
    expect(boundaries.has(table.end[i]!)).toBe(true);
    outside += text.slice(cursor, table.start[i]);
    cursor = table.end[i]!;
  }
  outside += text.slice(cursor);
  expect(outside).toMatch(/^\s*$/u);
}

describe('tokenizeEnglish', () => {
  it('splits words and punctuation, leaves out whitespace, and tags them', () => {
    expect(tokens("NVIDIA fell 11%; Microsoft's shares, too.").map((t) => [t.surface, t.pos])).toEqual([
      ['NVIDIA', 'word'],
      ['fell', 'word'],
      ['11', 'number'],
      ['%', 'punctuation'],
      [';', 'punctuation'],
      ["Microsoft's", 'word'],
      ['shares', 'word'],
      [',', 'punctuation'],
      ['too', 'word'],
      ['.', 'punctuation'],
    ]);
  });

  it('gives UTF-16 offsets, lower-cased base forms, empty readings and no details', () => {
    const [first, second] = tokens('  Hello World');
    expect(first).toMatchObject({ start: 2, end: 7, surface: 'Hello', baseForm: 'hello', reading: '', posDetail: '*', conjugation: '*' });
    expect(second).toMatchObject({ start: 8, end: 13, baseForm: 'world' });
  });

  it('keeps decimals, thousands and full-width digits as single numbers', () => {
    expect(tokens('3.14 1,000 １２３').map((t) => [t.surface, t.pos])).toEqual([
      ['3.14', 'number'],
      ['1,000', 'number'],
      ['１２３', 'number'],
    ]);
  });

  it('tags symbols that are not punctuation, such as $ and emoji, as symbols', () => {
    expect(tokens(`$5 ${FAMILY}!`).map((t) => [t.surface, t.pos])).toEqual([
      ['$', ENGLISH_POS.symbol],
      ['5', ENGLISH_POS.number],
      [FAMILY, ENGLISH_POS.symbol],
      ['!', ENGLISH_POS.punctuation],
    ]);
  });

  it('counts astral characters as two units and never splits a ZWJ sequence or combining mark', () => {
    const text = `𠮷 is ${FAMILY} and か\u3099.`;
    const list = tokens(text);
    expect(list[0]).toMatchObject({ surface: '𠮷', start: 0, end: 2 });
    expect(list.find((t) => t.surface === FAMILY)).toMatchObject({ start: 6, end: 6 + FAMILY.length });
    expect(list.some((t) => t.surface.startsWith('\u3099'))).toBe(false);
    expectWellFormed(text, tokenizeEnglish(text));
  });

  it('makes no token of CRLF line breaks', () => {
    const text = 'one.\r\ntwo\r\n';
    expect(tokens(text).map((t) => [t.surface, t.start])).toEqual([
      ['one', 0],
      ['.', 3],
      ['two', 6],
    ]);
  });

  it('returns an empty table for empty or blank text', () => {
    expect(tokenizeEnglish('').count).toBe(0);
    expect(tokenizeEnglish(' \r\n\t').count).toBe(0);
  });

  it('is well formed on random mixed text (property, pinned seed)', () => {
    const pieces = ['word', 'Word', "don't", ' ', '  ', '\r\n', '.', ',', '3.5', '１２', '𠮷', FAMILY, 'か\u3099', '—', '"', '$', 'e\u0301', '\u3000'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expectWellFormed(text, tokenizeEnglish(text));
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
