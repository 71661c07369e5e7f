/**
 * The main thread's handle on the tokenizer worker: loads the dictionary,
 * reports loading state to subscribers, and turns requests and replies into
 * promises. Every promise resolves — failures are `{ok: false, error}`
 * values, so callers never need a catch.
 */
import {
  errorMessage,
  isTokenizerMessage,
  type LoadProgress,
  type TokenizeResult,
  type TokenizerLang,
  type TokenizerMessage,
  type TokenizerRequest,
} from './protocol.ts';
import { adoptEarlyWorker } from './early-worker.ts';

/** Where the Japanese dictionary stands. English needs no dictionary and works in every state. */
export type TokenizerState =
  | { status: 'idle' }
  | { status: 'loading'; progress: LoadProgress }
  | { status: 'ready'; ms: number }
  | { status: 'failed'; error: string };

/** How a `load()` ended: with the worker's loading time, or why it failed. */
export type LoadOutcome = { ok: true; ms: number } | { ok: false; error: string };

/** The part of `Worker` the client uses, so that tests can supply a fake. */
/** A tokenize request sent on a worker before a client took the worker over (src/boot.ts's, for the article it painted). */
export interface EarlyTokensRequest {
  id: number;
  text: string;
  lang: TokenizerLang;
  /** performance.now() when it was posted. */
  sentAt: number;
}

export interface WorkerLike {
  /** A request already under way on this worker, which the client answers from (see TokenizerClient.tokenize). */
  readonly earlyTokens?: EarlyTokensRequest | null;
  postMessage(message: TokenizerRequest): void;
  addEventListener(type: 'message' | 'error' | 'messageerror', listener: (event: Event) => void): void;
  terminate(): void;
}

export type WorkerFactory = () => WorkerLike;

/** Starts the real module worker; Vite bundles it from this exact `new Worker(new URL(...))` form. */
export const createTokenizerWorker: WorkerFactory = () =>
  new Worker(new URL('./tokenizer.worker.ts', import.meta.url), { type: 'module', name: 'tokenizer' });

interface Pending {
  request: Extract<TokenizerRequest, { type: 'tokenize' }>;
  resolve: (result: TokenizeResult) => void;
  /** `performance.now()` when the request was posted to the worker; set by `send`. */
  sentAt?: number;
  /** Sent `early`, before the dictionary was ready: the worker answers from its cache or after the load; `notCached` puts it back in the queue. */
  early?: boolean;
}

/** The User Timing measure of one tokenize request, posted to the worker until its result is validated here. */
export const TOKENIZE_ROUNDTRIP_MEASURE = 'shucho:tokenize-roundtrip';

/** The User Timing measure of a dictionary load, from the load request posted until the worker's 'ready' is received. */
export const DICTIONARY_LOAD_MEASURE = 'shucho:dictionary-load';

/** True where the User Timing API can take measures with explicit times and detail. */
function canMeasure(): boolean {
  return typeof performance?.now === 'function' && typeof performance.measure === 'function';
}

/** `performance.now()`, or undefined where there is no clock (no measure is then made). */
function now(): number | undefined {
  return canMeasure() ? performance.now() : undefined;
}

/**
 * Records a User Timing measure for `npm run bench` and the browser's
 * performance panel. Best effort: a missing or partial User Timing API never
 * disturbs the tokenizer.
 */
function measure(name: string, start: number | undefined, detail: Record<string, unknown>, end = now()): void {
  if (start === undefined || end === undefined) return;
  try {
    performance.measure(name, { start, end, detail });
  } catch {
    // Old engines reject the options form; the measure is optional.
  }
}

/**
 * Measures one tokenize request. `detail.workerMs` is the worker's own
 * tokenize time, so roundtrip minus it is the cost of crossing the thread
 * boundary (copying the text in, the table out, and `checkMs` validating it).
 * An `early` request, which waited in the worker for the dictionary, is
 * measured from when its tokenizing began there (`workerStartedAt`, on the
 * worker's clock): its text was copied in during the wait.
 */
function measureRoundtrip(pending: Pending, arrivedAt: number | undefined, result: TokenizeResult, workerStartedAt: number | undefined): void {
  const end = now();
  let began = pending.sentAt;
  if (pending.early && began !== undefined && end !== undefined && workerStartedAt !== undefined) {
    began = Math.min(end, Math.max(began, workerStartedAt - performance.timeOrigin));
  }
  measure(
    TOKENIZE_ROUNDTRIP_MEASURE,
    began,
    {
      characters: pending.request.text.length,
      lang: pending.request.lang,
      checkMs: end !== undefined && arrivedAt !== undefined ? end - arrivedAt : null,
      ...(result.ok ? { workerMs: result.ms, tokens: result.table.count } : { failed: true }),
    },
    end,
  );
}

const IDLE: TokenizerState = { status: 'idle' };
const NO_PROGRESS: LoadProgress = { loadedBytes: 0, totalBytes: 0, filesDone: 0, filesTotal: 0 };

export class TokenizerClient {
  private worker: WorkerLike | null = null;
  private state: TokenizerState = IDLE;
  private readonly listeners = new Set<(state: TokenizerState) => void>();
  private nextId = 1;
  /** Requests sent to the worker, by id, awaiting their reply. */
  private readonly inFlight = new Map<number, Pending>();
  /** Japanese requests waiting for the dictionary; they outlive load failures until a retry succeeds. */
  private queued: Pending[] = [];
  private loadWaiters: ((outcome: LoadOutcome) => void)[] = [];
  private disposed = false;
  /** `performance.now()` when the current dictionary load was requested, for the load measure. */
  private loadRequestedAt: number | undefined;
  private idleWaiters: (() => void)[] = [];
  /** The answer to the worker's early request, until a tokenize() of the same text takes it. */
  private adopted: { text: string; lang: TokenizerLang; result: Promise<TokenizeResult> } | null = null;

  /**
   * `createWorker` is called lazily, on the first load or tokenize, and again
   * after a crash. By default the first worker is the one boot.ts started
   * early, if any (see early-worker.ts).
   */
  constructor(private readonly createWorker: WorkerFactory = () => adoptEarlyWorker() ?? createTokenizerWorker()) {}

  /** The current state; the same object until it changes (fit for `useSyncExternalStore`). */
  getState(): TokenizerState {
    return this.state;
  }

  /** Calls `listener` after every state change; returns the unsubscribe function. */
  subscribe(listener: (state: TokenizerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts loading the dictionary unless it is loading or loaded; after a
   * failure, loads again. Resolves once loading ends either way.
   */
  load(): Promise<LoadOutcome> {
    if (this.disposed) return Promise.resolve({ ok: false, error: 'The tokenizer was disposed' });
    if (this.state.status === 'ready') return Promise.resolve({ ok: true, ms: this.state.ms });
    const outcome = new Promise<LoadOutcome>((resolve) => this.loadWaiters.push(resolve));
    if (this.state.status !== 'loading') this.startLoading();
    return outcome;
  }

  /**
   * Asks the worker to build its dictionary now if its load waits for a
   * request that needs it (on a visit after the first: deferred-load.ts).
   * For when the page has shown what it had to. Starts a load if none was
   * asked for; does nothing once the dictionary is ready or its load failed
   * (Retry is the user's to press).
   */
  loadNow(): void {
    if (this.disposed || this.state.status === 'ready' || this.state.status === 'failed') return;
    if (this.state.status === 'idle') this.startLoading();
    this.ensureWorker()?.postMessage({ type: 'load', now: true });
  }

  /** Loads again after a failure (including a crashed worker, which is replaced); same as `load()`. */
  /**
   * Resolves once no request sent to the worker awaits its answer: at once
   * if none does. Requests held here until a dictionary loads do not count.
   * For work that should not compete with tokens on their way (main.tsx
   * starts the service worker after the first ones).
   */
  whenIdle(): Promise<void> {
    if (this.inFlight.size === 0) return Promise.resolve();
    return new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  retry(): Promise<LoadOutcome> {
    return this.load();
  }

  /**
   * Tokenizes `text`. English is sent at once. Japanese waits until the
   * dictionary is ready, starting its load if idle; if loading fails, it
   * keeps waiting until a `retry()` succeeds, so a view that asked once gets
   * its tokens after the retry. It resolves with an error if the worker
   * crashes while tokenizing or the client is disposed.
   */
  tokenize(text: string, lang: TokenizerLang): Promise<TokenizeResult> {
    if (this.disposed) return Promise.resolve({ ok: false, error: 'The tokenizer was disposed' });
    // The worker may already be tokenizing this text (boot.ts asked for the article it painted): take that answer, once.
    this.ensureWorker();
    const adopted = this.adopted;
    if (adopted && adopted.text === text && adopted.lang === lang) {
      this.adopted = null;
      if (this.state.status === 'idle') this.startLoading();
      return adopted.result;
    }
    return new Promise<TokenizeResult>((resolve) => {
      const pending: Pending = { request: { type: 'tokenize', id: this.nextId++, text, lang }, resolve };
      if (lang === 'en' || this.state.status === 'ready') {
        this.send(pending);
        return;
      }
      if (this.state.status === 'idle') this.startLoading();
      // Sent now: the worker answers from its token cache (a text seen
      // before) or tokenizes as soon as its dictionary is built, without a
      // round trip through this thread, which is busy starting the app then.
      pending.early = true;
      this.send(pending);
    });
  }

  /** Terminates the worker; every outstanding promise resolves with an error. The client is unusable afterwards. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.worker?.terminate();
    this.worker = null;
    this.failInFlight('The tokenizer was disposed');
    const queued = this.queued;
    this.queued = [];
    for (const pending of queued) pending.resolve({ ok: false, error: 'The tokenizer was disposed' });
    this.listeners.clear();
  }

  private setState(state: TokenizerState): void {
    this.state = state;
    for (const listener of [...this.listeners]) listener(state);
  }

  /** The live worker, created on demand; null (and state failed) if it cannot be created. */
  private ensureWorker(): WorkerLike | null {
    if (this.worker) return this.worker;
    let worker: WorkerLike;
    try {
      worker = this.createWorker();
    } catch (error) {
      this.crash(`The tokenizer worker could not be started: ${errorMessage(error)}`);
      return null;
    }
    this.worker = worker;
    // Before the listeners: they may replay its answer at once.
    const sent = worker.earlyTokens;
    if (sent) {
      const result = new Promise<TokenizeResult>((resolve) => {
        const request = { type: 'tokenize', id: sent.id, text: sent.text, lang: sent.lang } as const;
        this.inFlight.set(sent.id, { request, resolve, sentAt: sent.sentAt, early: true });
      });
      this.adopted = { text: sent.text, lang: sent.lang, result };
    }
    worker.addEventListener('message', (event) => {
      if (worker === this.worker) this.receive((event as MessageEvent<unknown>).data);
    });
    // A worker whose script failed to load, or that threw outside our handlers, cannot be trusted again.
    worker.addEventListener('error', (event) => {
      if (worker !== this.worker) return;
      event.preventDefault();
      // An ErrorEvent carries a message; a failed script load is a bare Event.
      const message: unknown = (event as Partial<ErrorEvent>).message;
      const detail = typeof message === 'string' && message ? message : 'unknown error';
      this.crash(`The tokenizer worker stopped: ${detail}`);
    });
    worker.addEventListener('messageerror', () => {
      if (worker === this.worker) this.crash('The tokenizer worker sent a message that could not be read');
    });
    return worker;
  }

  private startLoading(): void {
    this.setState({ status: 'loading', progress: NO_PROGRESS });
    this.loadRequestedAt = now();
    this.ensureWorker()?.postMessage({ type: 'load' });
  }

  private send(pending: Pending): void {
    const worker = this.ensureWorker();
    if (!worker) {
      if (pending.early) this.queued.push(pending);
      else pending.resolve({ ok: false, error: 'The tokenizer worker could not be started' });
      return;
    }
    this.inFlight.set(pending.request.id, pending);
    pending.sentAt = now();
    worker.postMessage(pending.early ? { ...pending.request, early: true } : pending.request);
  }

  private receive(data: unknown): void {
    const arrivedAt = now();
    if (!isTokenizerMessage(data)) return;
    const message: TokenizerMessage = data;
    switch (message.type) {
      case 'progress': {
        if (this.state.status !== 'loading') return;
        const { type: _type, ...progress } = message;
        this.setState({ status: 'loading', progress });
        return;
      }
      case 'ready': {
        const wasReady = this.state.status === 'ready';
        if (!wasReady) {
          // Before the state change, so that the measure ends when the message arrived, not after the re-render.
          measure(DICTIONARY_LOAD_MEASURE, this.loadRequestedAt, { workerMs: message.ms });
          this.setState({ status: 'ready', ms: message.ms });
        }
        this.settleLoad({ ok: true, ms: message.ms });
        const queued = this.queued;
        this.queued = [];
        for (const pending of queued) this.send(pending);
        return;
      }
      case 'loadFailed': {
        this.setState({ status: 'failed', error: message.error });
        this.settleLoad({ ok: false, error: message.error });
        return;
      }
      case 'tokenized': {
        const pending = this.inFlight.get(message.id);
        if (!pending) return;
        this.inFlight.delete(message.id);
        measureRoundtrip(pending, arrivedAt, message.result, message.startedAt);
        pending.resolve(message.result);
        this.noteIfIdle();
        return;
      }
      case 'notCached': {
        const pending = this.inFlight.get(message.id);
        if (!pending) return;
        this.inFlight.delete(message.id);
        pending.early = false;
        if (this.state.status === 'ready') this.send(pending);
        else this.queued.push(pending);
        this.noteIfIdle();
        return;
      }
    }
  }

  private noteIfIdle(): void {
    if (this.inFlight.size > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private settleLoad(outcome: LoadOutcome): void {
    const waiters = this.loadWaiters;
    this.loadWaiters = [];
    for (const resolve of waiters) resolve(outcome);
  }

  /**
   * Resolves everything sent to the worker, and the load waiters, with
   * `error`; queued requests stay, and so do early requests, which join them.
   */
  private failInFlight(error: string): void {
    const inFlight = [...this.inFlight.values()];
    this.inFlight.clear();
    for (const pending of inFlight) {
      if (pending.early && !this.disposed) {
        pending.early = false;
        this.queued.push(pending);
      } else pending.resolve({ ok: false, error });
    }
    this.settleLoad({ ok: false, error });
    this.noteIfIdle();
  }

  /** Drops a broken worker: what it was doing fails, and the next load starts a new worker. */
  private crash(error: string): void {
    this.worker?.terminate();
    this.worker = null;
    this.setState({ status: 'failed', error });
    this.failInFlight(error);
  }
}
