import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { TokenizerBuilder } from '@patdx/kuromoji';
import NodeDictionaryLoader from '@patdx/kuromoji/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { tokenAt, tokenIndexAt, type TokenTable } from '../../../src/domain/token.ts';
import {
  tokenizeJapanese,
  transferablesOf,
  type KuromojiToken,
} from '../../../src/nlp/encode-tokens.ts';
import { isTokenTable } from '../../../src/nlp/protocol.ts';

type Tokenizer = Awaited<ReturnType<TokenizerBuilder['build']>>;

const ARTICLE = readFileSync('data/articles/nvidia-deepseek-2025-01-27.ja.txt', 'utf8');
const FAMILY = '👨‍👩‍👧';

let tokenizer: Tokenizer;

beforeAll(async () => {
  // The loader's option is `dic_path` (the README's `dicPath` is not what the code reads).
  tokenizer = await new TokenizerBuilder({
    loader: new NodeDictionaryLoader({ dic_path: 'node_modules/@patdx/kuromoji/dict/' }),
  }).build();
}, 30_000);

function encode(text: string): TokenTable {
  return tokenizeJapanese(text, (part) => tokenizer.tokenize(part));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** The invariants every Japanese table must satisfy for `text`. */
function expectWellFormed(text: string, table: TokenTable): void {
  expect(isTokenTable(table)).toBe(true);
  let surfaces = '';
  for (let i = 0; i < table.count; i++) {
    const start = table.start[i]!;
    const end = table.end[i]!;
    // kuromoji covers every character, so tokens are contiguous from 0 to text.length.
    expect(start).toBe(i === 0 ? 0 : table.end[i - 1]);
    for (const offset of [start, end]) {
      if (offset > 0 && offset < text.length) {
        expect(isHighSurrogate(text.charCodeAt(offset - 1)), `offset ${offset} splits a surrogate pair`).toBe(false);
      }
    }
    surfaces += text.slice(start, end);
  }
  expect(surfaces).toBe(text);
  expect(table.count === 0 ? 0 : table.end[table.count - 1]).toBe(text.length);
}

describe('tokenizeJapanese with real kuromoji', () => {
  it('encodes the shipped article: surfaces rebuild the text and match kuromoji token by token', () => {
    const tokens = tokenizer.tokenize(ARTICLE);
    const table = encode(ARTICLE);
    expectWellFormed(ARTICLE, table);
    expect(table.count).toBe(tokens.length);
    tokens.forEach((token, i) => {
      const mine = tokenAt(table, ARTICLE, i);
      expect(mine.surface).toBe(token.surface_form);
      expect(mine.pos).toBe(token.pos);
      expect(mine.posDetail).toBe(token.pos_detail_1);
      expect(mine.baseForm).toBe(token.basic_form);
      expect(mine.reading).toBe(token.reading ?? '');
      expect(mine.conjugation).toBe(token.conjugated_form);
    });
    // Interning keeps the string table far smaller than the token count.
    expect(table.strings.length).toBeLessThan(table.count);
  });

  it('finds known words of the article at their UTF-16 offsets', () => {
    const table = encode(ARTICLE);
    const at = ARTICLE.indexOf('NVIDIA');
    const token = tokenAt(table, ARTICLE, tokenIndexAt(table, at));
    expect(token.start).toBe(at);
    expect(token.surface).toBe('NVIDIA');
    const verb = tokenAt(table, ARTICLE, tokenIndexAt(table, ARTICLE.indexOf('下落しています')));
    expect(verb.surface).toBe('下落');
    expect(verb.pos).toBe('名詞');
  });

  it('counts 𠮷 as two UTF-16 units, unlike kuromoji word_position (1-based code points)', () => {
    const text = '𠮷野家で食べた。';
    const tokens = tokenizer.tokenize(text);
    const table = encode(text);
    expectWellFormed(text, table);
    expect(tokenAt(table, text, 0)).toMatchObject({ start: 0, end: 2, surface: '𠮷' });
    const second = tokenAt(table, text, 1);
    expect(second.start).toBe(2);
    expect(tokens[1]!.word_position - 1).toBe(1);
    expect(tokenAt(table, text, table.count - 1)).toMatchObject({ surface: '。', pos: '記号', posDetail: '句点' });
  });

  it.each([
    ['an emoji ZWJ sequence', `家族${FAMILY}と旅行。`],
    ['か with a combining dakuten', 'か\u3099ぎを開けた。'],
    ['CRLF line breaks', '一行目。\r\n二行目、三つ目。\r\n\r\n最後'],
    ['full-width digits', '株価は１２３ドル、１１％下落。'],
    ['mixed scripts and spaces', 'NVIDIA は  11% 下落。Microsoft も'],
    ['astral characters between sentences', '𠮷。𠮷、𠮷'],
    ['the empty string', ''],
  ])('keeps offsets exact on %s', (_name, text) => {
    expectWellFormed(text, encode(text));
  });

  it('gives full-width digits their readings and unknown words an empty reading', () => {
    const text = '１２３と𠮷';
    const table = encode(text);
    const one = tokenAt(table, text, 0);
    expect(one).toMatchObject({ surface: '１', pos: '名詞', posDetail: '数', reading: 'イチ' });
    const unknown = tokenAt(table, text, table.count - 1);
    expect(unknown).toMatchObject({ surface: '𠮷', reading: '', baseForm: '*' });
  });

  it('keeps offsets exact on random mixed text (property, pinned seed)', () => {
    const pieces = ['本日', 'は', '株価', 'が', '下落', '。', '、', '𠮷', FAMILY, 'か\u3099', '１２', 'AI', ' ', '\r\n', '\n', '？', 'ドル', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expectWellFormed(text, encode(text));
      }),
      { seed: 20250127, numRuns: 300 },
    );
  });
});

describe('tokenizeJapanese: regression for kuromoji dropping text after astral runs', () => {
  it.each([
    ['😀😀本日は晴れ', ['😀😀', '本日', 'は', '晴れ']],
    ['本日😀😀。次は晴れ', ['本日', '😀😀', '。', '次', 'は', '晴れ']],
    ['𩸽𩸽を食べた', ['𩸽𩸽', 'を', '食べ', 'た']],
    ['😀😀本日は、😀😀晴れ。', ['😀😀', '本日', 'は', '、', '😀😀', '晴れ', '。']],
    ['😀😀ははは', null],
    ['😀😀😀😀😀本日は晴れです。', null],
  ])('covers %j although kuromoji alone loses characters', (text, surfaces) => {
    const raw = tokenizer.tokenize(text).map((t) => t.surface_form).join('');
    expect(raw).not.toBe(text);
    const table = encode(text);
    expectWellFormed(text, table);
    if (surfaces) expect(Array.from({ length: table.count }, (_, i) => tokenAt(table, text, i).surface)).toEqual(surfaces);
  });

  it('gives an unknown-symbol token to each code point the tokenizer returns nothing for', () => {
    const text = 'a𠮷';
    const table = tokenizeJapanese(text, () => []);
    expect(table.count).toBe(2);
    expect(tokenAt(table, text, 1)).toMatchObject({ start: 1, end: 3, surface: '𠮷', pos: '記号', posDetail: '一般', reading: '' });
  });

  it('tokenizes each sentence separately and re-tokenizes a sentence from the first token that does not fit', () => {
    const calls: string[] = [];
    const fake = (part: string): KuromojiToken[] => {
      calls.push(part);
      // Loses 'BB' like kuromoji after an astral run, and invents a token past the end.
      if (part === 'AABBCC、') return [{ surface_form: 'AA' }, { surface_form: 'CC' }, { surface_form: '、' }];
      if (part === 'DD') return [{ surface_form: 'DD' }, { surface_form: 'EE' }];
      return [{ surface_form: part, pos: 'again' }];
    };
    const text = 'AABBCC、DD';
    const table = tokenizeJapanese(text, fake);
    expect(calls).toEqual(['AABBCC、', 'BBCC、', 'DD']);
    expectWellFormed(text, table);
    expect(Array.from({ length: table.count }, (_, i) => tokenAt(table, text, i).surface)).toEqual(['AA', 'BBCC、', 'DD']);
    expect(tokenAt(table, text, 1).pos).toBe('again');
  });

  it('uses placeholders for missing fields and skips empty surfaces', () => {
    const text = 'xy';
    const table = tokenizeJapanese(text, () => [
      { surface_form: 'x', reading: null },
      { surface_form: '' },
      { surface_form: 'y', pos: '記号', reading: undefined },
    ]);
    expect(table.count).toBe(2);
    expect(tokenAt(table, text, 0)).toMatchObject({ pos: '*', posDetail: '*', baseForm: '*', reading: '', conjugation: '*' });
    expect(tokenAt(table, text, 1)).toMatchObject({ surface: 'y', pos: '記号', reading: '' });
  });
});

describe('transferablesOf', () => {
  it('lists each column buffer once, and transferring them moves the columns', () => {
    const table = encode('本日、AIに関して');
    const buffers = transferablesOf(table);
    expect(buffers).toHaveLength(7);
    expect(new Set(buffers).size).toBe(7);
    const count = table.count;
    const moved = structuredClone(table, { transfer: buffers });
    expect(moved.count).toBe(count);
    expect(moved.start).toHaveLength(count);
    expect(isTokenTable(moved)).toBe(true);
    // The sender's columns are detached.
    expect(table.start).toHaveLength(0);
  });
});
