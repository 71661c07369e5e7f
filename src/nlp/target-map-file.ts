/**
 * kuromoji's target map (`tid_map.dat`), re-encoded by the build into an
 * index the tokenizer reads in place.
 *
 * The target map tells, for each word of the dictionary's trie (a trie
 * id), which token-info records (`tid.dat` byte offsets) it has. kuromoji's
 * file lists 325,871 entries as "trie id, number of ids, ids" (int32 each,
 * 4.2 MB). Reading one entry there means scanning every entry before it,
 * so kuromoji turns the whole file into an object of arrays before it can
 * tokenize; a lazy view still had to scan it once to index it.
 *
 * The index file holds the same map in 2.0 MB, 0.35 MB gzipped (kuromoji's
 * is 1.5 MB gzipped): every trie id's number of ids (one byte), then all
 * ids in trie-id order, each as its difference from the one before (ids
 * mostly follow each other, so the differences gzip well). Reading it adds
 * both up (two tight loops, a few ms) into a compressed sparse row form:
 * entry `k`'s ids are `ids[starts[k]]` up to `ids[starts[k + 1]]`, so a
 * lookup is two reads.
 *
 * Layout (little-endian):
 * - header, 4 uint32: MAGIC, VERSION, key count (the largest trie id + 1),
 *   id count;
 * - ids, id count int32: each id minus the one before (the first minus 0);
 * - counts, key count uint8: the number of ids of each trie id.
 *
 * The encoder reads kuromoji's file as kuromoji does (its loadTargetMap:
 * the first int is skipped, an entry with no ids adds nothing, a key listed
 * twice gets both lists, in order), and checks that the index gives back
 * exactly that map.
 *
 * Pure: used by the build (node) and the tokenizer worker alike.
 */

/** The name kuromoji asks its loader for. */
export const TARGET_MAP_FILE = 'tid_map.dat.gz';
/** The name the build serves the index file under, in place of TARGET_MAP_FILE. */
export const TARGET_INDEX_FILE = 'tid_map.index.gz';

/** "SHTM", read as a little-endian uint32. */
const MAGIC = 0x4d544853;
const VERSION = 1;
const HEADER_INTS = 4;
/** Far above IPADIC's 392,126 trie ids; keeps a corrupt key from asking for gigabytes. */
const MAX_KEYS = 1 << 26;
/** A count is one byte (IPADIC's largest is 20). */
const MAX_IDS_PER_KEY = 0xff;

/** A target map, read in place. */
export interface TargetMapIndex {
  /** One more than the largest trie id that has ids. */
  readonly keys: number;
  /** The token-info ids of trie id `key`, in kuromoji's order; undefined when it has none, as in kuromoji's map. */
  ids(key: number): Int32Array | undefined;
}

/** kuromoji's target map from its file: trie id to token-info ids, as its loadTargetMap builds it. */
function readAsKuromoji(tidMap: Uint8Array): Map<number, number[]> {
  const data = new DataView(tidMap.buffer, tidMap.byteOffset, tidMap.byteLength);
  // kuromoji's ByteBuffer.getInt: 0 where fewer than four bytes are left.
  const intAt = (at: number) => (at + 4 <= tidMap.length ? data.getInt32(at, true) : 0);
  const map = new Map<number, number[]>();
  for (let at = 4; at + 1 <= tidMap.length; ) {
    const key = intAt(at);
    const count = intAt(at + 4);
    at += 8;
    for (let i = 0; i < count; i++, at += 4) {
      let ids = map.get(key);
      if (!ids) map.set(key, (ids = []));
      ids.push(intAt(at));
    }
  }
  return map;
}

/**
 * The index file of kuromoji's `tid_map.dat` (`tidMap`, un-gzipped).
 * @throws Error if a trie id is negative or implausibly large, or the index
 *   would not give back kuromoji's map exactly.
 */
export function encodeTargetMapFile(tidMap: Uint8Array): Uint8Array {
  const map = readAsKuromoji(tidMap);
  let keys = 0;
  let idCount = 0;
  for (const [key, ids] of map) {
    if (!Number.isInteger(key) || key < 0 || key >= MAX_KEYS) throw new Error(`tid_map.dat has a trie id of ${key}`);
    keys = Math.max(keys, key + 1);
    idCount += ids.length;
  }
  const file = new Uint8Array(4 * (HEADER_INTS + idCount) + keys);
  new Uint32Array(file.buffer, 0, HEADER_INTS).set([MAGIC, VERSION, keys, idCount]);
  const differences = new Int32Array(file.buffer, 4 * HEADER_INTS, idCount);
  const counts = new Uint8Array(file.buffer, 4 * (HEADER_INTS + idCount), keys);
  let at = 0;
  let previous = 0;
  for (let key = 0; key < keys; key++) {
    const list = map.get(key) ?? [];
    if (list.length > MAX_IDS_PER_KEY) throw new Error(`tid_map.dat gives trie id ${key} ${list.length} ids`);
    counts[key] = list.length;
    for (const id of list) {
      differences[at++] = id - previous;
      previous = id;
    }
  }
  const index = readTargetMapFile(file.buffer);
  for (let key = 0; key < keys; key++) {
    const expected = map.get(key);
    const got = index.ids(key);
    if (expected === undefined ? got !== undefined : !got || got.length !== expected.length || expected.some((id, i) => got[i] !== id)) {
      throw new Error(`the target map index would not give back trie id ${key}`);
    }
  }
  return file;
}

/**
 * Reads an index file: adds up its counts and differences into a new
 * buffer (`bytes` is left as it is: the loader may keep it for the offline
 * copy).
 * @throws Error if `bytes` is not an index file of this version, is cut
 *   short, or its counts do not add up to its id count.
 */
export function readTargetMapFile(bytes: ArrayBuffer): TargetMapIndex {
  if (bytes.byteLength < HEADER_INTS * 4) throw new Error('not a target map index (too short)');
  const [magic, version, keys, idCount] = new Uint32Array(bytes, 0, HEADER_INTS) as unknown as number[];
  if (magic !== MAGIC) throw new Error('not a target map index');
  if (version !== VERSION) throw new Error(`a target map index of version ${version}, not ${VERSION}`);
  if (keys! >= MAX_KEYS || 4 * (HEADER_INTS + idCount!) + keys! !== bytes.byteLength) throw new Error('a target map index of the wrong size');
  const differences = new Int32Array(bytes, 4 * HEADER_INTS, idCount!);
  const counts = new Uint8Array(bytes, 4 * (HEADER_INTS + idCount!), keys!);
  const starts = new Uint32Array(keys! + 1);
  let total = 0;
  for (let key = 0; key < keys!; key++) {
    starts[key] = total;
    total += counts[key]!;
  }
  starts[keys!] = total;
  if (total !== idCount) throw new Error(`a target map index whose counts add up to ${total} ids, not ${idCount}`);
  const ids = new Int32Array(idCount!);
  let id = 0;
  for (let i = 0; i < idCount!; i++) ids[i] = id = (id + differences[i]!) | 0;
  return {
    keys: keys!,
    ids(key) {
      if (!(key >= 0 && key < keys!)) return undefined;
      const start = starts[key]!;
      const end = starts[key + 1]!;
      return start === end ? undefined : ids.subarray(start, end);
    },
  };
}

/**
 * A target-map file kuromoji reads into the same map as its own: for a
 * kuromoji that cannot be given the index (see build-tokenizer.ts).
 */
export function restoreTargetMap(index: TargetMapIndex): ArrayBuffer {
  const ints: number[] = [0];
  let entries = 0;
  for (let key = 0; key < index.keys; key++) {
    const ids = index.ids(key);
    if (!ids) continue;
    entries++;
    ints.push(key, ids.length);
    for (const id of ids) ints.push(id);
  }
  ints[0] = entries;
  return new Int32Array(ints).buffer;
}
