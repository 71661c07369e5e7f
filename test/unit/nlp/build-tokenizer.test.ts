import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { TokenizerBuilder } from '@patdx/kuromoji';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildTokenizer, type Tokenizer } from '../../../src/nlp/build-tokenizer.ts';
import type { ArrayBufferLoader } from '../../../src/nlp/dictionary-loader.ts';
import { COSTS_FILE } from '../../../src/nlp/costs-file.ts';
import { FEATURES_FILE } from '../../../src/nlp/features-file.ts';
import { TARGET_INDEX_FILE } from '../../../src/nlp/target-map-file.ts';
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

  it('loads every served file once, the features, costs, index and difference files in place of the files they are made from, and reads the map and lines lazily', () => {
    expect([...asked].sort()).toEqual([
      'base.diff.gz', 'cc.diff.gz', 'check.diff.gz', COSTS_FILE, TARGET_INDEX_FILE, FEATURES_FILE,
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
  it('names the features, costs or target map index file when it is not one', async () => {
    const files = [
      [FEATURES_FILE, 'not a features file'],
      [COSTS_FILE, 'a costs file of 64 bytes, not a whole number of 6-byte records'],
      [TARGET_INDEX_FILE, 'not a target map index'],
    ] as const;
    for (const [file, problem] of files) {
      const base = servedLoader();
      const loader: ArrayBufferLoader = {
        loadArrayBuffer: async (name) => (name === file ? new Uint8Array(64).fill(7).buffer : base.loadArrayBuffer(name)),
      };
      await expect(buildTokenizer(loader)).rejects.toThrow(`Dictionary file ${file} is corrupt (${problem})`);
    }
  }, 60_000);

  it('passes on a loader failure', async () => {
    const base = servedLoader();
    const loader: ArrayBufferLoader = {
      loadArrayBuffer: (name) => (name === FEATURES_FILE ? Promise.reject(new Error(`Dictionary file ${name} could not be downloaded (HTTP 404)`)) : base.loadArrayBuffer(name)),
    };
    await expect(buildTokenizer(loader)).rejects.toThrow(`Dictionary file ${FEATURES_FILE} could not be downloaded (HTTP 404)`);
  }, 60_000);
});

describe('buildTokenizer on a kuromoji without the internals it replaces', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("falls back to kuromoji's own build, from the restored part-of-speech, token-info and target-map files, with the same tokens", async () => {
    const build = TokenizerBuilder.prototype.build;
    // The first build (the lazy one) gives a tokenizer whose token-info dictionary has no getFeatures to replace.
    vi.spyOn(TokenizerBuilder.prototype, 'build').mockImplementationOnce(async function (this: TokenizerBuilder) {
      const built = await build.call(this);
      Object.defineProperty((built as unknown as Internals).token_info_dictionary, 'getFeatures', { value: undefined });
      return built;
    });
    const tokenizer = await buildTokenizer(servedLoader());
    const stock = await new TokenizerBuilder({ loader: packageLoader() }).build();
    const internals = tokenizer as unknown as Internals;
    const own = (stock as unknown as Internals).token_info_dictionary.target_map;
    // kuromoji's own map and part-of-speech buffer, built from the restored files: 36 MB of lines.
    expect(Object.keys(internals.token_info_dictionary.target_map)).toEqual(Object.keys(own));
    expect(internals.token_info_dictionary.target_map[1000]).toEqual(own[1000]);
    expect(internals.token_info_dictionary.pos_buffer.buffer.byteLength).toBeGreaterThan(30_000_000);
    expect(tokenizer.tokenize(ARTICLE)).toEqual(stock.tokenize(ARTICLE));
  }, 60_000);
});
