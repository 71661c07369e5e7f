import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addUpDifferences, DIFFERENCE_FILES, differenceFileOf, encodeDifferences } from '../../../src/nlp/difference-files.ts';
import { PACKAGE_DICTIONARY, packageLoader, servedFiles } from './support/served-dictionary.ts';

const bytesOf = (values: Int16Array | Int32Array) => new Uint8Array(values.buffer, values.byteOffset, values.byteLength);

describe('difference files', () => {
  it('give back any integers exactly, extremes and wrap-around included, and leave their input as it was', () => {
    const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
    const int16 = fc.integer({ min: -(2 ** 15), max: 2 ** 15 - 1 });
    fc.assert(
      fc.property(fc.array(int32, { maxLength: 200 }), fc.array(int16, { maxLength: 200 }), (wide, narrow) => {
        for (const [values, width] of [[new Int32Array([...wide, 2 ** 31 - 1, -(2 ** 31), 0]), 4], [new Int16Array([...narrow, 32767, -32768]), 2]] as const) {
          const file = bytesOf(values);
          const before = file.slice();
          const differences = encodeDifferences(file, width);
          expect(file).toEqual(before);
          const copy = differences.slice();
          expect(new Uint8Array(addUpDifferences(differences.buffer, width))).toEqual(file);
          expect(differences).toEqual(copy);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('make slowly changing integers small, which is what gzip is given', () => {
    const steps = new Int32Array(1000).map((_, i) => 1_000_000 + 3 * i);
    expect(Array.from(new Int32Array(encodeDifferences(bytesOf(steps), 4).buffer).subarray(0, 3))).toEqual([1_000_000, 3, 3]);
  });

  it('refuse bytes that are not a whole number of integers', () => {
    expect(() => encodeDifferences(new Uint8Array(6), 4)).toThrow(/6 bytes are not a whole number of 4-byte integers/);
    expect(() => addUpDifferences(new ArrayBuffer(3), 2)).toThrow(/3 bytes are not a whole number of 2-byte integers/);
  });

  it('name the files kuromoji asks for that are served as differences', () => {
    expect(differenceFileOf('check.dat.gz')).toEqual({ name: 'check.dat.gz', served: 'check.diff.gz', width: 4 });
    expect(differenceFileOf('tid.dat.gz')).toBeUndefined();
  });
});

describe("kuromoji's IPADIC as difference files", () => {
  it("adds up to kuromoji's own files byte for byte, from smaller downloads", async () => {
    for (const { name, served, width } of DIFFERENCE_FILES) {
      const own = new Uint8Array(await packageLoader().loadArrayBuffer(name));
      const file = servedFiles().get(served)!;
      expect(Buffer.from(addUpDifferences(file, width)).equals(Buffer.from(own)), name).toBe(true);
      // Both gzipped alike: the difference file is the smaller download.
      expect(gzipSync(new Uint8Array(file), { level: 9 }).length, name).toBeLessThan(0.85 * readFileSync(`${PACKAGE_DICTIONARY}${name}`).length);
      expect(servedFiles().has(name)).toBe(false);
    }
  }, 60_000);
});
