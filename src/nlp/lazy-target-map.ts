/**
 * kuromoji with its largest startup cost deferred: the target map of its
 * token-info dictionary, which tells which dictionary entries each word of
 * the trie has.
 *
 * kuromoji (1.0.4) turns `tid_map.dat` into a JavaScript object of 325,871
 * arrays before it can tokenize anything: 70 to 150 ms on the worker, and as
 * much again in garbage collection, on every start. In build-tokenizer.ts
 * kuromoji is given an empty map instead, and the built tokenizer's map is
 * replaced by a view that answers each lookup from the build's index file
 * (target-map-file.ts). Tokenizing reads the map only through
 * `target_map[trie_id]` (its ViterbiBuilder), and gets an array-like of the
 * same numbers, so the tokens are the same (a unit test compares them with
 * kuromoji's own build on the shipped article and on random text).
 *
 * This reaches into kuromoji's internals: if a version of the library
 * changes them, `buildTokenizer` (build-tokenizer.ts) notices and builds
 * the ordinary way.
 */
import type { TargetMapIndex } from './target-map-file.ts';

/** A target map with no entries, as kuromoji reads it (a little-endian entry count, then entries). */
export const EMPTY_TARGET_MAP = new Int32Array([0]).buffer;

/**
 * `index` as kuromoji's `target_map`: `map[key]` is the list of token-info
 * ids for trie id `key` (an Int32Array into the index), or undefined.
 * Read-only; nothing is decoded or kept.
 */
export function lazyTargetMap(index: TargetMapIndex): Record<number, ArrayLike<number> | undefined> {
  return new Proxy({} as Record<number, ArrayLike<number> | undefined>, {
    get: (_target, property) => (typeof property === 'string' ? index.ids(Number(property)) : undefined),
  });
}
