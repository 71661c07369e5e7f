import { describe, expect, it } from 'vitest';
import { describeWord, furiganaFor, hasKanji } from '../../../src/domain/word-info.ts';
import type { Token } from '../../../src/domain/token.ts';

function token(partial: Partial<Token>): Token {
  return { index: 0, start: 0, end: 1, surface: '', pos: '名詞', posDetail: '*', baseForm: '*', reading: '', conjugation: '*', ...partial };
}

describe('word information', () => {
  it('gives reading in hiragana and romaji, and the part of speech in both languages', () => {
    const info = describeWord(token({ surface: '株価', reading: 'カブカ', pos: '名詞', posDetail: '一般', baseForm: '株価' }));
    expect(info).toEqual({ surface: '株価', reading: 'かぶか', romaji: 'kabuka', baseForm: '株価', posJa: '名詞・一般', posEn: 'noun, general' });
  });

  it('shows the dictionary form of a conjugated verb', () => {
    const info = describeWord(token({ surface: '下落し', reading: 'ゲラクシ', pos: '動詞', posDetail: '自立', baseForm: '下落する' }));
    expect(info.baseForm).toBe('下落する');
    expect(info.posEn).toBe('verb, independent');
  });

  it('keeps unknown tags as they are and English tags in English', () => {
    expect(describeWord(token({ surface: 'Fed', pos: 'word', baseForm: 'fed' })).posEn).toBe('word');
    expect(describeWord(token({ surface: 'x', pos: '未知' })).posEn).toBe('未知');
  });

  it('gives furigana only to words with kanji whose reading differs, over the kanji alone', () => {
    expect(furiganaFor({ surface: '株価', reading: 'カブカ' })).toEqual({ from: 0, to: 2, reading: 'かぶか' });
    expect(furiganaFor({ surface: '関して', reading: 'カンシテ' })).toEqual({ from: 0, to: 1, reading: 'かん' });
    expect(furiganaFor({ surface: 'お客様', reading: 'オキャクサマ' })).toEqual({ from: 1, to: 3, reading: 'きゃくさま' });
    // 𠮷 is two UTF-16 code units: the range must cover both.
    expect(furiganaFor({ surface: '𠮷野家', reading: 'ヨシノヤ' })).toEqual({ from: 0, to: 4, reading: 'よしのや' });
    expect(furiganaFor({ surface: 'ありません', reading: 'アリマセン' })).toBeNull();
    expect(furiganaFor({ surface: 'NVIDIA', reading: '' })).toBeNull();
    expect(furiganaFor({ surface: '時価', reading: '*' })).toBeNull();
    expect(hasKanji('々')).toBe(true);
    expect(hasKanji('１２３')).toBe(false);
  });
});
