import { describe, expect, it } from 'vitest';
import { alignedSentence, alignParagraphs, sentencesOf } from '../../../src/domain/translation.ts';

const TEXT = '本日、株価が下落しています。NVIDIAは11%下落しています。\n皮肉なことに、Appleが好調なようです。';
const TRANSLATION = 'Today, stock prices are falling. NVIDIA is down 11%.\nIronically, Apple seems to be doing well.';

describe('parallel translation', () => {
  it('aligns paragraphs line by line, joining extra translation lines to the last', () => {
    expect(alignParagraphs(TEXT, TRANSLATION)).toEqual(['Today, stock prices are falling. NVIDIA is down 11%.', 'Ironically, Apple seems to be doing well.']);
    expect(alignParagraphs(TEXT, 'Only one line')).toEqual(['Only one line', '']);
    expect(alignParagraphs(TEXT, 'a\nb\nc')).toEqual(['a', 'b c']);
  });

  it('splits sentences in both languages without splitting decimals', () => {
    expect(sentencesOf('NVIDIA fell 11.5% today. Microsoft fell too!').map((s) => s.text)).toEqual(['NVIDIA fell 11.5% today.', 'Microsoft fell too!']);
    expect(sentencesOf('𠮷野家は上昇。なぜでしょうか？').map((s) => s.text)).toEqual(['𠮷野家は上昇。', 'なぜでしょうか？']);
  });

  it('finds the translation sentence aligned with a claim', () => {
    expect(alignedSentence(TEXT, TRANSLATION, TEXT.indexOf('NVIDIA'))).toBe('NVIDIA is down 11%.');
    expect(alignedSentence(TEXT, TRANSLATION, 0)).toBe('Today, stock prices are falling.');
    expect(alignedSentence(TEXT, TRANSLATION, TEXT.indexOf('Apple'))).toBe('Ironically, Apple seems to be doing well.');
    expect(alignedSentence(TEXT, 'Only one line', TEXT.indexOf('Apple'))).toBeNull();
  });
});
