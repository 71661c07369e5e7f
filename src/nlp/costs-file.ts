/**
 * kuromoji's token-info file (`tid.dat`), served by the build as the costs
 * file: only the part a tokenizer reads.
 *
 * `tid.dat` holds one 10-byte record per dictionary entry (392,126 in
 * IPADIC): left connection id, right connection id, word cost (int16
 * each), then the byte offset of the entry's line in `tid_pos.dat` (int32),
 * and zero padding up to 10 MB. kuromoji names an entry by its record's
 * byte offset (its token-info id, 10 × the record's number).
 *
 * The line offsets are of no use with the features file (features-file.ts:
 * there, line `i` is record `i`'s, which its encoder checks), so the costs
 * file keeps the three int16 of each record and nothing else: 2.4 MB
 * un-gzipped instead of 3.9 (without the padding), which is 1.6 MB less
 * for the worker to inflate. The tokenizer reads it through costsReader,
 * which stands in for kuromoji's buffer of `tid.dat`.
 *
 * Pure: used by the build (node) and the tokenizer worker alike.
 */

/** kuromoji's token-info file. */
export const TOKEN_INFO_FILE = 'tid.dat.gz';
/** The name the build serves the costs file under, in place of TOKEN_INFO_FILE. */
export const COSTS_FILE = 'tid.costs.gz';

/** Bytes of one record of `tid.dat`: left id, right id, cost (int16 each), line offset (int32). */
export const TOKEN_INFO_RECORD_BYTES = 10;
/** Where a `tid.dat` record holds its line's byte offset in `tid_pos.dat`. */
export const LINE_OFFSET_AT = 6;
/** The int16 of a record the costs file keeps. */
const COSTS_PER_RECORD = 3;

/**
 * The costs file of kuromoji's `tid.dat` (`tokenInfo`, un-gzipped), whose
 * first `records` records are the dictionary's entries.
 * @throws Error if `tokenInfo` has fewer records, or anything but zeros after them (it would be lost).
 */
export function encodeCostsFile(tokenInfo: Uint8Array, records: number): Uint8Array<ArrayBuffer> {
  const end = records * TOKEN_INFO_RECORD_BYTES;
  if (tokenInfo.byteLength < end) throw new Error(`tid.dat has fewer than ${records} records`);
  for (let at = end; at < tokenInfo.byteLength; at++) if (tokenInfo[at] !== 0) throw new Error(`tid.dat has data after its ${records} records, at byte ${at}`);
  const data = new DataView(tokenInfo.buffer, tokenInfo.byteOffset, tokenInfo.byteLength);
  const costs = new Int16Array(records * COSTS_PER_RECORD);
  for (let i = 0; i < records; i++) {
    for (let k = 0; k < COSTS_PER_RECORD; k++) costs[i * COSTS_PER_RECORD + k] = data.getInt16(i * TOKEN_INFO_RECORD_BYTES + 2 * k, true);
  }
  return new Uint8Array(costs.buffer);
}

/** The number of records in a costs file of `byteLength` bytes. @throws Error if that is not a whole number of records. */
function recordsIn(byteLength: number): number {
  const bytesPerRecord = 2 * COSTS_PER_RECORD;
  if (byteLength % bytesPerRecord !== 0) throw new Error(`a costs file of ${byteLength} bytes, not a whole number of ${bytesPerRecord}-byte records`);
  return byteLength / bytesPerRecord;
}

/**
 * Stands in for kuromoji's buffer of `tid.dat` where its ViterbiBuilder
 * reads a word's left id, right id and cost: `getShort(id)`,
 * `getShort(id + 2)` and `getShort(id + 4)` for a token-info id `id`.
 * Reads nothing else (the line offsets are not there).
 * @throws Error if `costs` is not a whole number of records.
 */
export function costsReader(costs: ArrayBuffer): { getShort(offset: number): number } {
  const values = new Int16Array(costs, 0, recordsIn(costs.byteLength) * COSTS_PER_RECORD);
  return {
    getShort(offset) {
      const record = (offset / TOKEN_INFO_RECORD_BYTES) | 0;
      return values[record * COSTS_PER_RECORD + ((offset - record * TOKEN_INFO_RECORD_BYTES) >> 1)] ?? 0;
    },
  };
}

/**
 * `tid.dat` as kuromoji wrote it, without its padding, from the costs file
 * and the part-of-speech file its records point into (`posFile`, as
 * restorePosFile gives it): record `i` gets line `i`'s byte offset. For a
 * kuromoji that cannot be given the costs file (see build-tokenizer.ts).
 * @throws Error if `costs` is not a whole number of records, or has fewer records than `posFile` has lines.
 */
export function restoreTokenInfo(costs: ArrayBuffer, posFile: Uint8Array): ArrayBuffer {
  const records = recordsIn(costs.byteLength);
  const values = new Int16Array(costs);
  const tokenInfo = new ArrayBuffer(records * TOKEN_INFO_RECORD_BYTES);
  const data = new DataView(tokenInfo);
  let line = 0;
  for (let at = 0; at < posFile.length; line++) {
    if (line >= records) throw new Error(`the costs file has fewer than ${line + 1} records`);
    data.setInt32(line * TOKEN_INFO_RECORD_BYTES + LINE_OFFSET_AT, at, true);
    const end = posFile.indexOf(0, at);
    at = end === -1 ? posFile.length : end + 1;
  }
  for (let i = 0; i < records; i++) {
    for (let k = 0; k < COSTS_PER_RECORD; k++) data.setInt16(i * TOKEN_INFO_RECORD_BYTES + 2 * k, values[i * COSTS_PER_RECORD + k]!, true);
  }
  return tokenInfo;
}
