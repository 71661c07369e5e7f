import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { TokenizerBuilder } from '@patdx/kuromoji';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTokenizer, type Tokenizer } from '../../../src/nlp/build-tokenizer.ts';
import type { ArrayBufferLoader } from '../../../src/nlp/dictionary-loader.ts';
import { COSTS_FILE, FEATURES_FILE } from '../../../src/nlp/features-file.ts';
import { TARGET_MAP_FILE } from '../../../src/nlp/lazy-target-map.ts';
import { packageLoader, servedLoader } from './support/served-dictionary.ts';

const ARTICLE = readFileSync('data/articles/nvidia-deepseek-2025-01-27.ja.txt', 'utf8');

interface Internals {
  token_info_dictionary: { target_map: Record<number, unknown>; pos_buffer: { buffer: Uint8Array } };
}

describe('buildTokenizer', () => {
  let lazy: Tokenizer;
  let stock: Tokenizer;
  let asked: string[];

  beforeAll(async () => {
    const loader = servedLoader();
    lazy = await buildTokenizer(loader);
    asked = loader.asked;
    stock = await new TokenizerBuilder({ loader: packageLoader() }).build();
  }, 60_000);

  it('loads every served file once, the features and costs files in place of the part-of-speech and token-info files, and reads the map and lines lazily', () => {
    expect([...asked].sort()).toEqual([
      'base.dat.gz', 'cc.dat.gz', 'check.dat.gz', COSTS_FILE, TARGET_MAP_FILE, FEATURES_FILE,
      'unk.dat.gz', 'unk_char.dat.gz', 'unk_compat.dat.gz', 'unk_invoke.dat.gz', 'unk_map.dat.gz', 'unk_pos.dat.gz',
    ]);
    const internals = lazy as unknown as Internals;
    expect(Object.keys(internals.token_info_dictionary.target_map)).toHaveLength(0);
    expect(internals.token_info_dictionary.pos_buffer.buffer.byteLength).toBeLessThan(16);
  });

  it("gives exactly kuromoji's own tokens for the shipped article", () => {
    expect(lazy.tokenize(ARTICLE)).toEqual(stock.tokenize(ARTICLE));
  });

  it("gives exactly kuromoji's own tokens for any text", () => {
    const piece = fc.constantFrom(
      '本日', 'は', 'エヌビディア', 'NVIDIA', '株価', 'が', '１１％', '下落', 'しました', '。', '、', '𠮷野家', '😀', 'か\u3099',
      'ﾃｽﾄ', '123', ' ', '\n', '〜', '「', '」', 'すもも', 'もも', '的', '思われる', 'ｗ', 'Ω', '\u200d', '東京', 'ヴァ',
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

describe('buildTokenizer with bad files', () => {
  it('names the features file when it is not one', async () => {
    const base = servedLoader();
    const loader: ArrayBufferLoader = {
      loadArrayBuffer: async (name) => (name === FEATURES_FILE ? new Uint8Array(64).fill(7).buffer : base.loadArrayBuffer(name)),
    };
    await expect(buildTokenizer(loader)).rejects.toThrow(`Dictionary file ${FEATURES_FILE} is corrupt (not a features file)`);
  }, 60_000);

  it('passes on a loader failure', async () => {
    const base = servedLoader();
    const loader: ArrayBufferLoader = {
      loadArrayBuffer: (name) => (name === FEATURES_FILE ? Promise.reject(new Error(`Dictionary file ${name} could not be downloaded (HTTP 404)`)) : base.loadArrayBuffer(name)),
    };
    await expect(buildTokenizer(loader)).rejects.toThrow(`Dictionary file ${FEATURES_FILE} could not be downloaded (HTTP 404)`);
  }, 60_000);
});

describe('buildTokenizer on a target map it cannot read lazily', () => {
  it("falls back to kuromoji's own build, from the restored part-of-speech and token-info files, with the same tokens", async () => {
    const base = servedLoader();
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
    const internals = tokenizer as unknown as Internals;
    const list = internals.token_info_dictionary.target_map[key!];
    expect(Array.isArray(list)).toBe(true);
    expect((list as number[]).length).toBe(2 * count!);
    // kuromoji's own part-of-speech buffer, restored: 36 MB of lines.
    expect(internals.token_info_dictionary.pos_buffer.buffer.byteLength).toBeGreaterThan(30_000_000);
    const stock = await new TokenizerBuilder({ loader: packageLoader() }).build();
    expect(tokenizer.tokenize(ARTICLE)).toEqual(stock.tokenize(ARTICLE));
  }, 60_000);
});
