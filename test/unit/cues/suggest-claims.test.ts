import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { covers, suggestClaims, type SuggestOptions } from '../../../src/domain/cues/suggest-claims.ts';
import { suggestionId } from '../../../src/domain/cues/suggestion.ts';
import { shippedRules, useTokenizers } from './support.ts';

const JA = shippedRules('ja');
const EN = shippedRules('en');

const tokenizer = useTokenizers();
const japanese = (text: string) => tokenizer('ja')(text);
const english = (text: string) => tokenizer('en')(text);

/** Suggestions on Japanese `text` as [label, quoted text, ruleId]. */
function ja(text: string, options?: SuggestOptions) {
  return suggestClaims(text, japanese(text), JA, options);
}
const quoted = (text: string, list: { start: number; end: number; label: string }[]) => list.map((s) => [s.label, text.slice(s.start, s.end)]);

describe('suggestClaims', () => {
  it('proposes the clause carrying a disclaimer, not the whole sentence', () => {
    const text = '時々、株式のアドバイスを求められますが、私はそれをしませんし、これも投資アドバイスではありませんが、NVIDIAは時間外取引で11%下落しています。';
    const found = ja(text);
    expect(quoted(text, found)).toEqual([
      ['not-investment-advice', 'これも投資アドバイスではありませんが'],
      ['fact', 'NVIDIAは時間外取引で11%下落しています。'],
    ]);
    expect(found[0]).toMatchObject({
      ruleId: 'ja.nia.not-investment-advice',
      cue: '投資アドバイスではありません',
      id: suggestionId('ja.nia.not-investment-advice', found[0]!.start, found[0]!.end),
    });
    expect(text.slice(found[0]!.cueStart, found[0]!.cueEnd)).toBe('投資アドバイスではありません');
    expect(found[0]!.explanation.en).toMatch(/not investment advice/);
  });

  it('proposes whole sentences for sentence rules, with the attribution in the note', () => {
    const text = '彼らの主張によると、基本的に数台のChromebookで訓練されたとのことです。';
    expect(ja(text)).toMatchObject([{ label: 'fact', start: 0, end: text.length, note: 'Attributed to: 彼らの主張' }]);
    const altman = 'Sam Altmanは、ユーザーの使用量が多いため、損失が出ていると述べています。';
    expect(ja(altman)).toMatchObject([{ label: 'fact', note: 'Attributed to: Sam Altman' }]);
  });

  it('keeps the stronger rule when rules of different labels propose the same span', () => {
    // ようです (speculation, 70) against 皮肉なことに (opinion, 50)
    const text = '皮肉なことに、私が言及していなかった企業が最も好調なようです。';
    expect(ja(text)).toMatchObject([{ label: 'speculation', ruleId: 'ja.speculation.you-da', start: 0, end: text.length }]);
    // 断言できます (opinion, 75) against はず (speculation, 70)
    expect(ja('彼らはすでにそれを実行していたはずだと断言できます。')).toMatchObject([{ label: 'opinion', ruleId: 'ja.opinion.dangen' }]);
  });

  it('merges suggestions of one label in one sentence, spanning the clauses between', () => {
    const text = '常により多くを求めるでしょうし、どこかで、なんとかして、十分な市場が存在するでしょう。';
    const found = ja(text);
    expect(quoted(text, found)).toEqual([['speculation', text]]);
    expect(found[0]!.id).toBe(suggestionId('ja.speculation.deshou', 0, text.length));
  });

  it('drops the weaker of two overlapping suggestions of different labels', () => {
    // はっきり言います proposes the sentence (opinion, 65); でしょう its last clause (speculation, 70).
    const text = 'はっきり言いますが、株価は上がるでしょう。';
    expect(quoted(text, ja(text))).toEqual([['speculation', '株価は上がるでしょう。']]);
  });

  it('never returns overlapping suggestions, and sorts them by start', () => {
    const text = '1月27日、株価が下落しています。皮肉なことに、Appleは好調なようです。私はJensenは大丈夫だと思います。これは投資アドバイスではありませんが、AIは大きくなりました。';
    const found = ja(text);
    expect(found.map((s) => s.label)).toEqual(['fact', 'speculation', 'opinion', 'not-investment-advice']);
    found.slice(1).forEach((s, i) => expect(s.start).toBeGreaterThanOrEqual(found[i]!.end));
  });

  it('skips spans an existing claim covers (at least half of the suggestion)', () => {
    const text = '彼らは何処かからチップを入手しているはずです。';
    const [only] = ja(text);
    expect(covers({ start: 0, end: 5 }, { start: 0, end: 10 })).toBe(true);
    expect(covers({ start: 6, end: 40 }, { start: 0, end: 10 })).toBe(false);
    expect(covers({ start: 0, end: 4 }, { start: 0, end: 9 })).toBe(false);
    const length = only!.end - only!.start;
    const half = Math.ceil(length / 2);
    expect(ja(text, { existing: [{ start: only!.start, end: only!.start + half }] })).toEqual([]);
    expect(ja(text, { existing: [{ start: only!.start, end: only!.start + half - 1 }] })).toHaveLength(1);
    expect(ja(text, { existing: [{ start: only!.end, end: only!.end + 10 }] })).toHaveLength(1);
  });

  it('skips dismissed suggestions, merged ones included, without letting a weaker one take their place', () => {
    const text = '常により多くを求めるでしょうし、どこかで、なんとかして、十分な市場が存在するでしょう。';
    const [merged] = ja(text);
    expect(ja(text, { dismissed: new Set([merged!.id]) })).toEqual([]);
    // The id of one of the merged clause candidates dismisses the merged suggestion too.
    const clauseId = suggestionId('ja.speculation.deshou', 0, text.indexOf('でしょうし') + 'でしょうし'.length);
    expect(ja(text, { dismissed: new Set([clauseId]) })).toEqual([]);
    const sameSpan = '彼らはすでにそれを実行していたはずだと断言できます。';
    const [winner] = ja(sameSpan);
    expect(ja(sameSpan, { dismissed: new Set([winner!.id]) })).toEqual([]);
  });

  it('gives the same ids for the same input', () => {
    const text = 'NVIDIAは11%下落しています。これは投資アドバイスではありません。';
    expect(ja(text).map((s) => s.id)).toEqual(ja(text).map((s) => s.id));
    expect(ja(text).map((s) => s.id)).toEqual([
      suggestionId('ja.fact.number-change', 0, text.indexOf('。') + 1),
      suggestionId('ja.nia.not-investment-advice', text.indexOf('これ'), text.length),
    ]);
  });

  it('reports UTF-16 offsets after astral characters, ZWJ sequences, combining marks, full-width digits and CRLF', () => {
    const text = '𠮷野家👨‍👩‍👧か\u3099。\r\n株価は１２３円下落しました。\r\nこれは投資アドバイスではありません。';
    const found = ja(text);
    expect(quoted(text, found)).toEqual([
      ['fact', '株価は１２３円下落しました。'],
      ['not-investment-advice', 'これは投資アドバイスではありません。'],
    ]);
    expect(found[1]!.start).toBe(text.indexOf('これ'));
  });

  it('works on English with the English rules', () => {
    const text = 'Nvidia fell 17% on Monday, but this is not investment advice. I think Jensen is fine. According to Reuters, Meta may follow.';
    const found = suggestClaims(text, english(text), EN);
    expect(quoted(text, found)).toEqual([
      ['fact', 'Nvidia fell 17% on Monday'],
      ['not-investment-advice', 'but this is not investment advice.'],
      ['opinion', 'I think Jensen is fine.'],
      ['speculation', 'According to Reuters, Meta may follow.'],
    ]);
  });

  it('returns nothing without rules or text', () => {
    expect(suggestClaims('', japanese(''), JA)).toEqual([]);
    expect(suggestClaims('株価は下落するでしょう。', japanese('株価は下落するでしょう。'), { lang: 'ja', rules: [] })).toEqual([]);
  });

  it('keeps its promises on random text (property): sorted, disjoint, inside the text, unique ids, nothing covered', () => {
    const piece = fc.constantFrom(
      '株価は', '11%', '下落しています', 'はずです', 'でしょう', 'が、', 'し、', '。', '\n', '投資アドバイスではありません', '素晴らしい',
      '私は', 'と思います', 'によると、', '𠮷', '可能性もある', 'ようです', '１２３', 'Appleが',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), fc.array(fc.nat(60), { maxLength: 4 }), (pieces, starts) => {
        const text = pieces.join('');
        const existing = starts.map((start) => ({ start: Math.min(start, text.length), end: Math.min(start + 8, text.length) }));
        const found = ja(text, { existing });
        expect(new Set(found.map((s) => s.id)).size).toBe(found.length);
        found.forEach((s, i) => {
          expect(0 <= s.start && s.start < s.end && s.end <= text.length).toBe(true);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
          expect(existing.some((claim) => covers(claim, s))).toBe(false);
        });
      }),
      { seed: 1272025, numRuns: 150 },
    );
  });
});
