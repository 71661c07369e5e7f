/**
 * kuromoji's part-of-speech file (`tid_pos.dat`), re-encoded by the build
 * into a compact file the tokenizer reads without decoding it whole.
 *
 * `tid_pos.dat` holds one line per dictionary entry (392,126 in IPADIC):
 * "surface,pos,pos1,pos2,pos3,conjugation type,conjugation form,basic
 * form,reading,pronunciation" in UTF-8, each ended by a zero byte. That is
 * 36 MB (42 MB with its zero padding), more than half of the dictionary,
 * and all of it must be un-gzipped before kuromoji can tokenize anything,
 * although a text only ever reads the lines of the words it contains.
 *
 * The features file keeps exactly the same lines in 11 MB, and 4.1 MB
 * gzipped instead of 5.9 MB:
 * - the six part-of-speech fields are one of 667 combinations, stored once
 *   and referred to by number;
 * - the basic form is left out when it equals the surface (64 % of the
 *   lines), the pronunciation when it equals the reading (81 %);
 * - text is UTF-16 (katakana readings: 2 bytes a character, not 3).
 *
 * Layout (little-endian):
 * - header, 6 uint32: MAGIC, VERSION, line count, combination count, then
 *   the sizes in uint16 units of the combination pool and the string pool;
 * - combination pool: per combination, its length then its UTF-16 units;
 * - line column, one uint16 per line: the combination's number (low 14
 *   bits), BASIC_IS_SURFACE, PRONUNCIATION_IS_READING;
 * - string pool: per line, surface, basic form (unless left out), reading,
 *   pronunciation (unless left out), each as its length then its units.
 *
 * Line `i` is the `i`-th line of `tid_pos.dat`. kuromoji finds a line
 * through the token-info file (`tid.dat`): record `i`, at byte 10 × i,
 * ends with the line's byte offset in `tid_pos.dat`. The encoder checks
 * that every record points at its own line, so a line's number is its
 * token-info id divided by 10, and the build serves `tid.dat` without
 * those offsets (stripLineOffsets).
 *
 * Pure: used by the build (node) and the tokenizer worker alike.
 */

/** The name kuromoji asks its loader for. */
export const POS_FILE = 'tid_pos.dat.gz';
/** The name the build serves the features file under, in place of POS_FILE. */
export const FEATURES_FILE = 'tid_pos.features.gz';
/** kuromoji's token-info file. */
export const TOKEN_INFO_FILE = 'tid.dat.gz';
/** The name the build serves the token-info file under once its line offsets are taken out (see stripLineOffsets). */
export const COSTS_FILE = 'tid.costs.gz';

/** "SHFT", read as a little-endian uint32. */
const MAGIC = 0x54464853;
const VERSION = 1;
const HEADER_INTS = 6;
/** Bytes of one record of `tid.dat`: left id, right id, cost (int16 each), line offset (int32). */
export const TOKEN_INFO_RECORD_BYTES = 10;
/** Where a `tid.dat` record holds its line's byte offset in `tid_pos.dat`. */
const LINE_OFFSET_AT = 6;
const BASIC_IS_SURFACE = 0x8000;
const PRONUNCIATION_IS_READING = 0x4000;
const COMBINATION_MASK = 0x3fff;
/** Fields of a line: the surface and kuromoji's nine IPADIC features. */
const FIELDS = 10;
/** The six part-of-speech fields (pos … conjugation form) stored as one combination. */
const COMBINATION_FIELDS = [1, 7] as const;
const MAX_UNITS = 0xffff;

/** The lines of a features file, read on demand. */
export interface FeatureLines {
  readonly count: number;
  /** Line `index`, exactly as in `tid_pos.dat`; undefined outside 0 … count − 1. */
  line(index: number): string | undefined;
}

/** The lines of `tid_pos.dat` (its zero padding excluded) with their byte offsets. */
function splitPosFile(posFile: Uint8Array): { lines: string[]; offsets: number[] } {
  // ignoreBOM: a line may start with U+FEFF, which a decoder would otherwise drop.
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const lines: string[] = [];
  const offsets: number[] = [];
  let at = 0;
  // An empty line is the start of the padding: kuromoji writes none (every line has a surface).
  while (at < posFile.length && posFile[at] !== 0) {
    const end = posFile.indexOf(0, at);
    if (end === -1) throw new Error(`line ${lines.length} of the part-of-speech file has no end`);
    offsets.push(at);
    lines.push(decoder.decode(posFile.subarray(at, end)));
    at = end + 1;
  }
  for (; at < posFile.length; at++) if (posFile[at] !== 0) throw new Error(`the part-of-speech file has data after its padding, at byte ${at}`);
  return { lines, offsets };
}

/**
 * The features file of kuromoji's `tid_pos.dat` (`posFile`, un-gzipped),
 * checked against its `tid.dat` (`tokenInfo`, un-gzipped).
 * @throws Error if a line is not UTF-8 or not ten comma-separated fields,
 *   a field is too long, a `tid.dat` record does not point at its own line,
 *   or the result would not give back `posFile` exactly.
 */
export function encodeFeaturesFile(posFile: Uint8Array, tokenInfo: Uint8Array): Uint8Array {
  const { lines, offsets } = splitPosFile(posFile);
  const records = new DataView(tokenInfo.buffer, tokenInfo.byteOffset, tokenInfo.byteLength);
  if (tokenInfo.byteLength < lines.length * TOKEN_INFO_RECORD_BYTES) throw new Error(`tid.dat has fewer than ${lines.length} records`);
  offsets.forEach((offset, i) => {
    if (records.getInt32(i * TOKEN_INFO_RECORD_BYTES + LINE_OFFSET_AT, true) !== offset) throw new Error(`tid.dat record ${i} does not point at line ${i}`);
  });
  const combinations = new Map<string, number>();
  const column = new Uint16Array(lines.length);
  const strings: number[] = [];
  const pushString = (text: string, line: number) => {
    if (text.length > MAX_UNITS) throw new Error(`line ${line} has a field of ${text.length} units`);
    strings.push(text.length);
    for (let i = 0; i < text.length; i++) strings.push(text.charCodeAt(i));
  };
  lines.forEach((line, i) => {
    const fields = line.split(',');
    if (fields.length !== FIELDS) throw new Error(`line ${i} has ${fields.length} fields, not ${FIELDS}`);
    const [surface, basic, reading, pronunciation] = [fields[0]!, fields[7]!, fields[8]!, fields[9]!];
    const combination = fields.slice(...COMBINATION_FIELDS).join(',');
    let number = combinations.get(combination);
    if (number === undefined) combinations.set(combination, (number = combinations.size));
    if (number > COMBINATION_MASK) throw new Error(`more than ${COMBINATION_MASK + 1} part-of-speech combinations`);
    const basicIsSurface = basic === surface;
    const pronunciationIsReading = pronunciation === reading;
    column[i] = number | (basicIsSurface ? BASIC_IS_SURFACE : 0) | (pronunciationIsReading ? PRONUNCIATION_IS_READING : 0);
    pushString(surface, i);
    if (!basicIsSurface) pushString(basic, i);
    pushString(reading, i);
    if (!pronunciationIsReading) pushString(pronunciation, i);
  });
  const pool: number[] = [];
  for (const combination of combinations.keys()) {
    pool.push(combination.length);
    for (let i = 0; i < combination.length; i++) pool.push(combination.charCodeAt(i));
  }
  const file = new Uint8Array(HEADER_INTS * 4 + 2 * (pool.length + column.length + strings.length));
  new Uint32Array(file.buffer, 0, HEADER_INTS).set([MAGIC, VERSION, lines.length, combinations.size, pool.length, strings.length]);
  const units = new Uint16Array(file.buffer, HEADER_INTS * 4);
  units.set(pool, 0);
  units.set(column, pool.length);
  units.set(strings, pool.length + column.length);
  const restored = restorePosFile(readFeaturesFile(file.buffer));
  let same = restored.length <= posFile.length;
  for (let i = 0; same && i < restored.length; i++) same = restored[i] === posFile[i];
  if (!same) throw new Error('the features file would not give back the part-of-speech file');
  return file;
}

/**
 * Reads a features file. Indexes the lines (a few ms for IPADIC's) but
 * decodes one only when asked for it.
 * @throws Error if `bytes` is not a features file of this version, or is cut short.
 */
export function readFeaturesFile(bytes: ArrayBuffer): FeatureLines {
  if (bytes.byteLength < HEADER_INTS * 4 || bytes.byteLength % 2 !== 0) throw new Error('not a features file (too short)');
  const [magic, version, count, combinationCount, poolUnits, stringUnits] = new Uint32Array(bytes, 0, HEADER_INTS) as unknown as number[];
  if (magic !== MAGIC) throw new Error('not a features file');
  if (version !== VERSION) throw new Error(`a features file of version ${version}, not ${VERSION}`);
  const units = new Uint16Array(bytes, HEADER_INTS * 4);
  if (poolUnits! + count! + stringUnits! !== units.length) throw new Error('a features file of the wrong size');
  const text = (at: number, length: number) => String.fromCharCode.apply(null, units.subarray(at, at + length) as unknown as number[]);
  const combinations: string[] = [];
  for (let at = 0; at < poolUnits!; ) {
    const length = units[at]!;
    if (at + 1 + length > poolUnits!) throw new Error('a features file with a cut combination');
    combinations.push(text(at + 1, length));
    at += 1 + length;
  }
  if (combinations.length !== combinationCount) throw new Error('a features file with the wrong number of combinations');
  const column = units.subarray(poolUnits!, poolUnits! + count!);
  const strings = units.subarray(poolUnits! + count!);
  // Where each line's strings begin in the pool.
  const starts = new Uint32Array(count!);
  let at = 0;
  for (let i = 0; i < count!; i++) {
    starts[i] = at;
    const flags = column[i]!;
    if ((flags & COMBINATION_MASK) >= combinations.length) throw new Error(`line ${i} of the features file has no combination`);
    const fields = 2 + (flags & BASIC_IS_SURFACE ? 0 : 1) + (flags & PRONUNCIATION_IS_READING ? 0 : 1);
    for (let f = 0; f < fields; f++) {
      if (at >= strings.length) throw new Error(`line ${i} of the features file is cut short`);
      at += 1 + strings[at]!;
    }
    if (at > strings.length) throw new Error(`line ${i} of the features file is cut short`);
  }
  if (at !== strings.length) throw new Error('a features file with strings left over');
  return {
    count: count!,
    line(index) {
      if (!Number.isInteger(index) || index < 0 || index >= count!) return undefined;
      const flags = column[index]!;
      let next = starts[index]!;
      const field = () => {
        const length = strings[next]!;
        const value = String.fromCharCode.apply(null, strings.subarray(next + 1, next + 1 + length) as unknown as number[]);
        next += 1 + length;
        return value;
      };
      const surface = field();
      const basic = flags & BASIC_IS_SURFACE ? surface : field();
      const reading = field();
      const pronunciation = flags & PRONUNCIATION_IS_READING ? reading : field();
      return `${surface},${combinations[flags & COMBINATION_MASK]!},${basic},${reading},${pronunciation}`;
    },
  };
}

/**
 * `tid_pos.dat` as kuromoji wrote it, without its zero padding: each line
 * in UTF-8 followed by a zero byte. For a kuromoji that cannot be given the
 * lines one by one (see build-tokenizer.ts).
 */
export function restorePosFile(lines: FeatureLines): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let length = 0;
  for (let i = 0; i < lines.count; i++) {
    const part = encoder.encode(lines.line(i)!);
    parts.push(part);
    length += part.length + 1;
  }
  const file = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    file.set(part, at);
    at += part.length + 1;
  }
  return file;
}

/**
 * A copy of kuromoji's `tid.dat` (`tokenInfo`, un-gzipped) without what the
 * features file makes useless: the line offsets of its first `lines`
 * records, set to zero. The connection ids and costs stay, in place.
 * Offsets are a third of each record and compress badly: without them the
 * file gzips to 0.5 MB instead of 1.6 MB. restoreLineOffsets puts them back.
 * @throws Error if `tokenInfo` has fewer than `lines` records.
 */
export function stripLineOffsets(tokenInfo: Uint8Array, lines: number): Uint8Array<ArrayBuffer> {
  if (tokenInfo.byteLength < lines * TOKEN_INFO_RECORD_BYTES) throw new Error(`tid.dat has fewer than ${lines} records`);
  const costs = new Uint8Array(tokenInfo);
  for (let i = 0; i < lines; i++) costs.fill(0, i * TOKEN_INFO_RECORD_BYTES + LINE_OFFSET_AT, (i + 1) * TOKEN_INFO_RECORD_BYTES);
  return costs;
}

/**
 * `tid.dat` as kuromoji wrote it, from the build's stripped copy (`costs`)
 * and the part-of-speech file its records point into (`posFile`, as
 * restorePosFile gives it): record `i` gets line `i`'s byte offset back.
 * @throws Error if `costs` has fewer records than `posFile` has lines.
 */
export function restoreLineOffsets(costs: ArrayBuffer, posFile: Uint8Array): ArrayBuffer {
  const tokenInfo = costs.slice(0);
  const records = new DataView(tokenInfo);
  let line = 0;
  for (let at = 0; at < posFile.length; line++) {
    if ((line + 1) * TOKEN_INFO_RECORD_BYTES > tokenInfo.byteLength) throw new Error(`tid.dat has fewer than ${line + 1} records`);
    records.setInt32(line * TOKEN_INFO_RECORD_BYTES + LINE_OFFSET_AT, at, true);
    const end = posFile.indexOf(0, at);
    at = end === -1 ? posFile.length : end + 1;
  }
  return tokenInfo;
}
