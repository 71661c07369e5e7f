/**
 * The message protocol between the main thread and the tokenizer worker.
 *
 * Both directions are discriminated unions on `type`. Failures travel as
 * values (`loadFailed`, `{ok: false, error}`), never as exceptions: an error
 * thrown inside a worker reaches the page only as an untyped `error` event
 * that cannot be tied back to a request.
 *
 * Messages are checked with the guards below wherever they are received,
 * because `postMessage` data is `any` at the type level.
 */
import type { TokenTable } from '../domain/token.ts';

/** Languages the worker can tokenize: Japanese with kuromoji, English with `Intl.Segmenter`. */
export type TokenizerLang = 'ja' | 'en';

/** Asks the worker to load the dictionary (again, after a failure). Idempotent. */
export interface LoadRequest {
  type: 'load';
  /**
   * Load at once, even a dictionary already in Cache Storage, whose load
   * otherwise waits for a request that needs it (deferred-load.ts): the
   * page has shown what it had to.
   */
  now?: boolean;
}

/** Asks the worker to tokenize `text`; answered by a `tokenized` message with the same `id`. */
export interface TokenizeRequest {
  type: 'tokenize';
  id: number;
  text: string;
  lang: TokenizerLang;
  /**
   * Sent before the dictionary was ready. The worker answers from its token
   * cache if it can, or else waits for the dictionary load under way and
   * tokenizes right after it, with no round trip through the main thread.
   * If no load is under way, or it fails, the answer is `notCached`: the
   * client keeps the request and sends it again once a load succeeded.
   */
  early?: boolean;
}

/** Everything the main thread may send to the worker. */
export type TokenizerRequest = LoadRequest | TokenizeRequest;

/**
 * How far the dictionary download has come. Bytes are approximate (see
 * dictionary-loader.ts) but `loadedBytes <= totalBytes` always holds.
 */
export interface LoadProgress {
  loadedBytes: number;
  totalBytes: number;
  filesDone: number;
  filesTotal: number;
}

/** Result of one tokenization: the table and the time spent in the worker, or why it failed. */
export type TokenizeResult =
  | { ok: true; table: TokenTable; ms: number }
  | { ok: false; error: string };

export interface ProgressMessage extends LoadProgress {
  type: 'progress';
}

/** The dictionary is loaded; `ms` is how long loading took inside the worker. */
export interface ReadyMessage {
  type: 'ready';
  ms: number;
}

/** Loading failed; another `load` request tries again. */
export interface LoadFailedMessage {
  type: 'loadFailed';
  error: string;
}

export interface TokenizedMessage {
  type: 'tokenized';
  id: number;
  result: TokenizeResult;
  /**
   * When the worker began tokenizing, after any wait (its cache lookup, the
   * dictionary), as `performance.timeOrigin + performance.now()` there: the
   * main thread converts it to its own clock to measure the round trip.
   */
  startedAt?: number;
}

/** Everything the worker may send back. */
/** The answer to an `early` request that found no tokens in the cache and no dictionary to make them with. */
export interface NotCachedMessage {
  type: 'notCached';
  id: number;
}

export type TokenizerMessage = ProgressMessage | ReadyMessage | LoadFailedMessage | TokenizedMessage | NotCachedMessage;

/** The column names of a TokenTable, in one place for validation and transfer. */
export const TOKEN_TABLE_COLUMNS = [
  'start',
  'end',
  'pos',
  'posDetail',
  'baseForm',
  'reading',
  'conjugation',
] as const;

const STRING_COLUMNS = ['pos', 'posDetail', 'baseForm', 'reading', 'conjugation'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isLang(value: unknown): value is TokenizerLang {
  return value === 'ja' || value === 'en';
}

/**
 * True when `value` is a well-formed TokenTable: every column a Uint32Array
 * of length `count`, every string index within `strings`, and every token a
 * non-empty range that starts at or after the previous token's end. Runs in
 * O(count), negligible next to tokenizing.
 */
export function isTokenTable(value: unknown): value is TokenTable {
  if (!isRecord(value) || !isCount(value.count)) return false;
  const count = value.count;
  for (const column of TOKEN_TABLE_COLUMNS) {
    const array = value[column];
    if (!(array instanceof Uint32Array) || array.length !== count) return false;
  }
  const strings = value.strings;
  if (!Array.isArray(strings) || !strings.every((s) => typeof s === 'string')) return false;
  const table = value as unknown as TokenTable;
  let previousEnd = 0;
  for (let i = 0; i < count; i++) {
    const start = table.start[i]!;
    const end = table.end[i]!;
    if (start < previousEnd || end <= start) return false;
    previousEnd = end;
    for (const column of STRING_COLUMNS) {
      if (table[column][i]! >= strings.length) return false;
    }
  }
  return true;
}

function isTokenizeResult(value: unknown): value is TokenizeResult {
  if (!isRecord(value)) return false;
  if (value.ok === true) return isTime(value.ms) && isTokenTable(value.table);
  return value.ok === false && typeof value.error === 'string';
}

/** True when `value` is a message the worker may send (see TokenizerMessage). */
export function isTokenizerMessage(value: unknown): value is TokenizerMessage {
  if (!isRecord(value)) return false;
  switch (value.type) {
    case 'progress':
      return (
        isCount(value.loadedBytes) &&
        isCount(value.totalBytes) &&
        value.loadedBytes <= value.totalBytes &&
        isCount(value.filesDone) &&
        isCount(value.filesTotal) &&
        value.filesDone <= value.filesTotal
      );
    case 'ready':
      return isTime(value.ms);
    case 'loadFailed':
      return typeof value.error === 'string';
    case 'tokenized':
      return isCount(value.id) && isTokenizeResult(value.result) && (value.startedAt === undefined || (typeof value.startedAt === 'number' && Number.isFinite(value.startedAt)));
    case 'notCached':
      return isCount(value.id);
    default:
      return false;
  }
}

/** True when `value` is a request the main thread may send (see TokenizerRequest). */
export function isTokenizerRequest(value: unknown): value is TokenizerRequest {
  if (!isRecord(value)) return false;
  if (value.type === 'load') return value.now === undefined || typeof value.now === 'boolean';
  return (
    value.type === 'tokenize' &&
    isCount(value.id) &&
    typeof value.text === 'string' &&
    isLang(value.lang) &&
    (value.early === undefined || typeof value.early === 'boolean')
  );
}

/** Turns anything thrown into a message fit for the protocol's `error` fields. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
