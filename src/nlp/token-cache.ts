import type { TokenTable } from '../domain/token.ts';
import { isTokenTable, TOKEN_TABLE_COLUMNS } from './protocol.ts';

/**
 * The worker's cache of token tables, in Cache Storage: an article opened
 * again gets its tokens at once, before (and without) the dictionary being
 * built. Tokens depend only on the text and the dictionary, so an entry is
 * keyed by the SHA-256 of the text and stamped with the dictionary's
 * identity; an entry from another dictionary, or one that does not decode
 * to a valid table of that text, is a miss (and is deleted).
 *
 * An entry is one binary body: a little-endian u32 header length, the
 * header as UTF-8 JSON ({ dictionary, count, strings }), padding to 4
 * bytes, then the seven Uint32 columns in TOKEN_TABLE_COLUMNS order.
 */

/** Bump when the stored layout changes. */
export const TOKEN_CACHE_NAME = 'shucho-tokens-v1';
/** The most tables kept; the oldest go first. */
export const TOKEN_CACHE_ENTRIES = 24;

export interface TokenCache {
  /** The cached table of `text`, or null. Never rejects. */
  get(text: string): Promise<TokenTable | null>;
  /**
   * Keeps a copy of `table` as the tokens of `text` (taken synchronously,
   * so the caller may transfer the table's buffers right after). The write
   * itself is best effort and never rejects.
   */
  put(text: string, table: TokenTable): Promise<void>;
}

interface Header {
  dictionary: string;
  count: number;
  strings: string[];
}

/** The binary form of a table (see the module comment). */
export function encodeTokenTable(table: TokenTable, dictionary: string): Blob {
  const header = new TextEncoder().encode(JSON.stringify({ dictionary, count: table.count, strings: table.strings } satisfies Header));
  const prefix = new Uint8Array(4 + header.length + ((4 - (header.length % 4)) % 4));
  new DataView(prefix.buffer).setUint32(0, header.length, true);
  prefix.set(header, 4);
  // Blob parts are copied now: the columns may be transferred afterwards.
  return new Blob([prefix, ...TOKEN_TABLE_COLUMNS.map((column) => table[column] as Uint32Array<ArrayBuffer>)]);
}

/**
 * The table in `bytes`, if they hold a well-formed one made with
 * `dictionary` whose tokens all lie within a text of `textLength` units;
 * null otherwise.
 */
export function decodeTokenTable(bytes: ArrayBuffer, dictionary: string, textLength: number): TokenTable | null {
  try {
    if (bytes.byteLength < 4) return null;
    const headerLength = new DataView(bytes).getUint32(0, true);
    if (4 + headerLength > bytes.byteLength) return null;
    const header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes, 4, headerLength))) as Partial<Header>;
    if (header.dictionary !== dictionary || typeof header.count !== 'number' || !Array.isArray(header.strings)) return null;
    const count = header.count;
    let at = 4 + headerLength + ((4 - (headerLength % 4)) % 4);
    if (bytes.byteLength !== at + TOKEN_TABLE_COLUMNS.length * count * 4) return null;
    const table = { count, strings: header.strings } as Record<string, unknown>;
    for (const column of TOKEN_TABLE_COLUMNS) {
      table[column] = new Uint32Array(bytes, at, count);
      at += count * 4;
    }
    if (!isTokenTable(table)) return null;
    if (count > 0 && table.end[count - 1]! > textLength) return null;
    return table;
  } catch {
    return null;
  }
}

/** The lowercase hex SHA-256 of `text`'s UTF-8 bytes. */
async function hashOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * A token cache in `caches` (null: a cache that never holds anything).
 * `dictionary` identifies the dictionary the tables come from; `baseUrl`
 * is where the synthetic entry URLs live (Cache Storage keys are URLs).
 */
export function createTokenCache(options: { caches: Pick<CacheStorage, 'open'> | null; dictionary: string; baseUrl: string; name?: string; entries?: number }): TokenCache {
  const { caches, dictionary, baseUrl } = options;
  const name = options.name ?? TOKEN_CACHE_NAME;
  const entries = options.entries ?? TOKEN_CACHE_ENTRIES;
  let opened: Promise<Cache | null> | undefined;
  const open = () => (opened ??= caches ? caches.open(name).catch(() => null) : Promise.resolve(null));
  const urlOf = async (text: string) => new URL(`__tokens/${await hashOf(text)}`, baseUrl).href;

  return {
    async get(text) {
      try {
        const cache = await open();
        if (!cache) return null;
        const url = await urlOf(text);
        const hit = await cache.match(url);
        if (!hit) return null;
        const table = decodeTokenTable(await hit.arrayBuffer(), dictionary, text.length);
        if (!table) await cache.delete(url);
        return table;
      } catch {
        return null;
      }
    },
    put(text, table) {
      const body = encodeTokenTable(table, dictionary);
      return (async () => {
        try {
          const cache = await open();
          if (!cache) return;
          await cache.put(await urlOf(text), new Response(body, { headers: { 'Content-Type': 'application/octet-stream' } }));
          const keys = await cache.keys();
          // Keys come in insertion order: the oldest are dropped first.
          for (const old of keys.slice(0, Math.max(0, keys.length - entries))) await cache.delete(old);
        } catch {
          // Best effort: without the cache, the next visit tokenizes again.
        }
      })();
    },
  };
}

/**
 * What `lookup` finds, unless `sooner` settles first: then null, without
 * waiting for the lookup. The worker races a token-cache lookup against its
 * dictionary: on a first visit the lookup's answer can queue behind the
 * dictionary's own work for longer than that work takes, and once a
 * tokenizer is there, tokenizing is quicker than waiting for a miss.
 */
export function lookupUnlessSooner<T>(lookup: Promise<T | null>, sooner: Promise<unknown>): Promise<T | null> {
  return Promise.race([lookup, sooner.then(() => null)]);
}
