/**
 * Loads kuromoji's dictionary files with download progress and an offline
 * copy in Cache Storage.
 *
 * The files are `*.dat.gz`. Whether their bytes reach us still gzipped
 * depends on the server: Vite's preview server (sirv) marks any `.gz` file
 * `Content-Encoding: gzip`, so the browser un-gzips the body itself, while
 * the dev middleware sends the raw gzip bytes. We therefore look at the
 * bytes, not the headers: gunzip only what starts with the gzip magic.
 *
 * Only the worker uses this, but nothing here depends on a worker or on
 * kuromoji: `fetch` and `caches` are injectable, so it runs in node tests.
 */
import { errorMessage, type LoadProgress } from './protocol.ts';

/** The Cache Storage cache holding the dictionary; bump the suffix if the stored format changes. */
export const DICTIONARY_CACHE_NAME = 'shucho-dictionary-v1';

/** One dictionary file as listed by the build (`virtual:dictionary-manifest`). */
export interface DictionaryFile {
  name: string;
  /** Size of the gzipped file: the unit progress is counted in. */
  bytes: number;
  /**
   * Size once un-gzipped, if known. When the browser has already un-gzipped
   * the body, it lets progress be scaled back to gzipped units; without it,
   * the total grows as bytes beyond `bytes` arrive.
   */
  decodedBytes?: number;
  /**
   * With `decodedBytes`: the un-gzipped size without its trailing zero
   * bytes. kuromoji's files end in zero padding (23 of the 56 MB served); the
   * loader inflates a file only this far and leaves the padding to the
   * zero-filled buffer it allocated (see readDecodedBody).
   */
  dataBytes?: number;
}

/** The shape kuromoji's TokenizerBuilder expects as `loader` (its `LoaderConfig`). */
export interface ArrayBufferLoader {
  loadArrayBuffer(name: string): Promise<ArrayBuffer>;
}

/** The loader, plus the offline copy it writes once loading is over. */
export interface DictionaryLoader extends ArrayBufferLoader {
  /**
   * Writes the files loaded from the network (and cached copies still in
   * an older form) to Cache Storage, un-gzipped and without the trailing
   * zeros the manifest measured, so that a later visit neither downloads
   * nor un-gzips them, and deletes cached files the manifest does not list.
   * Called after the tokenizer is built, so that copying and writing never
   * compete with building it; the buffers `loadArrayBuffer` returned must
   * not have been modified by then (kuromoji only reads them). Best effort:
   * resolves with the number of files written, never rejects.
   */
  persist(): Promise<number>;
}

export type FetchFunction = (url: string) => Promise<Response>;

export interface DictionaryLoaderOptions {
  /** URL of the folder serving the files, ending in '/' (e.g. `https://host/dict/`). */
  baseUrl: string;
  files: readonly DictionaryFile[];
  /** Defaults to the global fetch. */
  fetch?: FetchFunction;
  /** Defaults to the global `caches`; `null` turns the offline copy off. */
  caches?: Pick<CacheStorage, 'open'> | null;
  cacheName?: string;
  /** Called after every received chunk and every finished file. */
  onProgress?: (progress: LoadProgress) => void;
}

const GZIP_MAGIC = [0x1f, 0x8b, 0x08] as const;

/** True when `bytes` begin with a gzip header (magic 1f 8b, method deflate). */
export function isGzip(bytes: Uint8Array): boolean {
  return GZIP_MAGIC.every((byte, i) => bytes[i] === byte);
}

/** An ArrayBuffer holding exactly the bytes of `view` (the view's own buffer when it already does). */
function exactBuffer(view: Uint8Array<ArrayBuffer>): ArrayBuffer {
  const { buffer } = view;
  return view.byteOffset === 0 && view.byteLength === buffer.byteLength ? buffer : view.slice().buffer;
}

/**
 * The decoded content of dictionary file `name` from the bytes received for
 * it: gunzipped if they are gzip, as they are otherwise.
 * @throws Error naming the file if the bytes are empty or the gzip data is corrupt.
 */
export async function decodeDictionaryBytes(
  raw: Uint8Array<ArrayBuffer>,
  name: string,
): Promise<ArrayBuffer> {
  if (raw.length === 0) throw new Error(`Dictionary file ${name} is empty`);
  if (!isGzip(raw)) return exactBuffer(raw);
  let decoded: ArrayBuffer;
  try {
    const stream = new Blob([raw]).stream().pipeThrough(new DecompressionStream('gzip'));
    decoded = await new Response(stream).arrayBuffer();
  } catch (error) {
    throw new Error(`Dictionary file ${name} is corrupt (${errorMessage(error)})`, { cause: error });
  }
  if (decoded.byteLength === 0) throw new Error(`Dictionary file ${name} is empty`);
  return decoded;
}

/** A failure of the network while a body was being read (as opposed to bad bytes). */
class BodyReadError extends Error {}

/** The sizes the build measured for a file (see DictionaryFile), when it measured both. */
interface KnownSizes {
  decodedBytes: number;
  dataBytes: number;
}

function knownSizes(file: DictionaryFile | undefined): KnownSizes | undefined {
  if (file?.decodedBytes === undefined || file.dataBytes === undefined) return undefined;
  const { decodedBytes, dataBytes } = file;
  return decodedBytes > 0 && dataBytes >= 0 && dataBytes <= decodedBytes ? { decodedBytes, dataBytes } : undefined;
}

/**
 * Reads `response`'s body chunk by chunk and decodes it on the way: a body
 * that starts with the gzip magic is un-gzipped by a DecompressionStream
 * while later chunks are still arriving, so decoding overlaps the download
 * instead of following it. With the file's `sizes`, the gzip data is
 * inflated straight into a buffer of the final size, and only up to its
 * trailing zeros (see inflateKnownSize). `onChunk` gets the bytes received
 * so far and whether they are gzip.
 * @throws BodyReadError when the network fails mid-body; Error naming the
 *   file when the bytes are empty or the gzip data is corrupt or not of the
 *   size given.
 */
export async function readDecodedBody(
  response: Response,
  name: string,
  onChunk: (received: number, gzipped: boolean) => void,
  sizes?: KnownSizes,
): Promise<ArrayBuffer> {
  if (!response.body) return decodeDictionaryBytes(new Uint8Array(await response.arrayBuffer()), name);
  const reader = response.body.getReader();
  const read = async () => {
    try {
      return await reader.read();
    } catch (error) {
      throw new BodyReadError(errorMessage(error), { cause: error });
    }
  };
  // Enough leading bytes to tell gzip from plain bytes.
  const head: Uint8Array[] = [];
  let received = 0;
  for (let next = await read(); ; next = await read()) {
    if (next.done) {
      // The whole body was shorter than the magic: decode what there is.
      return decodeDictionaryBytes(concat(head, received), name);
    }
    head.push(next.value);
    received += next.value.length;
    if (received >= GZIP_MAGIC.length) break;
  }
  const gzipped = isGzip(concat(head, received));
  onChunk(received, gzipped);
  const body = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      for (const chunk of head) controller.enqueue(chunk as Uint8Array<ArrayBuffer>);
    },
    async pull(controller) {
      try {
        const next = await read();
        if (next.done) return controller.close();
        received += next.value.length;
        onChunk(received, gzipped);
        controller.enqueue(next.value as Uint8Array<ArrayBuffer>);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
  let decoded: ArrayBuffer;
  try {
    if (gzipped && sizes) decoded = await inflateKnownSize(body, sizes);
    else decoded = await new Response(gzipped ? body.pipeThrough(new DecompressionStream('gzip')) : body).arrayBuffer();
  } catch (error) {
    if (error instanceof BodyReadError || (error instanceof Error && error.cause instanceof BodyReadError)) throw error;
    throw new Error(`Dictionary file ${name} is corrupt (${errorMessage(error)})`, { cause: error });
  }
  if (decoded.byteLength === 0) throw new Error(`Dictionary file ${name} is empty`);
  return decoded;
}

/**
 * Un-gzips `gzipped` into a zero-filled buffer of `sizes.decodedBytes`,
 * inflating only until `sizes.dataBytes` bytes are in place: what follows is
 * zero padding, already there. That saves inflating (and copying) 36 MB of
 * zeros, about a fifth of the dictionary's decoding time. The compressed
 * bytes after that point (a few kB) are still read, so that the gzip
 * trailer's size can be checked: a file that is not the one the build
 * measured is refused rather than half-used. A file with no padding is
 * inflated to its end, which also checks its CRC.
 * @throws Error when the data is corrupt, ends early, or is not of the size given;
 *   the body's own error when reading it fails.
 */
async function inflateKnownSize(gzipped: ReadableStream<Uint8Array<ArrayBuffer>>, sizes: KnownSizes): Promise<ArrayBuffer> {
  const target = new Uint8Array(sizes.decodedBytes);
  const inflater = new DecompressionStream('gzip');
  const writer = inflater.writable.getWriter();
  const inflated = inflater.readable.getReader();
  const stopAt = sizes.dataBytes < sizes.decodedBytes ? sizes.dataBytes : Infinity;
  let filled = 0;
  const filling = (async () => {
    while (filled < stopAt) {
      const next = await inflated.read();
      if (next.done) return;
      if (filled + next.value.length > target.length) throw new Error(`more than the ${target.length} bytes expected`);
      target.set(next.value, filled);
      filled += next.value.length;
    }
  })();
  let inflating = true;
  const stopInflating = () => {
    inflating = false;
    void inflated.cancel().catch(() => undefined);
  };
  // Settled either way below; this only keeps an early failure from being reported as unhandled.
  filling.then(stopInflating, stopInflating);
  const source = gzipped.getReader();
  // The last four bytes read: at the end, the gzip trailer's size field.
  const tail = new Uint8Array(4);
  let received = 0;
  try {
    for (let next = await source.read(); !next.done; next = await source.read()) {
      const chunk = next.value;
      keepLastBytes(tail, chunk);
      received += chunk.length;
      // Queued, not awaited: reading the network does not wait for inflating.
      if (inflating) writer.write(chunk).catch(() => undefined);
    }
    if (inflating) writer.close().catch(() => undefined);
    await filling;
  } finally {
    stopInflating();
    source.releaseLock();
  }
  if (filled < sizes.dataBytes || (stopAt === Infinity && filled !== sizes.decodedBytes)) {
    throw new Error(`${filled} bytes instead of ${sizes.decodedBytes}`);
  }
  const trailerSize = received >= 4 ? new DataView(tail.buffer).getUint32(0, true) : -1;
  if (trailerSize !== sizes.decodedBytes % 2 ** 32) throw new Error(`the gzip trailer gives ${trailerSize} bytes, not ${sizes.decodedBytes}`);
  return target.buffer;
}

/** Shifts `chunk` into `tail`, so that `tail` holds the last `tail.length` bytes of the stream read so far. */
function keepLastBytes(tail: Uint8Array, chunk: Uint8Array): void {
  if (chunk.length >= tail.length) {
    tail.set(chunk.subarray(chunk.length - tail.length));
  } else {
    tail.copyWithin(0, chunk.length);
    tail.set(chunk, tail.length - chunk.length);
  }
}

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

interface FileProgress {
  /** Expected size in progress units (gzipped bytes); grows if more arrives. */
  expected: number;
  loaded: number;
  done: boolean;
}

/**
 * Sums the progress of all files. Units are gzipped bytes; bodies the
 * browser already un-gzipped are scaled by `bytes / decodedBytes` when that
 * is known, and otherwise simply raise the file's expected size, so that
 * `loadedBytes <= totalBytes` always holds and both end equal.
 */
class ProgressTracker {
  private readonly files = new Map<string, FileProgress>();
  private readonly manifest = new Map<string, DictionaryFile>();

  constructor(
    files: readonly DictionaryFile[],
    private readonly onProgress: ((progress: LoadProgress) => void) | undefined,
  ) {
    for (const file of files) {
      this.manifest.set(file.name, file);
      this.files.set(file.name, { expected: file.bytes, loaded: 0, done: false });
    }
  }

  received(name: string, receivedBytes: number, gzipped: boolean): void {
    const file = this.entry(name);
    const listed = this.manifest.get(name);
    const scale = !gzipped && listed?.decodedBytes ? listed.bytes / listed.decodedBytes : 1;
    file.loaded = Math.round(receivedBytes * scale);
    file.expected = Math.max(file.expected, file.loaded);
    this.report();
  }

  finished(name: string): void {
    const file = this.entry(name);
    // Whatever arrived, the file is complete: count it as exactly its expected size.
    file.loaded = file.expected;
    file.done = true;
    this.report();
  }

  private entry(name: string): FileProgress {
    let file = this.files.get(name);
    if (!file) {
      file = { expected: 0, loaded: 0, done: false };
      this.files.set(name, file);
    }
    return file;
  }

  private report(): void {
    if (!this.onProgress) return;
    let loadedBytes = 0;
    let totalBytes = 0;
    let filesDone = 0;
    for (const file of this.files.values()) {
      loadedBytes += file.loaded;
      totalBytes += file.expected;
      if (file.done) filesDone++;
    }
    this.onProgress({ loadedBytes, totalBytes, filesDone, filesTotal: this.files.size });
  }
}

function defaultFetch(): FetchFunction {
  return (url) => globalThis.fetch(url);
}

function defaultCaches(): Pick<CacheStorage, 'open'> | null {
  return typeof globalThis.caches === 'undefined' ? null : globalThis.caches;
}

/**
 * A kuromoji loader reading each file from Cache Storage when present, else
 * downloading it from `baseUrl` (reporting progress); `persist()` then keeps
 * the decoded bytes in the cache, without their zero padding (about 32 MB
 * against 9.9 MB gzipped: disk traded for the un-gzipping a warm visit
 * would otherwise repeat). A cached copy that fails to decode, or is not of
 * the size the manifest gives (the only check: a file of another version
 * and the very same size would be taken), is deleted and downloaded again.
 * The cache is best effort: if it cannot be opened or written (no secure
 * context, quota), loading goes on without it.
 *
 * `loadArrayBuffer` rejects with an Error naming the file on a network
 * failure, an HTTP error (e.g. 404), an HTML page instead of the file (a dev
 * server's fallback for unknown paths), or empty or corrupt bytes.
 */
export function createDictionaryLoader(options: DictionaryLoaderOptions): DictionaryLoader {
  const fetchFile = options.fetch ?? defaultFetch();
  const storage = options.caches === undefined ? defaultCaches() : options.caches;
  const cacheName = options.cacheName ?? DICTIONARY_CACHE_NAME;
  const progress = new ProgressTracker(options.files, options.onProgress);
  const listed = new Map(options.files.map((file) => [file.name, file]));
  let cachePromise: Promise<Cache | null> | undefined;
  const openCache = (): Promise<Cache | null> =>
    (cachePromise ??= storage ? storage.open(cacheName).catch(() => null) : Promise.resolve(null));

  /**
   * Decoded files to write to the cache on `persist()`, by URL. Not copied
   * here, which would slow loading down: kuromoji only reads the buffers it
   * is given, and `persist()` copies them (see its contract).
   */
  const unsaved = new Map<string, { name: string; decoded: ArrayBuffer }>();
  const keep = (url: string, name: string, decoded: ArrayBuffer) => {
    if (storage) unsaved.set(url, { name, decoded });
  };

  /**
   * The cached copies' bodies are read one at a time. Read all at once, 34 MB
   * of them held up every other read of Cache Storage on a warm visit: the
   * token cache's answer for the article (tens of kB) came 300 to 500 ms
   * late, after the dictionary it was meant to spare. One at a time, the
   * dictionary is read no slower.
   */
  let cacheReads: Promise<unknown> = Promise.resolve();
  function readInTurn(hit: Response): Promise<ArrayBuffer> {
    const read = cacheReads.then(() => hit.arrayBuffer());
    cacheReads = read.catch(() => undefined);
    return read;
  }

  async function fromCache(cache: Cache | null, url: string, name: string): Promise<ArrayBuffer | null> {
    if (!cache) return null;
    const hit = await cache.match(url).catch(() => undefined);
    if (!hit) return null;
    try {
      const bytes = new Uint8Array(await readInTurn(hit));
      const decoded = await decodeDictionaryBytes(bytes, name);
      const file = listed.get(name);
      const sizes = knownSizes(file);
      // Kept without its zero padding (see persist): the padding is the zero-filled rest of a buffer of the full size.
      if (sizes && decoded.byteLength === sizes.dataBytes && sizes.dataBytes < sizes.decodedBytes) {
        const full = new Uint8Array(sizes.decodedBytes);
        full.set(new Uint8Array(decoded));
        return full.buffer;
      }
      // A copy of another version of the file (the app was updated since): download this one.
      if (file?.decodedBytes !== undefined && decoded.byteLength !== file.decodedBytes) throw new Error(`${name} in the cache is not the file listed`);
      // A copy from before the cache kept decoded bytes, or kept their padding: replace it.
      if (isGzip(bytes) || (sizes && sizes.dataBytes < sizes.decodedBytes)) keep(url, name, decoded);
      return decoded;
    } catch {
      await cache.delete(url).catch(() => false);
      return null;
    }
  }

  /**
   * Deletes the cached files the manifest does not list: those of an
   * earlier version of the dictionary (e.g. kuromoji's own tid_pos.dat.gz,
   * 42 MB decoded, before the build served the features file instead).
   * Best effort; nothing is deleted without a manifest to go by.
   */
  async function forgetUnlisted(cache: Cache): Promise<void> {
    if (options.files.length === 0 || typeof cache.keys !== 'function') return;
    const wanted = new Set(options.files.map((file) => new URL(file.name, options.baseUrl).href));
    const stored = await cache.keys().catch(() => [] as readonly Request[]);
    await Promise.all(stored.filter((request) => !wanted.has(request.url)).map((request) => cache.delete(request).catch(() => false)));
  }

  /** Downloads and decodes one file. */
  async function download(url: string, name: string): Promise<ArrayBuffer> {
    let response: Response;
    try {
      response = await fetchFile(url);
    } catch (error) {
      throw new Error(`Dictionary file ${name} could not be downloaded (${errorMessage(error)})`, { cause: error });
    }
    if (!response.ok) {
      throw new Error(`Dictionary file ${name} could not be downloaded (HTTP ${response.status})`);
    }
    if ((response.headers.get('Content-Type') ?? '').startsWith('text/html')) {
      throw new Error(`Dictionary file ${name} is missing: the server answered with an HTML page`);
    }
    try {
      const sizes = knownSizes(listed.get(name));
      return await readDecodedBody(response, name, (received, gzipped) => progress.received(name, received, gzipped), sizes);
    } catch (error) {
      if (!(error instanceof BodyReadError)) throw error;
      throw new Error(`Dictionary file ${name} could not be downloaded (${error.message})`, { cause: error });
    }
  }

  return {
    async loadArrayBuffer(name: string): Promise<ArrayBuffer> {
      const url = new URL(name, options.baseUrl).href;
      const cache = await openCache();
      const cached = await fromCache(cache, url, name);
      if (cached) {
        progress.finished(name);
        return cached;
      }
      // Decoded before it is kept for the cache, so corrupt bytes are never stored.
      const decoded = await download(url, name);
      if (cache) keep(url, name, decoded);
      progress.finished(name);
      return decoded;
    },

    async persist(): Promise<number> {
      const cache = await openCache();
      if (!cache) return 0;
      let written = 0;
      for (const [url, { name, decoded }] of [...unsaved]) {
        unsaved.delete(url);
        // Without the trailing zeros the build measured (23 of the 56 MB): a later read pads the buffer again.
        const kept = knownSizes(listed.get(name))?.dataBytes ?? decoded.byteLength;
        // The Response copies the bytes, so the tokenizer may go on using them.
        const copy = new Response(new Uint8Array(decoded, 0, kept), { headers: { 'Content-Type': 'application/octet-stream' } });
        if (await cache.put(url, copy).then(() => true, () => false)) written += 1;
      }
      await forgetUnlisted(cache);
      return written;
    },
  };
}
