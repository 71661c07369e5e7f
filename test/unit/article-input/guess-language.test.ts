import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countLetters, guessLanguage, LANGUAGE_SAMPLE_LENGTH } from '../../../src/domain/article-input/guess-language.ts';

const SHIPPED = readFileSync(join(import.meta.dirname, '../../../data/articles/nvidia-deepseek-2025-01-27.ja.txt'), 'utf8');

describe('guessLanguage', () => {
  it('calls the shipped Japanese article Japanese, although it is full of English names', () => {
    const counts = countLetters(SHIPPED);
    expect(counts.latin).toBeGreaterThan(100);
    expect(guessLanguage(SHIPPED)).toBe('ja');
  });

  it('calls English prose English, also when it quotes a Japanese word or two', () => {
    expect(guessLanguage('Nvidia shares fell 11% in premarket trading on Monday.')).toBe('en');
    expect(guessLanguage('The word 主張 means a claim; the app is named after it.')).toBe('en');
  });

  it.each([
    ['ひらがなだけ', 'ja'],
    ['カタカナダケ', 'ja'],
    ['ｶﾀｶﾅ', 'ja'],
    ['漢字', 'ja'],
    ['𠮷野家', 'ja'],
    ['か\u3099', 'ja'],
    ['Café déjà vu', 'en'],
  ] as const)('%j is %s', (text, expected) => {
    expect(guessLanguage(text)).toBe(expected);
  });

  it('counts 𠮷 (outside the BMP) as one Japanese letter, and emoji, digits and full-width Latin as nothing', () => {
    expect(countLetters('𠮷')).toEqual({ japanese: 1, latin: 0 });
    expect(countLetters('👨‍👩‍👧 １２３ 123 ＮＶＩＤＩＡ 。、「」')).toEqual({ japanese: 0, latin: 0 });
  });

  it('has no opinion on text without letters', () => {
    for (const text of ['', '   \r\n', '１２３', '👨‍👩‍👧', '2025-01-27 11%']) expect(guessLanguage(text)).toBeNull();
  });

  it('decides at the threshold: 3 Japanese letters of 10 is Japanese, 2 of 10 is not', () => {
    expect(guessLanguage('日本語abcdefg')).toBe('ja');
    expect(guessLanguage('日本abcdefgh')).toBe('en');
  });

  it('reads only the opening of a long text, so it stays fast on a million characters', () => {
    const text = 'a'.repeat(LANGUAGE_SAMPLE_LENGTH) + 'あ'.repeat(980_000);
    expect(guessLanguage(text)).toBe('en');
  });
});
