import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ArticleLanguage } from '../../../src/domain/article.ts';
import { tokenAt, type TokenTable } from '../../../src/domain/token.ts';
import { cutSentences } from '../../../src/domain/cues/segments.ts';
import { isGraphemeBoundary } from '../../../src/text/graphemes.ts';
import { useTokenizers } from './support.ts';
import { tokens } from './hand-tokens.ts';

const tokenizer = useTokenizers();
const japanese = (text: string) => tokenizer('ja')(text);
const english = (text: string) => tokenizer('en')(text);

function cut(text: string, table: TokenTable, lang: ArticleLanguage) {
  const list = Array.from({ length: table.count }, (_, i) => tokenAt(table, text, i));
  return cutSentences(text, list, lang).map((s) => ({
    sentence: text.slice(s.start, s.end),
    clauses: s.clauses.map((c) => text.slice(c.start, c.end)),
  }));
}

const ja = (text: string) => cut(text, japanese(text), 'ja');
const en = (text: string) => cut(text, english(text), 'en');

describe('sentences', () => {
  it('end at 。！？!? and line breaks, never starting with whitespace', () => {
    expect(ja('株価が下落した。なぜでしょうか?AIです！本当？\n 次の段落').map((s) => s.sentence)).toEqual([
      '株価が下落した。',
      'なぜでしょうか?',
      'AIです！',
      '本当？',
      '次の段落',
    ]);
  });

  it('keep closing brackets, and a quotation followed by a particle', () => {
    expect(ja('彼は「問題ない。」と述べた。（以上。）次へ。').map((s) => s.sentence)).toEqual(['彼は「問題ない。」と述べた。', '（以上。）', '次へ。']);
  });

  it('break on hand-made line-break tokens and on line breaks between tokens', () => {
    const made = tokens('A/名詞', '\n/記号/空白', 'B/名詞', { gap: '\n' }, 'C/名詞');
    expect(cut(made.text, made.table, 'ja').map((s) => s.sentence)).toEqual(['A', 'B', 'C']);
  });

  it('in English, end at . ! ? but not after abbreviations, initials or before lower case', () => {
    expect(en('Mr. Smith left. J. Doe stayed! Shares rose 3.5 percent in the U.S. market. Why?').map((s) => s.sentence)).toEqual([
      'Mr. Smith left.',
      'J. Doe stayed!',
      'Shares rose 3.5 percent in the U.S. market.',
      'Why?',
    ]);
  });
});

describe('clauses', () => {
  it('are cut at a 読点 after が, し, て, ながら following a predicate', () => {
    const [sentence] = ja('時々、株式のアドバイスを求められますが、私はそれをしませんし、これも投資アドバイスではありませんが、NVIDIAは時間外取引で11%下落しています。');
    expect(sentence!.clauses).toEqual([
      '時々、株式のアドバイスを求められますが',
      '私はそれをしませんし',
      'これも投資アドバイスではありませんが',
      'NVIDIAは時間外取引で11%下落しています。',
    ]);
    expect(ja('優れたモデルでありながら、チップを隠している。')[0]!.clauses).toEqual(['優れたモデルでありながら', 'チップを隠している。']);
    expect(ja('アプリをダウンロードして、試した。')[0]!.clauses).toEqual(['アプリをダウンロードして', '試した。']);
  });

  it('are not cut after conditions, reasons, topics, adverbial ながら or 連用中止', () => {
    for (const text of [
      '関係者によると、合意は近い。',
      '需要があるなら、問題ではありません。',
      '複製可能だとすれば、参入障壁は無い。',
      '残念ながら、計画は中止された。',
      '彼は、来た。',
      'Microsoftも4%ほど下落し、Metaも下落、全ての企業が損失を出しています。',
      '高いので、買わない。',
    ]) {
      expect(ja(text)[0]!.clauses).toEqual([text]);
    }
  });

  it('in English, are cut at ; and at a comma before a conjunction', () => {
    expect(en('Shares fell, but analysts were calm; the CEO said so, in a memo.')[0]!.clauses).toEqual([
      'Shares fell',
      'but analysts were calm',
      'the CEO said so, in a memo.',
    ]);
  });
});

describe('offsets', () => {
  it('are UTF-16 and slice the text exactly, with astral characters, ZWJ sequences, combining marks, full-width digits and CRLF', () => {
    const text = '𠮷野家は１２３円値上げした。\r\n👨‍👩‍👧の家族は、か\u3099んばったが、負けた。\r\n最後';
    const sentences = ja(text);
    expect(sentences.map((s) => s.sentence)).toEqual(['𠮷野家は１２３円値上げした。', '👨‍👩‍👧の家族は、か\u3099んばったが、負けた。', '最後']);
    // No sentence or clause edge may fall inside a grapheme cluster (𠮷, the ZWJ family, か + U+3099).
    const table = japanese(text);
    const list = Array.from({ length: table.count }, (_, i) => tokenAt(table, text, i));
    for (const sentence of cutSentences(text, list, 'ja')) {
      for (const edge of [sentence, ...sentence.clauses].flatMap((s) => [s.start, s.end])) expect(isGraphemeBoundary(text, edge)).toBe(true);
    }
    expect(ja('１２３円値上げしたが、𠮷野家は黙っていた。')[0]!.clauses).toEqual(['１２３円値上げしたが', '𠮷野家は黙っていた。']);
  });

  it('keep sentences and clauses inside the text, ordered and disjoint (property)', () => {
    const piece = fc.constantFrom('株価が', '下落し', 'ましたが', '、', '。', '？', '\n', '𠮷', '👨‍👩‍👧', 'か\u3099', '１２３', ' ', 'AI', 'と思います', 'し');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (pieces) => {
        const text = pieces.join('');
        const table = japanese(text);
        const list = Array.from({ length: table.count }, (_, i) => tokenAt(table, text, i));
        let previousEnd = 0;
        for (const sentence of cutSentences(text, list, 'ja')) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(text.slice(sentence.start, sentence.end).trim()).toBe(text.slice(sentence.start, sentence.end));
          let clauseEnd = sentence.start;
          for (const clause of sentence.clauses) {
            expect(clause.start).toBeGreaterThanOrEqual(clauseEnd);
            expect(clause.end).toBeLessThanOrEqual(sentence.end);
            clauseEnd = clause.end;
          }
          previousEnd = sentence.end;
        }
      }),
      { seed: 27012025, numRuns: 200 },
    );
  });
});
