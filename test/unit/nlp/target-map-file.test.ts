import fc from 'fast-check';
import { TokenizerBuilder } from '@patdx/kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  encodeTargetMapFile,
  readTargetMapFile,
  restoreTargetMap,
  TARGET_INDEX_FILE,
  TARGET_MAP_FILE,
} from '../../../src/nlp/target-map-file.ts';
import { packageLoader, servedFiles } from './support/served-dictionary.ts';

/** A target-map file as kuromoji writes it: a count, then key, number of ids, ids; then `padding` zero ints. */
function targetMapFile(entries: [number, number[]][], padding = 0): Uint8Array {
  const ints = [entries.length, ...entries.flatMap(([key, ids]) => [key, ids.length, ...ids]), ...new Array<number>(padding).fill(0)];
  return new Uint8Array(new Int32Array(ints).buffer);
}

type TargetMaps = { target_map: Record<string, number[]>; loadTargetMap(file: Uint8Array): TargetMaps };
let stock: { token_info_dictionary: TargetMaps };

beforeAll(async () => {
  stock = (await new TokenizerBuilder({ loader: packageLoader() }).build()) as unknown as typeof stock;
}, 60_000);

/** The map kuromoji itself reads from `file`, through its own loadTargetMap (its class is not exported: taken from a built tokenizer). */
function kuromojiMap(file: Uint8Array): Record<string, number[]> {
  const TokenInfoDictionary = stock.token_info_dictionary.constructor as new () => TargetMaps;
  return new TokenInfoDictionary().loadTargetMap(file).target_map;
}

/** The index read back as a plain map, keys with ids only. */
function asRecord(file: Uint8Array): Record<string, number[]> {
  const index = readTargetMapFile(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
  const record: Record<string, number[]> = {};
  for (let key = 0; key < index.keys; key++) {
    const ids = index.ids(key);
    if (ids) record[key] = Array.from(ids);
  }
  return record;
}

describe('the target map index', () => {
  it("gives each trie id its ids, nothing for ids it lacks, as kuromoji reads the file: padding skipped, repeated keys merged", () => {
    const file = targetMapFile([[0, [7]], [5, [11, 12, 13]], [3000, [99]], [8, []], [5, [14]]], 6);
    const index = readTargetMapFile(encodeTargetMapFile(file).buffer as ArrayBuffer);
    expect(index.keys).toBe(3001);
    expect(Array.from(index.ids(5)!)).toEqual([11, 12, 13, 14]);
    expect(Array.from(index.ids(0)!)).toEqual([7]);
    expect(Array.from(index.ids(3000)!)).toEqual([99]);
    for (const key of [1, 8, 2999, 3001, -1, 1.5, Number.NaN]) expect(index.ids(key)).toBeUndefined();
  });

  it('gives back what kuromoji reads from any file, and restores a file kuromoji reads the same', () => {
    const entry = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.array(fc.integer({ min: 0, max: 4_000_000 }), { maxLength: 5 }));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), fc.integer({ min: 0, max: 8 }), (entries, padding) => {
        const file = targetMapFile(entries, padding);
        const own = kuromojiMap(file);
        const encoded = encodeTargetMapFile(file);
        expect(asRecord(encoded)).toEqual(own);
        const restored = new Uint8Array(restoreTargetMap(readTargetMapFile(encoded.buffer as ArrayBuffer)));
        expect(kuromojiMap(restored)).toEqual(own);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a trie id it cannot index', () => {
    expect(() => encodeTargetMapFile(targetMapFile([[-3, [1]]]))).toThrow(/trie id of -3/);
    expect(() => encodeTargetMapFile(targetMapFile([[1 << 27, [1]]]))).toThrow(/trie id of/);
    expect(() => encodeTargetMapFile(targetMapFile([[2, new Array<number>(256).fill(10)]]))).toThrow(/trie id 2 256 ids/);
  });

  it('leaves the bytes it reads as they were (the loader may keep them for the offline copy)', () => {
    const file = encodeTargetMapFile(targetMapFile([[1, [40, 50, 60]], [2, [10]]]));
    const before = file.slice();
    expect(Array.from(readTargetMapFile(file.buffer as ArrayBuffer).ids(1)!)).toEqual([40, 50, 60]);
    expect(file).toEqual(before);
  });

  it('refuses bytes that are not an index of this version, are cut short, or whose counts do not add up', () => {
    const file = encodeTargetMapFile(targetMapFile([[1, [10, 20]], [4, [30]]]));
    expect(() => readTargetMapFile(new ArrayBuffer(0))).toThrow(/too short/);
    expect(() => readTargetMapFile(new TextEncoder().encode('<!doctype html><html></html>....').buffer as ArrayBuffer)).toThrow(/not a target map index/);
    const version = file.slice();
    new DataView(version.buffer).setUint32(4, 9, true);
    expect(() => readTargetMapFile(version.buffer)).toThrow(/version 9, not 1/);
    expect(() => readTargetMapFile(file.slice(0, file.length - 4).buffer)).toThrow(/wrong size/);
    // Counts [0, 2, 0, 0, 1] after three differences: trie id 4 said to have 2 ids.
    const miscounted = file.slice();
    miscounted[miscounted.length - 1] = 2;
    expect(() => readTargetMapFile(miscounted.buffer)).toThrow(/add up to 4 ids, not 3/);
  });
});

describe("the target map index of kuromoji's IPADIC", () => {
  it("gives every trie id exactly kuromoji's own ids, in half the size", async () => {
    const own = new Uint8Array(await packageLoader().loadArrayBuffer(TARGET_MAP_FILE));
    const served = servedFiles().get(TARGET_INDEX_FILE)!;
    expect(Object.keys(stock.token_info_dictionary.target_map).length).toBeGreaterThan(300_000);
    expect(asRecord(new Uint8Array(served))).toEqual(stock.token_info_dictionary.target_map);
    let used = own.length;
    while (used > 0 && own[used - 1] === 0) used--;
    expect(served.byteLength * 2).toBeLessThan(used);
    expect(servedFiles().has(TARGET_MAP_FILE)).toBe(false);
  }, 60_000);
});
