import { describe, expect, it } from 'vitest';
import { readGoldSet } from '../../../src/cli/lib/read-gold.ts';
import { buildGoldClaimSet } from '../../fixtures/gold/gold-builder.ts';

const text = '𠮷野家👨‍👩‍👧は１２３円値上げした。\nか\u3099んばるはずです。\n';
const start = text.indexOf('か\u3099');
const file = buildGoldClaimSet(
  { id: 'a1', title: 'T', lang: 'ja', text },
  [
    { start: 0, end: text.indexOf('\n'), label: 'fact', gloss: '' },
    { start, end: text.lastIndexOf('\n'), label: 'speculation', gloss: '' },
  ],
  'test',
);

describe('readGoldSet', () => {
  it('converts code point offsets to UTF-16 through astral characters and ZWJ sequences', () => {
    const parsed = JSON.parse(file) as { claims: { selector: { start: number } }[] };
    // 𠮷 and the three emoji are one code point each but two UTF-16 units.
    expect(parsed.claims[1]!.selector.start).toBe(start - 4);
    const gold = readGoldSet(file);
    expect(gold).toMatchObject({ articleId: 'a1', lang: 'ja', text, warnings: [] });
    expect(gold.spans.map((s) => [s.label, text.slice(s.start, s.end)])).toEqual([
      ['fact', '𠮷野家👨‍👩‍👧は１２３円値上げした。'],
      ['speculation', 'か\u3099んばるはずです。'],
    ]);
  });

  it('reads a file without article text tolerantly when the text is given, moving claims to their quotes', () => {
    const json = JSON.parse(file) as { articles: { text: string }[] };
    json.articles[0]!.text = '';
    const shifted = `前書き。\n${text}`;
    const gold = readGoldSet(JSON.stringify(json), shifted);
    expect(gold.warnings[0]).toMatch(/^strict parser: /);
    expect(gold.warnings.filter((w) => w.startsWith('moved'))).toHaveLength(2);
    expect(gold.spans.map((s) => shifted.slice(s.start, s.end))).toEqual(['𠮷野家👨‍👩‍👧は１２３円値上げした。', 'か\u3099んばるはずです。']);
  });

  it('refuses what cannot be evaluated', () => {
    expect(() => readGoldSet('{"format":"other"}')).toThrow(/not a shucho.claim-set/);
    const json = JSON.parse(file) as { articles: { text: string }[] };
    json.articles[0]!.text = '';
    expect(() => readGoldSet(JSON.stringify(json))).toThrow(/no text for article a1/);
  });
});
