import { describe, expect, it } from 'vitest';
import { lazyTargetMap } from '../../../src/nlp/lazy-target-map.ts';
import { encodeTargetMapFile, readTargetMapFile } from '../../../src/nlp/target-map-file.ts';

/** An index of a target-map file: a count, then key, number of ids, ids. */
function indexOf(entries: [number, number[]][]) {
  const file = new Int32Array([entries.length, ...entries.flatMap(([key, ids]) => [key, ids.length, ...ids])]);
  return readTargetMapFile(encodeTargetMapFile(new Uint8Array(file.buffer)).buffer as ArrayBuffer);
}

describe('lazyTargetMap', () => {
  it("answers kuromoji's `target_map[trie_id]` from the index, and nothing for other properties", () => {
    const map = lazyTargetMap(indexOf([[0, [7]], [5, [11, 12, 13]], [3000, [99]]]));
    expect(Array.from(map[5]!)).toEqual([11, 12, 13]);
    expect(Array.from(map[0]!)).toEqual([7]);
    expect(Array.from(map[3000]!)).toEqual([99]);
    expect(map[1]).toBeUndefined();
    expect(map[4000]).toBeUndefined();
    expect((map as Record<string, unknown>).then).toBeUndefined();
    expect((map as Record<symbol, unknown>)[Symbol.iterator]).toBeUndefined();
  });
});
