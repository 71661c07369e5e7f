/**
 * Three of kuromoji's dictionary files served as differences, which gzip
 * far better: each number is sent as its difference from the one before,
 * and the worker adds them up again (a tight loop, a few ms a file).
 *
 * - `base.dat` and `check.dat`, the trie's double array (int32): 3.0 and
 *   1.4 MB gzipped instead of 4.0 and 3.1;
 * - `cc.dat`, the connection costs (int16): 1.3 MB instead of 1.7.
 *
 * The dictionary download shrinks by 3 MB. The files un-gzip to the same
 * sizes as before, and come out of the worker byte for byte as kuromoji's.
 * Differences wrap around like the integers they are made of, so any
 * values round-trip.
 *
 * Pure: used by the build (node) and the tokenizer worker alike.
 */

/** A file served as differences: kuromoji's name, the name served, and the width of its integers in bytes. */
export interface DifferenceFile {
  readonly name: string;
  readonly served: string;
  readonly width: 2 | 4;
}

export const DIFFERENCE_FILES: readonly DifferenceFile[] = [
  { name: 'base.dat.gz', served: 'base.diff.gz', width: 4 },
  { name: 'check.dat.gz', served: 'check.diff.gz', width: 4 },
  { name: 'cc.dat.gz', served: 'cc.diff.gz', width: 2 },
];

/** The difference file kuromoji's file `name` is served as, if any. */
export function differenceFileOf(name: string): DifferenceFile | undefined {
  return DIFFERENCE_FILES.find((file) => file.name === name);
}

function integers(bytes: ArrayBufferLike, byteOffset: number, byteLength: number, width: 2 | 4): Int16Array | Int32Array {
  if (byteLength % width !== 0) throw new Error(`${byteLength} bytes are not a whole number of ${width}-byte integers`);
  return width === 2 ? new Int16Array(bytes, byteOffset, byteLength / 2) : new Int32Array(bytes, byteOffset, byteLength / 4);
}

/**
 * `file` (little-endian integers of `width` bytes) as differences: the
 * first integer minus 0, then each minus the one before.
 * @throws Error if `file` is not a whole number of integers.
 */
export function encodeDifferences(file: Uint8Array, width: 2 | 4): Uint8Array<ArrayBuffer> {
  const values = integers(file.slice().buffer, 0, file.byteLength, width);
  // Backwards, so each value is still there when its successor needs it; typed arrays wrap the result.
  for (let i = values.length - 1; i > 0; i--) values[i] = values[i]! - values[i - 1]!;
  return new Uint8Array(values.buffer as ArrayBuffer);
}

function addUp32(differences: Int32Array): ArrayBuffer {
  const values = new Int32Array(differences.length);
  let value = 0;
  for (let i = 0; i < differences.length; i++) values[i] = value = (value + differences[i]!) | 0;
  return values.buffer;
}

function addUp16(differences: Int16Array): ArrayBuffer {
  const values = new Int16Array(differences.length);
  let value = 0;
  // Kept as a 16-bit value by the store; `value` itself may leave that range, which is harmless (only its low 16 bits matter).
  for (let i = 0; i < differences.length; i++) values[i] = value = (value + differences[i]!) | 0;
  return values.buffer;
}

/**
 * The file `differences` was made from (a new buffer: `differences` is
 * left as it is, since the loader may keep it for the offline copy).
 * @throws Error if `differences` is not a whole number of integers.
 */
export function addUpDifferences(differences: ArrayBuffer, width: 2 | 4): ArrayBuffer {
  const values = integers(differences, 0, differences.byteLength, width);
  return values instanceof Int16Array ? addUp16(values) : addUp32(values);
}
