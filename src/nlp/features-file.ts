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
 * The features file keeps exactly the same lines in 7.6 MB, 3.2 MB
 * gzipped. Un-gzipping is most of the dictionary's loading time, and it
 * costs by the byte that comes out, so every byte left out counts:
 * - the six part-of-speech fields are one of 667 combinations, stored once
 *   and referred to by number;
 * - the basic form is left out when it equals the surface (64 % of the
 *   lines), the pronunciation when it equals the reading (81 %), and the
 *   reading when it is the surface in katakana (23 %: kana words);
 * - surfaces and basic forms are UTF-16 (kanji: 2 bytes, not 3);
 * - readings and pronunciations, katakana in all but 100 lines, take one
 *   byte a character ("narrow": U+30A0 + the byte); a line with any other
 *   character in them keeps both in UTF-16 ("wide");
 * - lengths are one byte, kept with the narrow bytes.
 *
 * Layout (little-endian):
 * - header, 8 uint32: MAGIC, VERSION, line count, combination count, the
 *   sizes in uint16 units of the combination pool and of the wide strings,
 *   the size in bytes of the narrow part, the block count;
 * - block index: for each block of LINES_PER_BLOCK lines, where its first
 *   line starts in the wide strings and in the narrow part (2 uint32), so
 *   that a line is found by walking at most 63 lines, and nothing need be
 *   indexed when the file is read;
 * - combination pool (uint16): per combination, its length then its units;
 * - line column, one uint16 per line: the combination's number (low 12
 *   bits) and the flags BASIC_IS_SURFACE, PRONUNCIATION_IS_READING,
 *   READING_IS_SURFACE_KANA, WIDE_READING;
 * - wide strings (uint16): per line, the surface, the basic form (unless
 *   left out), then, for a wide line, the reading and pronunciation (each
 *   unless left out);
 * - narrow part (bytes): per line, the surface's length, the basic form's
 *   (unless left out), then the reading's length and, for a narrow line,
 *   its bytes, then the same for the pronunciation (each unless left out).
 *
 * Line `i` is the `i`-th line of `tid_pos.dat`. kuromoji finds a line
 * through the token-info file (`tid.dat`): record `i`, at byte 10 × i,
 * ends with the line's byte offset in `tid_pos.dat`. The encoder checks
 * that every record points at its own line, so a line's number is its
 * token-info id divided by 10, and the build serves `tid.dat` without
 * those offsets (costs-file.ts).
 *
 * Pure: used by the build (node) and the tokenizer worker alike.
 */
import { LINE_OFFSET_AT, TOKEN_INFO_RECORD_BYTES } from './costs-file.ts';

/** The name kuromoji asks its loader for. */
export const POS_FILE = 'tid_pos.dat.gz';
/** The name the build serves the features file under, in place of POS_FILE. */
export const FEATURES_FILE = 'tid_pos.features.gz';

/** "SHFT", read as a little-endian uint32. */
const MAGIC = 0x54464853;
const VERSION = 2;
const HEADER_INTS = 8;
const BASIC_IS_SURFACE = 0x8000;
const PRONUNCIATION_IS_READING = 0x4000;
/** The reading is the surface with its hiragana turned into katakana (kanaOf). */
const READING_IS_SURFACE_KANA = 0x2000;
/** The reading and pronunciation are kept in UTF-16, not as narrow bytes. */
const WIDE_READING = 0x1000;
const COMBINATION_MASK = 0x0fff;
/** Lines per block of the index; a power of two. */
const LINES_PER_BLOCK = 64;
const BLOCK_SHIFT = 6;
/** The first character of the narrow set: a narrow byte `b` is U+30A0 + b. */
const NARROW_BASE = 0x30a0;
/** Narrow characters: U+30A0 … U+30FF, the katakana block. */
const NARROW_CHARACTERS = 0x60;
/** Fields of a line: the surface and kuromoji's nine IPADIC features. */
const FIELDS = 10;
/** The six part-of-speech fields (pos … conjugation form) stored as one combination. */
const COMBINATION_FIELDS = [1, 7] as const;
/** A length is one byte. */
const MAX_UNITS = 0xff;

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

/** `text` with its hiragana (U+3041 … U+3096) turned into the katakana 0x60 above them. */
function kanaOf(text: string): string {
  let kana = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    kana += String.fromCharCode(unit >= 0x3041 && unit <= 0x3096 ? unit + 0x60 : unit);
  }
  return kana;
}

/** True when every unit of `text` is in the narrow set. */
function isNarrow(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const byte = text.charCodeAt(i) - NARROW_BASE;
    if (byte < 0 || byte >= NARROW_CHARACTERS) return false;
  }
  return true;
}

/**
 * The features file of kuromoji's `tid_pos.dat` (`posFile`, un-gzipped),
 * checked against its `tid.dat` (`tokenInfo`, un-gzipped).
 * @throws Error if a line is not UTF-8 or not ten comma-separated fields,
 *   a field is longer than 255 units, a `tid.dat` record does not point at
 *   its own line, or the result would not give back `posFile` exactly.
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
  const blocks: number[] = [];
  const wide: number[] = [];
  const narrow: number[] = [];
  const lengthOf = (text: string, line: number) => {
    if (text.length > MAX_UNITS) throw new Error(`line ${line} has a field of ${text.length} units`);
    return text.length;
  };
  const pushWide = (text: string) => {
    for (let i = 0; i < text.length; i++) wide.push(text.charCodeAt(i));
  };
  const pushNarrow = (text: string) => {
    for (let i = 0; i < text.length; i++) narrow.push(text.charCodeAt(i) - NARROW_BASE);
  };
  lines.forEach((line, i) => {
    if (i % LINES_PER_BLOCK === 0) blocks.push(wide.length, narrow.length);
    const fields = line.split(',');
    if (fields.length !== FIELDS) throw new Error(`line ${i} has ${fields.length} fields, not ${FIELDS}`);
    const [surface, basic, reading, pronunciation] = [fields[0]!, fields[7]!, fields[8]!, fields[9]!];
    const combination = fields.slice(...COMBINATION_FIELDS).join(',');
    let number = combinations.get(combination);
    if (number === undefined) combinations.set(combination, (number = combinations.size));
    if (number > COMBINATION_MASK) throw new Error(`more than ${COMBINATION_MASK + 1} part-of-speech combinations`);
    const basicIsSurface = basic === surface;
    const pronunciationIsReading = pronunciation === reading;
    const readingIsSurfaceKana = reading === kanaOf(surface);
    const wideReading = !isNarrow(reading) || !isNarrow(pronunciation);
    column[i] =
      number |
      (basicIsSurface ? BASIC_IS_SURFACE : 0) |
      (pronunciationIsReading ? PRONUNCIATION_IS_READING : 0) |
      (readingIsSurfaceKana ? READING_IS_SURFACE_KANA : 0) |
      (wideReading ? WIDE_READING : 0);
    narrow.push(lengthOf(surface, i));
    pushWide(surface);
    if (!basicIsSurface) {
      narrow.push(lengthOf(basic, i));
      pushWide(basic);
    }
    const pushReading = (text: string) => {
      narrow.push(lengthOf(text, i));
      if (wideReading) pushWide(text);
      else pushNarrow(text);
    };
    if (!readingIsSurfaceKana) pushReading(reading);
    if (!pronunciationIsReading) pushReading(pronunciation);
  });
  const pool: number[] = [];
  for (const combination of combinations.keys()) {
    pool.push(combination.length);
    for (let i = 0; i < combination.length; i++) pool.push(combination.charCodeAt(i));
  }
  const unitsAt = (HEADER_INTS + blocks.length) * 4;
  const narrowAt = unitsAt + 2 * (pool.length + column.length + wide.length);
  const file = new Uint8Array(narrowAt + narrow.length);
  new Uint32Array(file.buffer, 0, HEADER_INTS + blocks.length).set([
    MAGIC, VERSION, lines.length, combinations.size, pool.length, wide.length, narrow.length, blocks.length / 2, ...blocks,
  ]);
  const units = new Uint16Array(file.buffer, unitsAt, pool.length + column.length + wide.length);
  units.set(pool, 0);
  units.set(column, pool.length);
  units.set(wide, pool.length + column.length);
  file.set(narrow, narrowAt);
  const restored = restorePosFile(readFeaturesFile(file.buffer));
  let same = restored.length <= posFile.length;
  for (let i = 0; same && i < restored.length; i++) same = restored[i] === posFile[i];
  if (!same) throw new Error('the features file would not give back the part-of-speech file');
  return file;
}

/**
 * Reads a features file. Indexes nothing: line `i` is found from its
 * block's start (the block index) by walking the lines before it in the
 * block, and decoded only when asked for. Each block is checked whole the
 * first time one of its lines is asked for, the last one at once (so that
 * a file cut short is refused here).
 * @throws Error if `bytes` is not a features file of this version, or is
 *   cut short; `line` throws if its block is corrupt.
 */
export function readFeaturesFile(bytes: ArrayBuffer): FeatureLines {
  if (bytes.byteLength < HEADER_INTS * 4) throw new Error('not a features file (too short)');
  const [magic, version, count, combinationCount, poolUnits, wideUnits, narrowBytes, blockCount] = new Uint32Array(
    bytes,
    0,
    HEADER_INTS,
  ) as unknown as number[];
  if (magic !== MAGIC) throw new Error('not a features file');
  if (version !== VERSION) throw new Error(`a features file of version ${version}, not ${VERSION}`);
  const unitsAt = (HEADER_INTS + 2 * blockCount!) * 4;
  if (blockCount !== Math.ceil(count! / LINES_PER_BLOCK) || unitsAt + 2 * (poolUnits! + count! + wideUnits!) + narrowBytes! !== bytes.byteLength) {
    throw new Error('a features file of the wrong size');
  }
  const blockStarts = new Uint32Array(bytes, HEADER_INTS * 4, 2 * blockCount!);
  const units = new Uint16Array(bytes, unitsAt, poolUnits! + count! + wideUnits!);
  const narrow = new Uint8Array(bytes, unitsAt + 2 * units.length, narrowBytes!);
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
  const wide = units.subarray(poolUnits! + count!);
  // Where a line's strings start in `wide` and `narrow`: set by seek, moved on by skip and read.
  let wideAt = 0;
  let narrowAt = 0;
  /** Moves wideAt and narrowAt past lines `from` … `to` − 1. A tight loop: finding a line walks up to 63 lines. */
  const skip = (from: number, to: number) => {
    let w = wideAt;
    let n = narrowAt;
    for (let i = from; i < to; i++) {
      const flags = column[i]!;
      w += narrow[n++]!;
      if (!(flags & BASIC_IS_SURFACE)) w += narrow[n++]!;
      if (!(flags & READING_IS_SURFACE_KANA)) {
        const length = narrow[n++]!;
        if (flags & WIDE_READING) w += length;
        else n += length;
      }
      if (!(flags & PRONUNCIATION_IS_READING)) {
        const length = narrow[n++]!;
        if (flags & WIDE_READING) w += length;
        else n += length;
      }
    }
    wideAt = w;
    narrowAt = n;
  };
  /** Places wideAt and narrowAt at the start of block `block`. */
  const seek = (block: number) => {
    wideAt = blockStarts[2 * block]!;
    narrowAt = blockStarts[2 * block + 1]!;
  };
  const wideString = (length: number) => {
    const value = String.fromCharCode.apply(null, wide.subarray(wideAt, wideAt + length) as unknown as number[]);
    wideAt += length;
    return value;
  };
  const readingString = (flags: number) => {
    const length = narrow[narrowAt++]!;
    if (flags & WIDE_READING) return wideString(length);
    let value = '';
    for (let i = narrowAt; i < narrowAt + length; i++) value += String.fromCharCode(NARROW_BASE + narrow[i]!);
    narrowAt += length;
    return value;
  };
  /** Line `index`, its strings at wideAt and narrowAt. */
  const read = (index: number) => {
    const flags = column[index]!;
    const surface = wideString(narrow[narrowAt++]!);
    const basic = flags & BASIC_IS_SURFACE ? surface : wideString(narrow[narrowAt++]!);
    const reading = flags & READING_IS_SURFACE_KANA ? kanaOf(surface) : readingString(flags);
    const pronunciation = flags & PRONUNCIATION_IS_READING ? reading : readingString(flags);
    return `${surface},${combinations[flags & COMBINATION_MASK]!},${basic},${reading},${pronunciation}`;
  };
  const blockEnd = (block: number): [number, number] =>
    block + 1 < blockCount! ? [blockStarts[2 * block + 2]!, blockStarts[2 * block + 3]!] : [wide.length, narrow.length];
  const checked = new Uint8Array(blockCount!);
  /** Walks block `block` whole: its lines must have combinations, stay inside it and end where the next block begins. */
  const checkBlock = (block: number) => {
    const [wideEnd, narrowEnd] = blockEnd(block);
    seek(block);
    if (!(wideAt <= wideEnd && narrowAt <= narrowEnd && wideEnd <= wide.length && narrowEnd <= narrow.length)) {
      throw new Error(`block ${block} of the features file is out of place`);
    }
    const last = Math.min(count!, (block + 1) * LINES_PER_BLOCK);
    for (let i = block * LINES_PER_BLOCK; i < last; i++) {
      if ((column[i]! & COMBINATION_MASK) >= combinations.length) throw new Error(`line ${i} of the features file has no combination`);
      skip(i, i + 1);
      // Negated, so that a length read past the end (undefined, then NaN) fails too.
      if (!(wideAt <= wideEnd && narrowAt <= narrowEnd)) throw new Error(`line ${i} of the features file is cut short`);
    }
    if (wideAt !== wideEnd || narrowAt !== narrowEnd) throw new Error(`block ${block} of the features file does not end where the next begins`);
    checked[block] = 1;
  };
  if (blockCount! > 0) {
    if (blockStarts[0] !== 0 || blockStarts[1] !== 0) throw new Error('a features file whose first block does not start at 0');
    checkBlock(blockCount! - 1);
  } else if (wide.length + narrow.length > 0) {
    throw new Error('a features file with strings left over');
  }
  return {
    count: count!,
    line(index) {
      if (!Number.isInteger(index) || index < 0 || index >= count!) return undefined;
      const block = index >>> BLOCK_SHIFT;
      if (!checked[block]) checkBlock(block);
      seek(block);
      skip(block << BLOCK_SHIFT, index);
      return read(index);
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
