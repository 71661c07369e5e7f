import { describe, expect, it } from 'vitest';
import { lazyTargetMap } from '../../../src/nlp/lazy-target-map.ts';

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
