/**
 * Tokens of an article, in columns rather than one object per token: a
 * 200,000-character article has about 100,000 tokens, and columns of typed
 * arrays cross the worker boundary cheaply (transferred, not cloned) and cost
 * far less memory. Strings (surface aside) are interned in `strings` and
 * referenced by index.
 *
 * Offsets are UTF-16 code units into the article text, like every offset in
 * the app. Tokens are in text order and do not overlap; text between tokens
 * (none for kuromoji, whitespace for English) belongs to no token.
 */
export interface TokenTable {
  count: number;
  start: Uint32Array;
  end: Uint32Array;
  /** Index into `strings` of the part of speech (e.g. 名詞, or an English tag). */
  pos: Uint32Array;
  /** Index into `strings` of the first part-of-speech detail (e.g. 固有名詞), '*' when none. */
  posDetail: Uint32Array;
  /** Index into `strings` of the dictionary (base) form, '*' when unknown. */
  baseForm: Uint32Array;
  /** Index into `strings` of the reading in katakana, '' when none. */
  reading: Uint32Array;
  /** Index into `strings` of the conjugation form (e.g. 連用形), '*' when none. */
  conjugation: Uint32Array;
  strings: string[];
}

/** One token, materialized for display or rule matching. */
export interface Token {
  index: number;
  start: number;
  end: number;
  surface: string;
  pos: string;
  posDetail: string;
  baseForm: string;
  reading: string;
  conjugation: string;
}

/** Reads token `index` of `table`; `text` is the article text the table was made from. */
export function tokenAt(table: TokenTable, text: string, index: number): Token {
  const start = table.start[index]!;
  const end = table.end[index]!;
  return {
    index,
    start,
    end,
    surface: text.slice(start, end),
    pos: table.strings[table.pos[index]!]!,
    posDetail: table.strings[table.posDetail[index]!]!,
    baseForm: table.strings[table.baseForm[index]!]!,
    reading: table.strings[table.reading[index]!]!,
    conjugation: table.strings[table.conjugation[index]!]!,
  };
}

/**
 * Index of the token containing UTF-16 offset `offset` (start <= offset < end),
 * or -1 when the offset falls between tokens or outside them. Binary search.
 */
export function tokenIndexAt(table: TokenTable, offset: number): number {
  let lo = 0;
  let hi = table.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (table.end[mid]! <= offset) lo = mid + 1;
    else if (table.start[mid]! > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Builds a table from token objects; used by tokenizers and tests. */
export function buildTokenTable(
  tokens: readonly Omit<Token, 'index' | 'surface'>[],
): TokenTable {
  const strings: string[] = [];
  const interned = new Map<string, number>();
  const intern = (value: string): number => {
    let id = interned.get(value);
    if (id === undefined) {
      id = strings.length;
      strings.push(value);
      interned.set(value, id);
    }
    return id;
  };
  const count = tokens.length;
  const table: TokenTable = {
    count,
    start: new Uint32Array(count),
    end: new Uint32Array(count),
    pos: new Uint32Array(count),
    posDetail: new Uint32Array(count),
    baseForm: new Uint32Array(count),
    reading: new Uint32Array(count),
    conjugation: new Uint32Array(count),
    strings,
  };
  tokens.forEach((token, i) => {
    table.start[i] = token.start;
    table.end[i] = token.end;
    table.pos[i] = intern(token.pos);
    table.posDetail[i] = intern(token.posDetail);
    table.baseForm[i] = intern(token.baseForm);
    table.reading[i] = intern(token.reading);
    table.conjugation[i] = intern(token.conjugation);
  });
  return table;
}
