import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync, gunzipSync, gzipSync } from 'node:zlib';
import { TokenizerBuilder } from '@patdx/kuromoji';
import { describe, expect, it, vi } from 'vitest';
import {
  DICTIONARY_CACHE_NAME,
  createDictionaryLoader,
  decodeDictionaryBytes,
  isGzip,
  type DictionaryFile,
  type FetchFunction,
} from '../../../src/nlp/dictionary-loader.ts';
import { describeDictionaryFile } from '../../../src/nlp/vite-plugin-dictionary.ts';
import type { LoadProgress } from '../../../src/nlp/protocol.ts';

const BASE = 'https://shucho.test/dict/';
const CHUNK = 1000;

/** Deterministic, poorly compressible content, so gzipped and plain sizes differ but not absurdly. */
function content(length: number, seed = 7): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = (x >>> 24) % 16;
  }
  return bytes;
}

function gzip(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(gzipSync(bytes));
}

/** A body delivered in CHUNK-byte pieces, as a network would. */
function chunkedResponse(bytes: Uint8Array, init: ResponseInit = {}): Response {
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(at, at + CHUNK));
      at += CHUNK;
    },
  });
  return new Response(stream, init);
}

/** A fetch serving `files` (name -> body) under BASE, 404 for anything else, and counting calls. */
function fakeFetch(files: Record<string, Uint8Array>): FetchFunction & { calls: string[] } {
  const calls: string[] = [];
  const fetchFn = async (url: string): Promise<Response> => {
    calls.push(url);
    const name = url.slice(BASE.length);
    const body = files[name];
    return body ? chunkedResponse(body) : new Response('Not Found', { status: 404 });
  };
  return Object.assign(fetchFn, { calls });
}

/** An in-memory Cache Storage holding one cache, enough for the loader. */
function fakeCaches() {
  const entries = new Map<string, Uint8Array<ArrayBuffer>>();
  const opened: string[] = [];
  const cache = {
    async match(url: string) {
      const bytes = entries.get(url);
      return bytes ? new Response(bytes.slice()) : undefined;
    },
    async put(url: string, response: Response) {
      entries.set(url, new Uint8Array(await response.arrayBuffer()));
    },
    async delete(request: string | Request) {
      return entries.delete(typeof request === 'string' ? request : request.url);
    },
    async keys() {
      return [...entries.keys()].map((url) => new Request(url));
    },
  };
  const storage = {
    async open(name: string) {
      opened.push(name);
      return cache as unknown as Cache;
    },
  };
  return { storage, entries, opened };
}

function recordProgress() {
  const events: LoadProgress[] = [];
  return { events, onProgress: (p: LoadProgress) => events.push({ ...p }) };
}

function expectSaneProgress(events: readonly LoadProgress[]): void {
  expect(events.length).toBeGreaterThan(0);
  for (const event of events) {
    expect(event.loadedBytes).toBeLessThanOrEqual(event.totalBytes);
    expect(event.filesDone).toBeLessThanOrEqual(event.filesTotal);
  }
  const last = events.at(-1)!;
  expect(last.loadedBytes).toBe(last.totalBytes);
  expect(last.filesDone).toBe(last.filesTotal);
}

describe('isGzip and decodeDictionaryBytes', () => {
  it('recognises the gzip header', () => {
    expect(isGzip(gzip(content(10)))).toBe(true);
    expect(isGzip(content(10))).toBe(false);
    expect(isGzip(new Uint8Array([0x1f, 0x8b]))).toBe(false);
  });

  it('gunzips gzip bytes and passes other bytes through as an exact buffer', async () => {
    const plain = content(5000);
    expect(new Uint8Array(await decodeDictionaryBytes(gzip(plain), 'x.dat.gz'))).toEqual(plain);
    const view = new Uint8Array(plain.buffer.slice(0), 0, 5000);
    const decoded = await decodeDictionaryBytes(view, 'x.dat.gz');
    expect(decoded.byteLength).toBe(5000);
    expect(new Uint8Array(decoded)).toEqual(plain);
  });

  it('returns a buffer holding only the data even for a view into a larger buffer', async () => {
    const backing = content(100);
    const decoded = await decodeDictionaryBytes(backing.subarray(8, 48), 'unk_compat.dat.gz');
    expect(decoded.byteLength).toBe(40);
    expect(new Uint32Array(decoded)).toHaveLength(10);
  });

  it('names the file when the bytes are empty or corrupt', async () => {
    await expect(decodeDictionaryBytes(new Uint8Array(0), 'cc.dat.gz')).rejects.toThrow(/cc\.dat\.gz is empty/);
    const broken = gzip(content(5000));
    broken.fill(0xff, 20, 60);
    await expect(decodeDictionaryBytes(broken, 'tid.dat.gz')).rejects.toThrow(/tid\.dat\.gz is corrupt/);
    const truncated = gzip(content(5000)).slice(0, 200);
    await expect(decodeDictionaryBytes(truncated, 'base.dat.gz')).rejects.toThrow(/base\.dat\.gz is corrupt/);
  });
});

/** `data` followed by `padding` zero bytes, as kuromoji writes its buffers. */
function padded(data: Uint8Array, padding: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(data.length + padding);
  bytes.set(data);
  return bytes;
}

/**
 * A gzip file of `data` + `padding` zeros whose deflate data for the zeros is
 * replaced by garbage: it can be decoded only by stopping at the data's end.
 * The trailer gives the full size (its CRC is left 0: nothing reads it).
 */
function gzipWithBrokenPadding(data: Uint8Array, padding: number): { gz: Uint8Array<ArrayBuffer>; dataEnd: number } {
  const header = new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03]);
  // A full flush ends the data's blocks on a byte boundary, and not as the last block.
  const dataPart = deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const paddingPart = deflateRawSync(new Uint8Array(padding)).fill(0xff);
  const trailer = new Uint8Array(8);
  new DataView(trailer.buffer).setUint32(4, data.length + padding, true);
  const gz = new Uint8Array(header.length + dataPart.length + paddingPart.length + trailer.length);
  gz.set(header);
  gz.set(dataPart, header.length);
  gz.set(paddingPart, header.length + dataPart.length);
  gz.set(trailer, gz.length - trailer.length);
  return { gz, dataEnd: header.length + dataPart.length };
}

describe('createDictionaryLoader with the sizes the build measured', () => {
  it('describes a file by its gzipped, decoded and unpadded sizes', () => {
    const data = content(5_000);
    data[4_999] = 9;
    const gz = gzip(padded(data, 3_000));
    expect(describeDictionaryFile('tid.dat.gz', gz)).toEqual({ name: 'tid.dat.gz', bytes: gz.length, decodedBytes: 8_000, dataBytes: 5_000 });
    expect(describeDictionaryFile('unk.dat.gz', gzip(new Uint8Array(100)))).toMatchObject({ decodedBytes: 100, dataBytes: 0 });
    expect(() => describeDictionaryFile('cc.dat.gz', content(100))).toThrow();
  });

  it('gives the same bytes as un-gzipping the whole file, padding included, in chunks', async () => {
    for (const [data, padding] of [[content(20_000), 50_000], [content(20_000), 0], [new Uint8Array(0), 9_000]] as const) {
      const plain = padded(data, padding);
      const gz = gzip(plain);
      const file = describeDictionaryFile('tid_pos.dat.gz', gz);
      const progress = recordProgress();
      const loader = createDictionaryLoader({ baseUrl: BASE, files: [file], fetch: fakeFetch({ 'tid_pos.dat.gz': gz }), caches: null, onProgress: progress.onProgress });
      const buffer = await loader.loadArrayBuffer('tid_pos.dat.gz');
      expect(buffer.byteLength).toBe(plain.length);
      expect(new Uint8Array(buffer)).toEqual(plain);
      expectSaneProgress(progress.events);
    }
  });

  it('does not inflate the padding: a file whose padding is not even valid deflate data loads', async () => {
    const data = content(20_000);
    const { gz, dataEnd } = gzipWithBrokenPadding(data, 200_000);
    const file = { name: 'unk.dat.gz', bytes: gz.length, decodedBytes: 220_000, dataBytes: 20_000 };
    // The data and the broken padding arrive as separate chunks, as a network may send them.
    const fetchFn: FetchFunction = async () =>
      new Response(new ReadableStream({ start(c) { c.enqueue(gz.slice(0, dataEnd)); c.enqueue(gz.slice(dataEnd)); c.close(); } }));
    const loader = createDictionaryLoader({ baseUrl: BASE, files: [file], fetch: fetchFn, caches: null });
    expect(new Uint8Array(await loader.loadArrayBuffer('unk.dat.gz'))).toEqual(padded(data, 200_000));
    // Without the sizes, the same bytes are (rightly) corrupt.
    const unsized = createDictionaryLoader({ baseUrl: BASE, files: [], fetch: fetchFn, caches: null });
    await expect(unsized.loadArrayBuffer('unk.dat.gz')).rejects.toThrow(/unk\.dat\.gz is corrupt/);
  });

  it('refuses a file that is not the one measured: other size, cut short, or corrupt data', async () => {
    const plain = padded(content(20_000), 30_000);
    const gz = gzip(plain);
    const file = describeDictionaryFile('tid.dat.gz', gz);
    const load = (served: Uint8Array, listed = file) =>
      createDictionaryLoader({ baseUrl: BASE, files: [listed], fetch: fakeFetch({ 'tid.dat.gz': served }), caches: null }).loadArrayBuffer('tid.dat.gz');
    // Same data, more padding: the trailer tells.
    await expect(load(gzip(padded(content(20_000), 31_000)))).rejects.toThrow(/tid\.dat\.gz is corrupt \(the gzip trailer gives 51000 bytes, not 50000\)/);
    // More data than the buffer holds.
    const unpadded = gzip(content(20_000));
    await expect(load(gzip(content(60_000)), describeDictionaryFile('tid.dat.gz', unpadded))).rejects.toThrow(
      /tid\.dat\.gz is corrupt \(more than the 20000 bytes expected\)/,
    );
    await expect(load(gz.slice(0, gz.length >> 2))).rejects.toThrow(/tid\.dat\.gz is corrupt/);
    const broken = gz.slice();
    broken.fill(0, 30, 90);
    await expect(load(broken)).rejects.toThrow(/tid\.dat\.gz is corrupt/);
    // Without padding the whole stream is inflated, so its CRC is checked too.
    const badCrc = unpadded.slice();
    badCrc[badCrc.length - 8]! ^= 0xff;
    await expect(load(badCrc, describeDictionaryFile('tid.dat.gz', unpadded))).rejects.toThrow(/tid\.dat\.gz is corrupt/);
  });
});

describe('createDictionaryLoader', () => {
  it('downloads a gzipped file, gunzips it, reports progress, and caches the decoded bytes only when asked to persist', async () => {
    const plain = content(20_000);
    const gz = gzip(plain);
    const fetchFn = fakeFetch({ 'base.dat.gz': gz });
    const caches = fakeCaches();
    const progress = recordProgress();
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [{ name: 'base.dat.gz', bytes: gz.length }],
      fetch: fetchFn,
      caches: caches.storage,
      onProgress: progress.onProgress,
    });
    const buffer = await loader.loadArrayBuffer('base.dat.gz');
    expect(new Uint8Array(buffer)).toEqual(plain);
    expect(fetchFn.calls).toEqual([`${BASE}base.dat.gz`]);
    expect(caches.opened).toEqual([DICTIONARY_CACHE_NAME]);
    // Nothing is written while the tokenizer is being built.
    expect(caches.entries.size).toBe(0);
    expect(await loader.persist()).toBe(1);
    expect(caches.entries.get(`${BASE}base.dat.gz`)).toEqual(plain);
    // Written once: a second persist has nothing left to write.
    expect(await loader.persist()).toBe(0);
    expectSaneProgress(progress.events);
    // One event per received chunk, plus the final one.
    expect(progress.events.length).toBe(Math.ceil(gz.length / CHUNK) + 1);
    expect(progress.events.at(-1)).toEqual({ loadedBytes: gz.length, totalBytes: gz.length, filesDone: 1, filesTotal: 1 });
    const loaded = progress.events.map((e) => e.loadedBytes);
    expect(loaded).toEqual([...loaded].sort((a, b) => a - b));
  });

  it('takes a body the browser already un-gzipped as it is, scaling progress by decodedBytes', async () => {
    const plain = content(30_000);
    const gzBytes = gzip(plain).length;
    const caches = fakeCaches();
    const progress = recordProgress();
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [{ name: 'tid.dat.gz', bytes: gzBytes, decodedBytes: plain.length }],
      fetch: fakeFetch({ 'tid.dat.gz': plain }),
      caches: caches.storage,
      onProgress: progress.onProgress,
    });
    expect(new Uint8Array(await loader.loadArrayBuffer('tid.dat.gz'))).toEqual(plain);
    await loader.persist();
    expect(caches.entries.get(`${BASE}tid.dat.gz`)).toEqual(plain);
    expectSaneProgress(progress.events);
    // Counted in gzipped units throughout: the total never moves.
    expect(new Set(progress.events.map((e) => e.totalBytes))).toEqual(new Set([gzBytes]));
  });

  it('grows the total instead of overshooting when an un-gzipped body has no decodedBytes', async () => {
    const plain = content(30_000);
    const progress = recordProgress();
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [
        { name: 'tid.dat.gz', bytes: 10_000 },
        { name: 'cc.dat.gz', bytes: 5_000 },
      ],
      fetch: fakeFetch({ 'tid.dat.gz': plain }),
      caches: null,
      onProgress: progress.onProgress,
    });
    await loader.loadArrayBuffer('tid.dat.gz');
    for (const event of progress.events) expect(event.loadedBytes).toBeLessThanOrEqual(event.totalBytes);
    expect(progress.events.at(-1)).toEqual({ loadedBytes: 30_000, totalBytes: 35_000, filesDone: 1, filesTotal: 2 });
  });

  it('rejects a 404 with an error naming the file, and caches nothing', async () => {
    const caches = fakeCaches();
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [{ name: 'unk.dat.gz', bytes: 100 }],
      fetch: fakeFetch({}),
      caches: caches.storage,
    });
    await expect(loader.loadArrayBuffer('unk.dat.gz')).rejects.toThrow('Dictionary file unk.dat.gz could not be downloaded (HTTP 404)');
    expect(await loader.persist()).toBe(0);
    expect(caches.entries.size).toBe(0);
  });

  it('rejects the HTML page a dev server sends for an unknown path', async () => {
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [],
      fetch: async () => new Response('<!doctype html><html></html>', { headers: { 'Content-Type': 'text/html' } }),
      caches: null,
    });
    await expect(loader.loadArrayBuffer('unk_pos.dat.gz')).rejects.toThrow(/unk_pos\.dat\.gz is missing/);
  });

  it('rejects corrupt gzip bytes with an error naming the file, and does not cache them', async () => {
    const broken = gzip(content(20_000));
    broken.fill(0, 30, 90);
    const caches = fakeCaches();
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [{ name: 'check.dat.gz', bytes: broken.length }],
      fetch: fakeFetch({ 'check.dat.gz': broken }),
      caches: caches.storage,
    });
    await expect(loader.loadArrayBuffer('check.dat.gz')).rejects.toThrow(/check\.dat\.gz is corrupt/);
    expect(await loader.persist()).toBe(0);
    expect(caches.entries.size).toBe(0);
  });

  it('tells a connection lost mid-file from corrupt bytes, and caches nothing', async () => {
    const gz = gzip(content(20_000));
    let sent = 0;
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 3) return controller.error(new TypeError('network error'));
        controller.enqueue(gz.slice(sent * CHUNK, (sent + 1) * CHUNK));
        sent += 1;
      },
    });
    const caches = fakeCaches();
    const loader = createDictionaryLoader({ baseUrl: BASE, files: [], fetch: async () => new Response(failing), caches: caches.storage });
    await expect(loader.loadArrayBuffer('base.dat.gz')).rejects.toThrow('Dictionary file base.dat.gz could not be downloaded (network error)');
    expect(await loader.persist()).toBe(0);
  });

  it('decodes bodies shorter than the gzip magic as they are, and refuses an empty one', async () => {
    const loader = createDictionaryLoader({ baseUrl: BASE, files: [], caches: null, fetch: fakeFetch({ 'unk_char.dat.gz': new Uint8Array([7, 9]) }) });
    expect(new Uint8Array(await loader.loadArrayBuffer('unk_char.dat.gz'))).toEqual(new Uint8Array([7, 9]));
    const empty = createDictionaryLoader({ baseUrl: BASE, files: [], caches: null, fetch: async () => new Response(new Uint8Array(0)) });
    await expect(empty.loadArrayBuffer('unk_map.dat.gz')).rejects.toThrow(/unk_map\.dat\.gz is empty/);
  });

  it('wraps a network failure in an error naming the file', async () => {
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [],
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
      caches: null,
    });
    await expect(loader.loadArrayBuffer('cc.dat.gz')).rejects.toThrow('Dictionary file cc.dat.gz could not be downloaded (Failed to fetch)');
  });

  it('serves a cached file without fetching, counting it as fully loaded', async () => {
    const plain = content(8_000);
    const caches = fakeCaches();
    caches.entries.set(`${BASE}cc.dat.gz`, gzip(plain));
    const fetchFn = fakeFetch({});
    const progress = recordProgress();
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [{ name: 'cc.dat.gz', bytes: 4321 }],
      fetch: fetchFn,
      caches: caches.storage,
      onProgress: progress.onProgress,
    });
    expect(new Uint8Array(await loader.loadArrayBuffer('cc.dat.gz'))).toEqual(plain);
    expect(fetchFn.calls).toEqual([]);
    expect(progress.events).toEqual([{ loadedBytes: 4321, totalBytes: 4321, filesDone: 1, filesTotal: 1 }]);
    // A gzipped copy (as earlier versions kept) is replaced by the decoded bytes; a decoded one is left alone.
    expect(await loader.persist()).toBe(1);
    expect(caches.entries.get(`${BASE}cc.dat.gz`)).toEqual(plain);
    const again = createDictionaryLoader({ baseUrl: BASE, files: [], fetch: fetchFn, caches: caches.storage });
    expect(new Uint8Array(await again.loadArrayBuffer('cc.dat.gz'))).toEqual(plain);
    expect(await again.persist()).toBe(0);
    expect(fetchFn.calls).toEqual([]);
  });

  it('persists a copy: the tokenizer may go on using the loaded buffer', async () => {
    const plain = content(6_000);
    const caches = fakeCaches();
    const loader = createDictionaryLoader({ baseUrl: BASE, files: [], fetch: fakeFetch({ 'tid.dat.gz': gzip(plain) }), caches: caches.storage });
    const buffer = await loader.loadArrayBuffer('tid.dat.gz');
    await loader.persist();
    new Uint8Array(buffer).fill(0);
    expect(caches.entries.get(`${BASE}tid.dat.gz`)).toEqual(plain);
  });

  it('reads cached copies one at a time, and goes on after a read that fails', async () => {
    const caches = fakeCaches();
    const names = ['base.dat.gz', 'check.dat.gz', 'cc.dat.gz'];
    for (const [i, name] of names.entries()) caches.entries.set(`${BASE}${name}`, content(4_000, i));
    const log: string[] = [];
    let reading = 0;
    const match = caches.storage.open.bind(caches.storage);
    caches.storage.open = async (name: string) => {
      const cache = await match(name);
      return Object.assign(Object.create(cache) as Cache, {
        async match(url: string) {
          const hit = await cache.match(url);
          if (!hit) return undefined;
          const file = url.slice(BASE.length);
          return {
            async arrayBuffer() {
              reading++;
              log.push(`start ${file} (${reading} reading)`);
              await new Promise((resolve) => setTimeout(resolve, 5));
              reading--;
              log.push(`end ${file}`);
              if (file === 'check.dat.gz') throw new Error('read failed');
              return hit.arrayBuffer();
            },
          } as Response;
        },
      });
    };
    const fetchFn = fakeFetch({ 'check.dat.gz': gzip(content(4_000, 1)) });
    const loader = createDictionaryLoader({ baseUrl: BASE, files: [], fetch: fetchFn, caches: caches.storage });
    const loaded = await Promise.all(names.map((name) => loader.loadArrayBuffer(name)));
    loaded.forEach((buffer, i) => expect(new Uint8Array(buffer)).toEqual(content(4_000, i)));
    expect(log).toEqual(names.flatMap((name) => [`start ${name} (1 reading)`, `end ${name}`]));
    // The copy that could not be read was downloaded instead.
    expect(fetchFn.calls).toEqual([`${BASE}check.dat.gz`]);
  });

  it('replaces a corrupt cached copy by downloading the file again', async () => {
    const plain = content(8_000);
    const gz = gzip(plain);
    const caches = fakeCaches();
    const rotten = gz.slice();
    rotten.fill(0xaa, 40, 80);
    caches.entries.set(`${BASE}cc.dat.gz`, rotten);
    const fetchFn = fakeFetch({ 'cc.dat.gz': gz });
    const loader = createDictionaryLoader({ baseUrl: BASE, files: [], fetch: fetchFn, caches: caches.storage });
    expect(new Uint8Array(await loader.loadArrayBuffer('cc.dat.gz'))).toEqual(plain);
    expect(fetchFn.calls).toHaveLength(1);
    await loader.persist();
    expect(caches.entries.get(`${BASE}cc.dat.gz`)).toEqual(plain);
  });

  it('downloads a file again when its cached copy is not of the size the manifest gives (an older dictionary)', async () => {
    const older = content(5_000, 1);
    const plain = content(8_000, 2);
    const caches = fakeCaches();
    caches.entries.set(`${BASE}cc.dat.gz`, older);
    const fetchFn = fakeFetch({ 'cc.dat.gz': gzip(plain) });
    const files: DictionaryFile[] = [{ name: 'cc.dat.gz', bytes: 100, decodedBytes: plain.length, dataBytes: plain.length }];
    const loader = createDictionaryLoader({ baseUrl: BASE, files, fetch: fetchFn, caches: caches.storage });
    expect(new Uint8Array(await loader.loadArrayBuffer('cc.dat.gz'))).toEqual(plain);
    expect(fetchFn.calls).toHaveLength(1);
    await loader.persist();
    expect(caches.entries.get(`${BASE}cc.dat.gz`)).toEqual(plain);
  });

  it('keeps a file in the cache without its zero padding, and reads it back padded to its full size', async () => {
    const padded = new Uint8Array(8_000);
    padded.set(content(5_000));
    const gz = gzip(padded);
    const files: DictionaryFile[] = [{ name: 'tid.dat.gz', bytes: gz.length, decodedBytes: 8_000, dataBytes: 5_000 }];
    const caches = fakeCaches();
    const fetchFn = fakeFetch({ 'tid.dat.gz': gz });
    const loader = createDictionaryLoader({ baseUrl: BASE, files, fetch: fetchFn, caches: caches.storage });
    expect(new Uint8Array(await loader.loadArrayBuffer('tid.dat.gz'))).toEqual(padded);
    expect(await loader.persist()).toBe(1);
    expect(caches.entries.get(`${BASE}tid.dat.gz`)).toEqual(padded.subarray(0, 5_000));
    const again = createDictionaryLoader({ baseUrl: BASE, files, fetch: fetchFn, caches: caches.storage });
    expect(new Uint8Array(await again.loadArrayBuffer('tid.dat.gz'))).toEqual(padded);
    expect(await again.persist()).toBe(0);
    expect(fetchFn.calls).toHaveLength(1);
    // A copy kept whole, padding and all (as before), is read as it is and written again without the padding.
    caches.entries.set(`${BASE}tid.dat.gz`, padded.slice());
    const older = createDictionaryLoader({ baseUrl: BASE, files, fetch: fetchFn, caches: caches.storage });
    expect(new Uint8Array(await older.loadArrayBuffer('tid.dat.gz'))).toEqual(padded);
    expect(await older.persist()).toBe(1);
    expect(caches.entries.get(`${BASE}tid.dat.gz`)).toHaveLength(5_000);
    expect(fetchFn.calls).toHaveLength(1);
  });

  it('deletes cached files the manifest no longer lists when it persists, and keeps the rest', async () => {
    const plain = content(3_000);
    const caches = fakeCaches();
    caches.entries.set(`${BASE}tid_pos.dat.gz`, content(9_000));
    caches.entries.set(`${BASE}cc.dat.gz`, plain);
    const files: DictionaryFile[] = [
      { name: 'cc.dat.gz', bytes: 10 },
      { name: 'tid_pos.features.gz', bytes: 10 },
    ];
    const fetchFn = fakeFetch({ 'tid_pos.features.gz': gzip(plain) });
    const loader = createDictionaryLoader({ baseUrl: BASE, files, fetch: fetchFn, caches: caches.storage });
    await Promise.all(files.map((file) => loader.loadArrayBuffer(file.name)));
    expect(fetchFn.calls).toHaveLength(1);
    expect(await loader.persist()).toBe(1);
    expect([...caches.entries.keys()].sort()).toEqual([`${BASE}cc.dat.gz`, `${BASE}tid_pos.features.gz`]);
    // Without a manifest there is nothing to go by: nothing is deleted.
    caches.entries.set(`${BASE}old.dat.gz`, plain);
    await createDictionaryLoader({ baseUrl: BASE, files: [], fetch: fetchFn, caches: caches.storage }).persist();
    expect(caches.entries.has(`${BASE}old.dat.gz`)).toBe(true);
  });

  it('loads without a cache when Cache Storage cannot be opened or written', async () => {
    const plain = content(3_000);
    const refusing = { open: vi.fn(async () => Promise.reject(new DOMException('denied', 'SecurityError'))) };
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files: [],
      fetch: fakeFetch({ 'a.dat.gz': gzip(plain), 'b.dat.gz': gzip(plain) }),
      caches: refusing,
    });
    expect(new Uint8Array(await loader.loadArrayBuffer('a.dat.gz'))).toEqual(plain);
    expect(new Uint8Array(await loader.loadArrayBuffer('b.dat.gz'))).toEqual(plain);
    expect(refusing.open).toHaveBeenCalledTimes(1);

    const full = fakeCaches();
    full.storage.open = async () =>
      ({
        match: async () => undefined,
        put: async () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      }) as unknown as Cache;
    const quotaLoader = createDictionaryLoader({ baseUrl: BASE, files: [], fetch: fakeFetch({ 'a.dat.gz': gzip(plain) }), caches: full.storage });
    expect(new Uint8Array(await quotaLoader.loadArrayBuffer('a.dat.gz'))).toEqual(plain);
    expect(await quotaLoader.persist()).toBe(0);
  });

  it('counts every file of the manifest, summing progress across files', async () => {
    const a = gzip(content(4_000, 1));
    const b = gzip(content(9_000, 2));
    const progress = recordProgress();
    const files: DictionaryFile[] = [
      { name: 'a.dat.gz', bytes: a.length },
      { name: 'b.dat.gz', bytes: b.length },
    ];
    const loader = createDictionaryLoader({
      baseUrl: BASE,
      files,
      fetch: fakeFetch({ 'a.dat.gz': a, 'b.dat.gz': b }),
      caches: null,
      onProgress: progress.onProgress,
    });
    await Promise.all([loader.loadArrayBuffer('a.dat.gz'), loader.loadArrayBuffer('b.dat.gz')]);
    expectSaneProgress(progress.events);
    expect(progress.events.at(-1)).toEqual({ loadedBytes: a.length + b.length, totalBytes: a.length + b.length, filesDone: 2, filesTotal: 2 });
    expect(progress.events.filter((e) => e.filesDone === 1).length).toBeGreaterThan(0);
  });

  it('feeds kuromoji: a tokenizer builds from the real dictionary served gzipped', async () => {
    const dir = 'node_modules/@patdx/kuromoji/dict';
    const served: Record<string, Uint8Array> = {};
    const files: DictionaryFile[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.dat.gz'))) {
      served[name] = new Uint8Array(readFileSync(join(dir, name)));
      // Described as the build describes them: padding is left to the zero-filled buffers.
      files.push(describeDictionaryFile(name, served[name]));
    }
    const progress = recordProgress();
    // Whole-body responses: chunking 18 MB into 1 kB pieces would only slow the test down.
    const fetchFn: FetchFunction = async (url) => new Response(served[url.slice(BASE.length)]!.slice());
    const loader = createDictionaryLoader({ baseUrl: BASE, files, fetch: fetchFn, caches: null, onProgress: progress.onProgress });
    // Byte for byte what kuromoji's own loading would get, so its tokens cannot differ.
    for (const file of files) {
      const loaded = new Uint8Array(await loader.loadArrayBuffer(file.name));
      expect(Buffer.compare(loaded, gunzipSync(served[file.name]!)), file.name).toBe(0);
    }
    const tokenizer = await new TokenizerBuilder({ loader }).build();
    expect(tokenizer.tokenize('すもももももももものうち').map((t) => t.surface_form)).toEqual([
      'すもも', 'も', 'もも', 'も', 'もも', 'の', 'うち',
    ]);
    expect(progress.events.at(-1)).toMatchObject({ filesDone: 12, filesTotal: 12 });
  }, 30_000);
});
