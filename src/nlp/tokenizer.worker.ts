/**
 * The tokenizer worker: kuromoji runs only here (build-tokenizer.ts builds it), so that its
 * ~56 MB of dictionary and its CPU-heavy tokenizing stay off the main
 * thread. Speaks the protocol of protocol.ts; every failure is posted back
 * as a value.
 */
import dictionaryManifest from 'virtual:dictionary-manifest';
import { createDictionaryLoader, DICTIONARY_CACHE_NAME } from './dictionary-loader.ts';
import { deferLoad, type DeferredLoad } from './deferred-load.ts';
import { buildTokenizer, type Tokenizer } from './build-tokenizer.ts';
import { tokenizeJapanese, transferablesOf } from './encode-tokens.ts';
import { tokenizeEnglish } from './english-tokenizer.ts';
import { createTokenCache, lookupUnlessSooner } from './token-cache.ts';
import {
  errorMessage,
  isTokenizerRequest,
  type LoadProgress,
  type TokenizeRequest,
  type TokenizeResult,
  type TokenizerMessage,
} from './protocol.ts';

/** The part of DedicatedWorkerGlobalScope we use (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  location: { href: string };
  postMessage(message: TokenizerMessage, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}

/** At most one progress message per this many ms: the download yields thousands of chunks. */
const PROGRESS_INTERVAL_MS = 100;

const scope = self as unknown as WorkerScope;
/** Token tables of texts seen before, stamped with this dictionary (its files and sizes). */
const tokenCache = createTokenCache({
  caches: typeof caches === 'undefined' ? null : caches,
  dictionary: dictionaryManifest.map((file) => `${file.name}:${file.bytes}`).join(','),
  baseUrl: new URL(import.meta.env.BASE_URL, scope.location.href).href,
});
let tokenizer: Tokenizer | null = null;
/** Tokenize requests received and not yet answered. */
let requestsUnderWay = 0;
/** The loader whose downloaded files are still to be written to the offline copy. */
let unpersisted: ReturnType<typeof createDictionaryLoader> | null = null;
let readyMs = 0;
let loading: Promise<void> | null = null;
/** Counts load attempts, so that a failed attempt's late progress is not reported. */
let attempt = 0;
/** The load waiting to start (deferred-load.ts), if one is. */
let deferred: DeferredLoad | null = null;
/**
 * How long a load of a dictionary already in Cache Storage waits at most
 * for a request that needs it, or for the page to say it has shown the
 * article (`load` with `now`, sent by ArticlePage).
 */
const CACHED_LOAD_DELAY_MS = 3000;

/** Whether Cache Storage holds a copy of the dictionary (a visit after the first). */
async function dictionaryIsCached(): Promise<boolean> {
  return typeof caches !== 'undefined' && (await caches.has(DICTIONARY_CACHE_NAME));
}

function post(message: TokenizerMessage, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

function progressReporter(ownAttempt: number): (progress: LoadProgress) => void {
  let lastPosted = -Infinity;
  let lastFilesDone = -1;
  return (progress) => {
    if (ownAttempt !== attempt) return;
    const now = performance.now();
    const milestone = progress.filesDone !== lastFilesDone;
    if (!milestone && now - lastPosted < PROGRESS_INTERVAL_MS) return;
    lastPosted = now;
    lastFilesDone = progress.filesDone;
    post({ type: 'progress', ...progress });
  };
}

/** Builds the tokenizer once; while a build runs, further calls share it; after a failure, a call tries again. */
function load(): Promise<void> {
  if (tokenizer) {
    post({ type: 'ready', ms: readyMs });
    return Promise.resolve();
  }
  if (loading) return loading;
  const ownAttempt = ++attempt;
  let started = performance.now();
  const loader = createDictionaryLoader({
    baseUrl: new URL(`${import.meta.env.BASE_URL}dict/`, scope.location.href).href,
    files: dictionaryManifest,
    onProgress: progressReporter(ownAttempt),
  });
  // Only the first attempt waits: a retry is asked for by someone waiting.
  const wait = ownAttempt === 1 ? deferLoad({ mayWait: dictionaryIsCached, delayMs: CACHED_LOAD_DELAY_MS }) : null;
  deferred = wait;
  loading = (wait?.ready ?? Promise.resolve())
    .then(() => {
      deferred = null;
      started = performance.now();
      return buildTokenizer(loader);
    })
    .then(
      (built) => {
        tokenizer = built;
        readyMs = performance.now() - started;
        post({ type: 'ready', ms: readyMs });
        // The offline copy (about 32 MB of copying and writing) waits until
        // the requests under way, which waited for this dictionary, are answered.
        unpersisted = loader;
        persistWhenIdle();
      },
      (error: unknown) => {
        // Stop this attempt's stragglers (files still downloading) from reporting progress.
        attempt++;
        post({ type: 'loadFailed', error: errorMessage(error) });
      },
    )
    .finally(() => {
      loading = null;
    });
  return loading;
}

/** Writes the offline copy of the dictionary once no request is under way (see load). */
function persistWhenIdle(): void {
  if (requestsUnderWay > 0 || !unpersisted) return;
  const loader = unpersisted;
  unpersisted = null;
  void loader.persist();
}

/** Resolves once the load under way has built the tokenizer; never if it fails, or if none is under way. */
function tokenizerBuilt(): Promise<void> {
  const never = new Promise<void>(() => undefined);
  return loading ? loading.then(() => (tokenizer ? undefined : never)) : never;
}

async function tokenize(request: TokenizeRequest): Promise<void> {
  requestsUnderWay++;
  try {
    await answer(request);
  } finally {
    requestsUnderWay--;
    persistWhenIdle();
  }
}

async function answer(request: TokenizeRequest): Promise<void> {
  const received = performance.now();
  if (request.lang === 'ja') {
    const lookup = tokenCache.get(request.text);
    const cached = tokenizer ? await lookup : await lookupUnlessSooner(lookup, tokenizerBuilt());
    if (cached) {
      post({ type: 'tokenized', id: request.id, result: { ok: true, table: cached, ms: performance.now() - received } }, transferablesOf(cached));
      return;
    }
    if (!tokenizer && loading) {
      // Not in the token cache: this text needs the dictionary now.
      deferred?.startNow();
      await loading;
    }
    if (!tokenizer && request.early) {
      // No dictionary to wait for (none loading, or the load failed): the client keeps the request until one is.
      post({ type: 'notCached', id: request.id });
      return;
    }
  }
  // What came before (the cache lookup, the dictionary) is waiting; `ms` is the tokenizing itself.
  const started = performance.now();
  let result: TokenizeResult;
  let transfer: Transferable[] = [];
  try {
    let table;
    if (request.lang === 'en') {
      table = tokenizeEnglish(request.text);
    } else {
      if (!tokenizer) throw new Error('The Japanese dictionary is not loaded');
      const kuromoji = tokenizer;
      table = tokenizeJapanese(request.text, (text) => kuromoji.tokenize(text));
      // Copied now, written in the background: the table's buffers are transferred below.
      void tokenCache.put(request.text, table);
    }
    result = { ok: true, table, ms: performance.now() - started };
    transfer = transferablesOf(table);
  } catch (error) {
    result = { ok: false, error: errorMessage(error) };
  }
  post({ type: 'tokenized', id: request.id, result, startedAt: performance.timeOrigin + started }, transfer);
}

scope.addEventListener('message', (event) => {
  const request = event.data;
  if (!isTokenizerRequest(request)) return;
  if (request.type === 'load') {
    if (request.now) deferred?.startNow();
    void load();
  }
  else void tokenize(request);
});
