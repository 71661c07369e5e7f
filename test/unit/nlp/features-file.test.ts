import { TokenizerBuilder } from '@patdx/kuromoji';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TOKEN_INFO_RECORD_BYTES } from '../../../src/nlp/costs-file.ts';
import { encodeFeaturesFile, FEATURES_FILE, POS_FILE, readFeaturesFile, restorePosFile } from '../../../src/nlp/features-file.ts';
import { packageLoader, servedFiles } from './support/served-dictionary.ts';

const encoder = new TextEncoder();

/** A part-of-speech file of `lines` (each in UTF-8, ended by a zero byte, then `padding` zeros) and a tid.dat pointing at them. */
function dictionaryOf(lines: string[], padding = 0): { pos: Uint8Array; tid: Uint8Array } {
  const parts = lines.map((line) => encoder.encode(line));
  const pos = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0) + padding);
  const tid = new Uint8Array(lines.length * TOKEN_INFO_RECORD_BYTES);
  const records = new DataView(tid.buffer);
  let at = 0;
  parts.forEach((part, i) => {
    records.setInt16(i * TOKEN_INFO_RECORD_BYTES, i, true);
    records.setInt32(i * TOKEN_INFO_RECORD_BYTES + 6, at, true);
    pos.set(part, at);
    at += part.length + 1;
  });
  return { pos, tid };
}

const LINES = [
  '東京,名詞,固有名詞,地域,一般,*,*,東京,トウキョウ,トーキョー',
  '下落,名詞,サ変接続,*,*,*,*,下落,ゲラク,ゲラク',
  'しまし,動詞,非自立,*,*,五段・サ行,連用形,しまう,シマシ,シマシ',
  '𠮷野家,名詞,固有名詞,組織,*,*,*,𠮷野家,ヨシノヤ,ヨシノヤ',
];

describe('the features file', () => {
  it('gives back every line, and restores the part-of-speech file byte for byte', () => {
    const { pos, tid } = dictionaryOf(LINES, 7);
    const lines = readFeaturesFile(encodeFeaturesFile(pos, tid).buffer as ArrayBuffer);
    expect(lines.count).toBe(4);
    expect([0, 1, 2, 3].map((i) => lines.line(i))).toEqual(LINES);
    expect(restorePosFile(lines)).toEqual(pos.subarray(0, pos.length - 7));
  });

  it('gives nothing for a line it does not have', () => {
    const { pos, tid } = dictionaryOf(LINES);
    const lines = readFeaturesFile(encodeFeaturesFile(pos, tid).buffer as ArrayBuffer);
    for (const index of [-1, 4, 1.5, Number.NaN, Infinity]) expect(lines.line(index)).toBeUndefined();
  });

  it('keeps any text exactly: astral characters, emoji sequences, combining marks, full-width digits, CR and LF', () => {
    const unit = fc.constantFrom('𠮷', '👨‍👩‍👧', 'か\u3099', '１２３', '\r\n', '\r', 'ー', 'ヴ', 'a', '*', ' ', '\u200d', '\ufeff', 'é');
    const field = fc.array(unit, { maxLength: 6 }).map((parts) => parts.join(''));
    const anyField = fc.oneof(field, fc.string({ unit: 'grapheme', maxLength: 6 }).map((text) => text.replace(/[,\0]/g, '')));
    const line = fc.tuple(anyField.filter((text) => text.length > 0), fc.array(fc.constantFrom('名詞', '動詞', '*', '一般'), { minLength: 6, maxLength: 6 }), anyField, anyField, fc.boolean(), fc.boolean())
      .map(([surface, pos, basic, reading, sameBasic, samePronunciation]) =>
        [surface, ...pos, sameBasic ? surface : basic, reading, samePronunciation ? reading : `${reading}ー`].join(','));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 140 }), (lines) => {
        const { pos, tid } = dictionaryOf(lines);
        const read = readFeaturesFile(encodeFeaturesFile(pos, tid).buffer as ArrayBuffer);
        expect(lines.map((_, i) => read.line(i))).toEqual(lines);
        expect(restorePosFile(read)).toEqual(pos);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses to encode lines it could not give back, or a tid.dat that does not point at them', () => {
    const ok = dictionaryOf(LINES);
    expect(() => encodeFeaturesFile(dictionaryOf(['東京,名詞,一般']).pos, ok.tid)).toThrow(/line 0 has 3 fields/);
    const shifted = dictionaryOf(LINES);
    new DataView(shifted.tid.buffer).setInt32(2 * TOKEN_INFO_RECORD_BYTES + 6, 5, true);
    expect(() => encodeFeaturesFile(shifted.pos, shifted.tid)).toThrow(/record 2 does not point at line 2/);
    expect(() => encodeFeaturesFile(ok.pos, ok.tid.subarray(0, 20))).toThrow(/fewer than 4 records/);
    const invalid = dictionaryOf(LINES);
    invalid.pos[1] = 0xff;
    expect(() => encodeFeaturesFile(invalid.pos, invalid.tid)).toThrow();
    const trailing = dictionaryOf(LINES, 4);
    trailing.pos[trailing.pos.length - 1] = 9;
    expect(() => encodeFeaturesFile(trailing.pos, trailing.tid)).toThrow(/data after its padding/);
  });

  it('refuses bytes that are not a features file of this version, or are cut short', () => {
    const { pos, tid } = dictionaryOf(LINES);
    const file = encodeFeaturesFile(pos, tid);
    expect(() => readFeaturesFile(new ArrayBuffer(0))).toThrow(/too short/);
    expect(() => readFeaturesFile(encoder.encode('<!doctype html><html></html>....').buffer as ArrayBuffer)).toThrow(/not a features file/);
    const version = file.slice();
    new DataView(version.buffer).setUint32(4, 1, true);
    expect(() => readFeaturesFile(version.buffer)).toThrow(/version 1, not 2/);
    expect(() => readFeaturesFile(file.slice(0, file.length - 2).buffer)).toThrow(/wrong size/);
    // A length running past the strings: the header's sizes agree, the content does not.
    // The file ends with the last line's reading, ヨシノヤ, as narrow bytes after its length: said to be 200 long.
    const lying = file.slice();
    expect(lying[lying.length - 5]).toBe('ヨシノヤ'.length);
    lying[lying.length - 5] = 200;
    expect(() => readFeaturesFile(lying.buffer)).toThrow(/line 3 of the features file is cut short/);
  });

  it('finds lines across blocks, and refuses a corrupt block when one of its lines is asked for', () => {
    const many = Array.from({ length: 200 }, (_, i) => `${i % 7 === 0 ? 'たべ' : '食べ'}${i},動詞,自立,*,*,一段,連用形,食べる,タベ${'ー'.repeat(i % 3)},タベ`);
    const { pos, tid } = dictionaryOf(many);
    const file = encodeFeaturesFile(pos, tid);
    const read = readFeaturesFile(file.buffer as ArrayBuffer);
    for (const i of [199, 0, 63, 64, 65, 127, 128, 150]) expect(read.line(i)).toBe(many[i]);
    // The second block (lines 64 to 127) said to start one narrow byte later: it and the block before it disagree.
    const header = new Uint32Array(file.buffer, 0, 8 + 2 * 4);
    const shifted = file.slice();
    new Uint32Array(shifted.buffer, 0, header.length)[8 + 3] = header[8 + 3]! + 1;
    const corrupt = readFeaturesFile(shifted.buffer);
    expect(corrupt.line(150)).toBe(many[150]);
    expect(() => corrupt.line(70)).toThrow(/line \d+ of the features file is cut short|block 1 of the features file/);
    expect(() => corrupt.line(10)).toThrow(/block 0 of the features file does not end where the next begins/);
  });
});

describe("the features file of kuromoji's IPADIC", () => {
  it("restores kuromoji's tid_pos.dat byte for byte", async () => {
    const posFile = restorePosFile(readFeaturesFile(servedFiles().get(FEATURES_FILE)!));
    const ownPos = await packageLoader().loadArrayBuffer(POS_FILE);
    expect(posFile.length).toBeGreaterThan(30_000_000);
    expect(Buffer.from(posFile).equals(Buffer.from(ownPos, 0, posFile.length))).toBe(true);
    expect(new Uint8Array(ownPos, posFile.length).every((byte) => byte === 0)).toBe(true);
  }, 60_000);

  it("gives each token-info id exactly kuromoji's own features line, in less than a quarter of the size", async () => {
    const file = servedFiles().get(FEATURES_FILE)!;
    const lines = readFeaturesFile(file);
    const stock = (await new TokenizerBuilder({ loader: packageLoader() }).build()) as unknown as {
      token_info_dictionary: { getFeatures(id: string): string; pos_buffer: { buffer: Uint8Array } };
    };
    const dictionary = stock.token_info_dictionary;
    expect(lines.count).toBeGreaterThan(390_000);
    for (let i = 0; i < lines.count; i++) {
      const own = dictionary.getFeatures(String(i * TOKEN_INFO_RECORD_BYTES));
      if (lines.line(i) !== own) expect(lines.line(i)).toBe(own);
    }
    const posFile = dictionary.pos_buffer.buffer;
    let used = posFile.length;
    while (used > 0 && posFile[used - 1] === 0) used--;
    expect(file.byteLength * 4).toBeLessThan(used);
    expect(servedFiles().has(POS_FILE)).toBe(false);
  }, 60_000);
});
