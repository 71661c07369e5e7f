import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { TokenizerBuilder } from '@patdx/kuromoji';
import NodeDictionaryLoader from '@patdx/kuromoji/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTokenizer, lazyTargetMap, TARGET_MAP_FILE, type Tokenizer } from '../../../src/nlp/lazy-target-map.ts';
import type { ArrayBufferLoader } from '../../../src/nlp/dictionary-loader.ts';

const ARTICLE = readFileSync('data/articles/nvidia-deepseek-2025-01-27.ja.txt', 'utf8');

/** kuromoji's own loader of the package's dictionary, counting the files it is asked for. */
function packageLoader(): ArrayBufferLoader & { asked: string[] } {
  const loader = new NodeDictionaryLoader({ dic_path: 'node_modules/@patdx/kuromoji/dict/' });
  const asked: string[] = [];
  return { asked, loadArrayBuffer: async (name: string) => (asked.push(name), (await loader.loadArrayBuffer(name)) as ArrayBuffer) };
}

/** A target-map file: count, then key, number of ids, ids; then `padding` zero ints. */
function targetMapFile(entries: [number, number[]][], padding = 0): ArrayBuffer {
  const ints = [entries.length, ...entries.flatMap(([key, ids]) => [key, ids.length, ...ids])];
  return new Int32Array([...ints, ...new Array<number>(padding).fill(0)]).buffer;
}

describe('lazyTargetMap', () => {
  it("reads a key's ids from the file, past zero padding, and nothing for keys it lacks", () => {
    const map = lazyTargetMap(targetMapFile([[0, [7]], [5, [11, 12, 13]], [3000, [99]]], 6));
    expect(Array.from(map[5]!)).toEqual([11, 12, 13]);
    expect(Array.from(map[0]!)).toEqual([7]);
    expect(Array.from(map[3000]!)).toEqual([99]);
    expect(map[1]).toBeUndefined();
    expect(map[4000]).toBeUndefined();
    expect((map as Record<string, unknown>).then).toBeUndefined();
    // The same key gives the same list (decoded once).
    expect(map[5]).toBe(map[5]);
  });

  it('refuses a file whose entries run past its end or repeat a key', () => {
    expect(() => lazyTargetMap(new Int32Array([1, 4, 3, 1]).buffer)).toThrow(/bad entry/);
    expect(() => lazyTargetMap(targetMapFile([[4, [1]], [4, [2]]]))).toThrow(/trie id 4 twice/);
  });
});

describe('buildTokenizer', () => {
  let lazy: Tokenizer;
  let stock: Tokenizer;
  let asked: string[];

  beforeAll(async () => {
    const loader = packageLoader();
    lazy = await buildTokenizer(loader);
    asked = loader.asked;
    stock = await new TokenizerBuilder({ loader: packageLoader() }).build();
  }, 60_000);

  it('loads every file once, the target map included, and reads the map lazily', () => {
    expect([...asked].sort()).toEqual([
      'base.dat.gz', 'cc.dat.gz', 'check.dat.gz', 'tid.dat.gz', TARGET_MAP_FILE, 'tid_pos.dat.gz',
      'unk.dat.gz', 'unk_char.dat.gz', 'unk_compat.dat.gz', 'unk_invoke.dat.gz', 'unk_map.dat.gz', 'unk_pos.dat.gz',
    ]);
    const map = (lazy as unknown as { token_info_dictionary: { target_map: Record<number, unknown> } }).token_info_dictionary.target_map;
    expect(Object.keys(map)).toHaveLength(0);
  });

  it("gives exactly kuromoji's own tokens for the shipped article", () => {
    expect(lazy.tokenize(ARTICLE)).toEqual(stock.tokenize(ARTICLE));
  });

  it("gives exactly kuromoji's own tokens for any text", () => {
    const piece = fc.constantFrom(
      '本日', 'は', 'エヌビディア', 'NVIDIA', '株価', 'が', '１１％', '下落', 'しました', '。', '、', '𠮷野家', '😀', 'か\u3099',
      'ﾃｽﾄ', '123', ' ', '\n', '〜', '「', '」', 'すもも', 'もも', '的', '思われる', 'ｗ', 'Ω', '\u200d',
    );
    const text = fc.oneof(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), fc.string({ unit: 'grapheme', maxLength: 30 }));
    fc.assert(
      fc.property(text, (t) => {
        expect(lazy.tokenize(t)).toEqual(stock.tokenize(t));
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildTokenizer on a target map it cannot read lazily', () => {
  it("falls back to kuromoji's own build, with the same tokens", async () => {
    const base = packageLoader();
    const map = new Int32Array(await base.loadArrayBuffer(TARGET_MAP_FILE));
    // Append a repeat of the first entry's key (kuromoji merges it; the lazy view refuses it).
    let end = 1;
    while (map[end + 1]! > 0) end += 2 + map[end + 1]!;
    const [key, count, ...ids] = map.subarray(1, 3 + map[2]!);
    const changed = new Int32Array(end + 3 + count!);
    changed.set(map.subarray(0, end));
    changed.set([key!, count!, ...ids], end);
    const loader: ArrayBufferLoader = {
      loadArrayBuffer: async (name) => (name === TARGET_MAP_FILE ? changed.buffer.slice(0) : base.loadArrayBuffer(name)),
    };
    const tokenizer = await buildTokenizer(loader);
    const list = (tokenizer as unknown as { token_info_dictionary: { target_map: Record<number, unknown> } }).token_info_dictionary.target_map[key!];
    expect(Array.isArray(list)).toBe(true);
    expect((list as number[]).length).toBe(2 * count!);
    expect(tokenizer.tokenize('すもももももももものうち').map((t) => t.surface_form)).toEqual(['すもも', 'も', 'もも', 'も', 'もも', 'の', 'うち']);
  }, 60_000);
});
