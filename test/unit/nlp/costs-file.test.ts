import { describe, expect, it } from 'vitest';
import { COSTS_FILE, costsReader, encodeCostsFile, restoreTokenInfo, TOKEN_INFO_FILE, TOKEN_INFO_RECORD_BYTES } from '../../../src/nlp/costs-file.ts';
import { FEATURES_FILE, readFeaturesFile, restorePosFile } from '../../../src/nlp/features-file.ts';
import { packageLoader, servedFiles } from './support/served-dictionary.ts';

const encoder = new TextEncoder();

/** A part-of-speech file of `lines`, and a tid.dat whose records have costs [i, -i, 1000 + i] and point at them, then `padding` zero bytes. */
function dictionaryOf(lines: string[], padding = 0): { pos: Uint8Array; tid: Uint8Array } {
  const parts = lines.map((line) => encoder.encode(line));
  const pos = new Uint8Array(parts.reduce((sum, part) => sum + part.length + 1, 0));
  const tid = new Uint8Array(lines.length * TOKEN_INFO_RECORD_BYTES + padding);
  const records = new DataView(tid.buffer);
  let at = 0;
  parts.forEach((part, i) => {
    records.setInt16(i * TOKEN_INFO_RECORD_BYTES, i, true);
    records.setInt16(i * TOKEN_INFO_RECORD_BYTES + 2, -i, true);
    records.setInt16(i * TOKEN_INFO_RECORD_BYTES + 4, 1000 + i, true);
    records.setInt32(i * TOKEN_INFO_RECORD_BYTES + 6, at, true);
    pos.set(part, at);
    at += part.length + 1;
  });
  return { pos, tid };
}

const LINES = ['東京,名詞,固有名詞,地域,一般,*,*,東京,トウキョウ,トーキョー', '下落,名詞,サ変接続,*,*,*,*,下落,ゲラク,ゲラク', '𠮷野家,名詞,固有名詞,組織,*,*,*,𠮷野家,ヨシノヤ,ヨシノヤ'];

describe('the costs file', () => {
  it("keeps each record's ids and cost, six bytes a record, read where kuromoji reads them", () => {
    const { tid } = dictionaryOf(LINES, 40);
    const costs = encodeCostsFile(tid, LINES.length);
    expect(costs.byteLength).toBe(6 * LINES.length);
    const reader = costsReader(costs.buffer);
    const own = new DataView(tid.buffer);
    for (let i = 0; i < LINES.length; i++) {
      for (const at of [0, 2, 4]) expect(reader.getShort(i * TOKEN_INFO_RECORD_BYTES + at)).toBe(own.getInt16(i * TOKEN_INFO_RECORD_BYTES + at, true));
    }
    expect(reader.getShort(2 * TOKEN_INFO_RECORD_BYTES + 4)).toBe(1002);
    // Past the last record, like kuromoji's buffer past its end.
    expect(reader.getShort(LINES.length * TOKEN_INFO_RECORD_BYTES)).toBe(0);
  });

  it('gives back tid.dat, offsets included, from the part-of-speech file', () => {
    const { pos, tid } = dictionaryOf(LINES, 40);
    const restored = restoreTokenInfo(encodeCostsFile(tid, LINES.length).buffer, pos);
    expect(new Uint8Array(restored)).toEqual(tid.subarray(0, LINES.length * TOKEN_INFO_RECORD_BYTES));
  });

  it('refuses a tid.dat it would lose data of, and a costs file that is cut or short of records', () => {
    const { pos, tid } = dictionaryOf(LINES, 8);
    expect(() => encodeCostsFile(tid, LINES.length + 1)).toThrow(/fewer than 4 records/);
    const trailing = tid.slice();
    trailing[trailing.length - 1] = 5;
    expect(() => encodeCostsFile(trailing, LINES.length)).toThrow(/data after its 3 records, at byte 37/);
    const costs = encodeCostsFile(tid, LINES.length);
    expect(() => costsReader(costs.buffer.slice(0, 7))).toThrow(/7 bytes, not a whole number of 6-byte records/);
    expect(() => restoreTokenInfo(costs.buffer.slice(0, 12), pos)).toThrow(/fewer than 3 records/);
  });
});

describe("the costs file of kuromoji's IPADIC", () => {
  it("gives kuromoji's own tid.dat back byte for byte, in 60 % of its data", async () => {
    const own = new Uint8Array(await packageLoader().loadArrayBuffer(TOKEN_INFO_FILE));
    const costs = servedFiles().get(COSTS_FILE)!;
    const posFile = restorePosFile(readFeaturesFile(servedFiles().get(FEATURES_FILE)!));
    const restored = new Uint8Array(restoreTokenInfo(costs, posFile));
    expect(restored.length).toBeGreaterThan(3_900_000);
    expect(Buffer.from(restored).equals(Buffer.from(own.subarray(0, restored.length)))).toBe(true);
    expect(own.subarray(restored.length).every((byte) => byte === 0)).toBe(true);
    expect(costs.byteLength).toBe(0.6 * restored.length);
    expect(servedFiles().has(TOKEN_INFO_FILE)).toBe(false);
  }, 60_000);
});
