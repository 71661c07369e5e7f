/**
 * kuromoji with its largest startup cost deferred: the target map of its
 * token-info dictionary (`tid_map.dat`), which tells which dictionary
 * entries each word of the trie has.
 *
 * kuromoji (1.0.4) turns that file into a JavaScript object of 325,871
 * arrays before it can tokenize anything: 70 to 150 ms on the worker, and as
 * much again in garbage collection, on every start. In build-tokenizer.ts kuromoji
 * is given an empty map instead, and the built tokenizer's map is replaced by a view
 * that reads an entry from the file's bytes the first time the tokenizer
 * looks it up. Tokenizing reads the map only through
 * `target_map[trie_id]` (its ViterbiBuilder), and gets an array-like of the
 * same numbers, so the tokens are the same (a unit test compares them with
 * kuromoji's own build on the shipped article and on random text).
 *
 * This reaches into kuromoji's internals: if a version of the library
 * changes them, `buildTokenizer` (build-tokenizer.ts) notices and builds
 * the ordinary way.
 */
/** The dictionary file kept out of kuromoji's build. */
export const TARGET_MAP_FILE = 'tid_map.dat.gz';

/** A target map with no entries, as kuromoji reads it (a little-endian entry count, then entries). */
export const EMPTY_TARGET_MAP = new Int32Array([0]).buffer;

/**
 * A read-only view of a `tid_map.dat` file as kuromoji's `target_map`:
 * `map[key]` is the list of token-info ids for trie id `key` (an Int32Array
 * into `bytes`), or undefined. The file is a count, then for each key:
 * key, number of ids, ids (all little-endian int32), then zero padding.
 * @throws Error if an entry runs past the file's end or a key comes twice.
 */
export function lazyTargetMap(bytes: ArrayBuffer): Record<number, ArrayLike<number> | undefined> {
  const ints = new Int32Array(bytes, 0, bytes.byteLength >> 2);
  // Where each key's id count sits in `ints`; 0 for no entry (no count is at index 0).
  let where = new Int32Array(1024);
  for (let at = 1; at + 1 < ints.length; ) {
    const key = ints[at]!;
    const count = ints[at + 1]!;
    if (count === 0) {
      at += 2;
      continue;
    }
    if (key < 0 || count < 0 || at + 2 + count > ints.length) throw new Error(`${TARGET_MAP_FILE} has a bad entry at ${at * 4}`);
    if (key >= where.length) {
      const grown = new Int32Array(Math.max(key + 1, where.length * 2));
      grown.set(where);
      where = grown;
    }
    // kuromoji would merge a key's repeated entries; its files have none, and this view does not merge.
    if (where[key] !== 0) throw new Error(`${TARGET_MAP_FILE} lists trie id ${key} twice`);
    where[key] = at + 1;
    at += 2 + count;
  }
  const found = new Map<number, Int32Array>();
  const lookup = (key: number): Int32Array | undefined => {
    let ids = found.get(key);
    if (ids) return ids;
    const at = key >= 0 && key < where.length ? where[key]! : 0;
    if (at === 0) return undefined;
    ids = ints.subarray(at + 1, at + 1 + ints[at]!);
    found.set(key, ids);
    return ids;
  };
  return new Proxy({} as Record<number, ArrayLike<number> | undefined>, {
    get: (_target, property) => (typeof property === 'string' ? lookup(Number(property)) : undefined),
  });
}
