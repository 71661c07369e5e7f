/**
 * Builds kuromoji's tokenizer with three of its dictionary files read in
 * the build's own forms, which gives the same tokens for less start-up work:
 * - the target map (`tid_map.dat`) is not turned into 325,871 arrays but
 *   looked up in the build's index file when a word is met
 *   (target-map-file.ts, lazy-target-map.ts);
 * - the part-of-speech lines (`tid_pos.dat`, 36 MB un-gzipped) come from
 *   the build's features file (features-file.ts, 7.6 MB), decoded one line
 *   at a time when a token needs it; the token-info file's costs come from
 *   the costs file (costs-file.ts), without the line offsets that only
 *   kuromoji's own way of reading lines needs.
 *
 * This reaches into kuromoji's internals (1.0.4): the token-info
 * dictionary's `target_map`, `getFeatures` and `dictionary` (its buffer of
 * `tid.dat`), which only its ViterbiBuilder and Tokenizer use. If a
 * version of the library does not have them, the tokenizer is built the
 * ordinary way, from the original part-of-speech, token-info and
 * target-map files restored from the served ones.
 */
import { TokenizerBuilder } from '@patdx/kuromoji';
import type { ArrayBufferLoader } from './dictionary-loader.ts';
import { COSTS_FILE, costsReader, restoreTokenInfo, TOKEN_INFO_FILE, TOKEN_INFO_RECORD_BYTES } from './costs-file.ts';
import { FEATURES_FILE, POS_FILE, readFeaturesFile, restorePosFile, type FeatureLines } from './features-file.ts';
import { EMPTY_TARGET_MAP, lazyTargetMap } from './lazy-target-map.ts';
import { readTargetMapFile, restoreTargetMap, TARGET_INDEX_FILE, TARGET_MAP_FILE, type TargetMapIndex } from './target-map-file.ts';
import { addUpDifferences, differenceFileOf } from './difference-files.ts';
import { errorMessage } from './protocol.ts';

export type Tokenizer = Awaited<ReturnType<TokenizerBuilder['build']>>;

/** A part-of-speech buffer with no lines, for kuromoji to wrap. */
const EMPTY_POS_FILE = new Uint8Array([0]).buffer;
/** A token-info buffer with no records, for kuromoji to wrap. */
const EMPTY_TOKEN_INFO = new Uint8Array(TOKEN_INFO_RECORD_BYTES).buffer;

/** The part of kuromoji's tokenizer this module touches. */
interface TokenizerInternals {
  token_info_dictionary?: { target_map?: unknown; getFeatures?: unknown; dictionary?: { getShort?: unknown } };
  viterbi_builder?: { token_info_dictionary?: unknown };
}

/**
 * Lines decoded and kept for the words met again. A text's words repeat
 * (particles above all: the long bench article has 115,000 tokens of about
 * 1,000 words), and decoding a line costs about 2 µs. Emptied when full, so
 * that tokenizing a great many texts cannot grow it without bound (at most
 * a few MB).
 */
const KEPT_LINES = 50_000;

/** kuromoji's `getFeatures` over `lines`: a token-info id (the byte offset of the word's tid.dat record) to its line, "" for none, as kuromoji gives. */
function featuresGetter(lines: FeatureLines): (tokenInfoId: number | string) => string {
  const kept = new Map<number, string>();
  return (tokenInfoId) => {
    const id = Number(tokenInfoId);
    let line = kept.get(id);
    if (line === undefined) {
      line = lines.line(id / TOKEN_INFO_RECORD_BYTES) ?? '';
      if (kept.size >= KEPT_LINES) kept.clear();
      kept.set(id, line);
    }
    return line;
  };
}

/**
 * Builds kuromoji's tokenizer from `loader`, which serves kuromoji's files
 * but the features file (FEATURES_FILE) in place of `tid_pos.dat.gz`, the
 * costs file (COSTS_FILE) in place of `tid.dat.gz`, the target map index
 * (TARGET_INDEX_FILE) in place of `tid_map.dat.gz`, and the trie and
 * connection costs as differences (DIFFERENCE_FILES). Each file is loaded
 * once.
 * @throws Error naming the file when the loader fails or the features, costs or index file is not one.
 */
export async function buildTokenizer(loader: ArrayBufferLoader): Promise<Tokenizer> {
  const loaded = new Map<string, ArrayBuffer>();
  let lines: FeatureLines | undefined;
  let targetMap: TargetMapIndex | undefined;
  let costs: ReturnType<typeof costsReader> | undefined;
  const load = async (name: string): Promise<ArrayBuffer> => {
    const kept = loaded.get(name);
    if (kept) return kept;
    const bytes = await loader.loadArrayBuffer(name);
    loaded.set(name, bytes);
    return bytes;
  };
  /** `read(file's bytes)`, or an error naming the file. */
  const readServed = async <T>(name: string, read: (bytes: ArrayBuffer) => T): Promise<T> => {
    const bytes = await load(name);
    try {
      return read(bytes);
    } catch (error) {
      throw new Error(`Dictionary file ${name} is corrupt (${errorMessage(error)})`, { cause: error });
    }
  };
  const readLines = async (): Promise<FeatureLines> => (lines ??= await readServed(FEATURES_FILE, readFeaturesFile));
  const readTargetMap = async (): Promise<TargetMapIndex> => (targetMap ??= await readServed(TARGET_INDEX_FILE, readTargetMapFile));
  const readCosts = async (): Promise<ReturnType<typeof costsReader>> => (costs ??= await readServed(COSTS_FILE, costsReader));
  /** kuromoji's file `name` where it is served as it is or as differences (difference-files.ts). */
  const asServed = async (name: string): Promise<ArrayBuffer> => {
    const differences = differenceFileOf(name);
    return differences ? readServed(differences.served, (bytes) => addUpDifferences(bytes, differences.width)) : load(name);
  };
  const tokenizer = await new TokenizerBuilder({
    loader: {
      async loadArrayBuffer(name: string) {
        if (name === POS_FILE) return (await readLines(), EMPTY_POS_FILE.slice(0));
        if (name === TARGET_MAP_FILE) return (await readTargetMap(), EMPTY_TARGET_MAP.slice(0));
        if (name === TOKEN_INFO_FILE) return (await readCosts(), EMPTY_TOKEN_INFO.slice(0));
        return asServed(name);
      },
    },
  }).build();
  const internals = tokenizer as unknown as TokenizerInternals;
  const dictionary = internals.token_info_dictionary;
  if (
    lines &&
    targetMap &&
    costs &&
    dictionary &&
    'target_map' in dictionary &&
    typeof dictionary.getFeatures === 'function' &&
    typeof dictionary.dictionary?.getShort === 'function' &&
    internals.viterbi_builder?.token_info_dictionary === dictionary
  ) {
    dictionary.target_map = lazyTargetMap(targetMap);
    dictionary.getFeatures = featuresGetter(lines);
    dictionary.dictionary = costs;
    return tokenizer;
  }
  // Not the kuromoji this was written for: let it build itself from the original files.
  const posFile = restorePosFile(await readLines());
  const tokenInfo = restoreTokenInfo(await load(COSTS_FILE), posFile);
  const original: Record<string, ArrayBuffer> = {
    [POS_FILE]: posFile.buffer,
    [TOKEN_INFO_FILE]: tokenInfo,
    [TARGET_MAP_FILE]: restoreTargetMap(await readTargetMap()),
  };
  return new TokenizerBuilder({ loader: { loadArrayBuffer: async (name: string) => original[name] ?? asServed(name) } }).build();
}
