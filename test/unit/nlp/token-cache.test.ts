import { describe, expect, it } from 'vitest';
import { buildTokenTable, type TokenTable } from '../../../src/domain/token.ts';
import { createTokenCache, decodeTokenTable, encodeTokenTable, lookupUnlessSooner } from '../../../src/nlp/token-cache.ts';

const BASE = 'https://shucho.test/';
const DICTIONARY = 'base.dat.gz:3956825,cc.dat.gz:1692067';

/** A table over 「本日、株価が下落」 with strings that need escaping in JSON. */
function table(): TokenTable {
  return buildTokenTable([
    { start: 0, end: 2, pos: '名詞', posDetail: '副詞可能', baseForm: '本日', reading: 'ホンジツ', conjugation: '*' },
    { start: 2, end: 3, pos: '記号', posDetail: '読点', baseForm: '、', reading: '、', conjugation: '*' },
    { start: 3, end: 5, pos: '名詞', posDetail: '"quoted"\\n', baseForm: '株価', reading: 'カブカ', conjugation: '*' },
  ]);
}
const TEXT = '本日、株価が下落';

/** An in-memory Cache Storage with one cache, keys in insertion order. */
function fakeCaches() {
  const entries = new Map<string, Uint8Array>();
  const cache = {
    async match(url: string) {
      const bytes = entries.get(url);
      return bytes ? new Response(bytes.slice()) : undefined;
    },
    async put(url: string, response: Response) {
      entries.delete(url);
      entries.set(url, new Uint8Array(await response.arrayBuffer()));
    },
    async delete(request: string | Request) {
      return entries.delete(typeof request === 'string' ? request : request.url);
    },
    async keys() {
      return [...entries.keys()].map((url) => new Request(url));
    },
  };
  return { storage: { open: async () => cache as unknown as Cache }, entries };
}

async function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return blob.arrayBuffer();
}

describe('encodeTokenTable and decodeTokenTable', () => {
  it('round-trip a table exactly', async () => {
    const decoded = decodeTokenTable(await bytesOf(encodeTokenTable(table(), DICTIONARY)), DICTIONARY, TEXT.length);
    expect(decoded).toEqual(table());
  });

  it('copy the columns when encoding, so they can be transferred right after', async () => {
    const original = table();
    const blob = encodeTokenTable(original, DICTIONARY);
    original.start.fill(0);
    expect(decodeTokenTable(await bytesOf(blob), DICTIONARY, TEXT.length)?.start).toEqual(table().start);
  });

  it('refuse another dictionary, a text too short for the tokens, and damaged bytes', async () => {
    const bytes = await bytesOf(encodeTokenTable(table(), DICTIONARY));
    expect(decodeTokenTable(bytes, 'another dictionary', TEXT.length)).toBeNull();
    expect(decodeTokenTable(bytes, DICTIONARY, 4)).toBeNull();
    expect(decodeTokenTable(bytes.slice(0, bytes.byteLength - 4), DICTIONARY, TEXT.length)).toBeNull();
    expect(decodeTokenTable(new ArrayBuffer(2), DICTIONARY, TEXT.length)).toBeNull();
    const garbled = new Uint8Array(bytes.slice(0));
    garbled.fill(0xff, 4, 12);
    expect(decodeTokenTable(garbled.buffer, DICTIONARY, TEXT.length)).toBeNull();
    // Columns that no longer describe tokens in order.
    const disordered = table();
    disordered.start[1] = 4;
    expect(decodeTokenTable(await bytesOf(encodeTokenTable(disordered, DICTIONARY)), DICTIONARY, TEXT.length)).toBeNull();
  });
});

describe('createTokenCache', () => {
  it('misses a text it has not seen, then gives back what was put', async () => {
    const caches = fakeCaches();
    const cache = createTokenCache({ caches: caches.storage, dictionary: DICTIONARY, baseUrl: BASE });
    expect(await cache.get(TEXT)).toBeNull();
    await cache.put(TEXT, table());
    expect(await cache.get(TEXT)).toEqual(table());
    expect(await cache.get(`${TEXT}。`)).toBeNull();
    expect([...caches.entries.keys()]).toEqual([expect.stringMatching(/^https:\/\/shucho\.test\/__tokens\/[0-9a-f]{64}$/)]);
  });

  it('drops an entry made with another dictionary', async () => {
    const caches = fakeCaches();
    await createTokenCache({ caches: caches.storage, dictionary: 'old', baseUrl: BASE }).put(TEXT, table());
    const cache = createTokenCache({ caches: caches.storage, dictionary: DICTIONARY, baseUrl: BASE });
    expect(await cache.get(TEXT)).toBeNull();
    expect(caches.entries.size).toBe(0);
  });

  it('keeps the most recent entries only', async () => {
    const caches = fakeCaches();
    const cache = createTokenCache({ caches: caches.storage, dictionary: DICTIONARY, baseUrl: BASE, entries: 2 });
    for (const suffix of ['1', '2', '3']) await cache.put(`${TEXT}${suffix}`, table());
    expect(caches.entries.size).toBe(2);
    expect(await cache.get(`${TEXT}1`)).toBeNull();
    expect(await cache.get(`${TEXT}3`)).toEqual(table());
  });

  it('works as a cache that holds nothing when Cache Storage is missing or refuses', async () => {
    const none = createTokenCache({ caches: null, dictionary: DICTIONARY, baseUrl: BASE });
    await none.put(TEXT, table());
    expect(await none.get(TEXT)).toBeNull();
    const refusing = createTokenCache({ caches: { open: () => Promise.reject(new DOMException('denied', 'SecurityError')) }, dictionary: DICTIONARY, baseUrl: BASE });
    await expect(refusing.put(TEXT, table())).resolves.toBeUndefined();
    expect(await refusing.get(TEXT)).toBeNull();
  });
});

describe('lookupUnlessSooner', () => {
  const never = new Promise<never>(() => undefined);

  it("gives the lookup's table when it answers first", async () => {
    const hit = table();
    await expect(lookupUnlessSooner(Promise.resolve(hit), never)).resolves.toBe(hit);
    await expect(lookupUnlessSooner(Promise.resolve(null), never)).resolves.toBeNull();
  });

  it('gives null without waiting for a lookup still under way once the other settles', async () => {
    let built!: () => void;
    const sooner = new Promise<void>((resolve) => (built = resolve));
    const answer = lookupUnlessSooner(never, sooner);
    built();
    await expect(answer).resolves.toBeNull();
  });
});

