import type { TokenizerLang, TokenizerRequest } from './protocol.ts';
import type { EarlyTokensRequest, WorkerLike } from './tokenizer-client.ts';

/**
 * The dictionary is the slowest thing the app loads, so its download starts
 * before the main bundle has even been parsed: `src/boot.ts`, a tiny first
 * script, starts the tokenizer worker and asks it to load. Messages that
 * arrive before the app takes the worker over are kept and handed on, so
 * the app sees every progress report and the ready message.
 */

type Listener = (event: Event) => void;

interface EarlyWorker {
  worker: Worker;
  /** Events received while nobody listened, by type. */
  buffered: { type: string; event: Event }[];
  listeners: Map<string, Set<Listener>>;
  /** The tokens asked for by requestEarlyTokens, if any. */
  tokens: EarlyTokensRequest | null;
}

/** The id of the early tokenize request; the app's client numbers its own from 1. */
export const EARLY_TOKENS_ID = 0;

const KEY = '__shuchoEarlyWorker';
const EVENT_TYPES = ['message', 'error', 'messageerror'] as const;

/** Starts the worker and its dictionary load; called once by boot.ts. */
export function startEarlyWorker(create: () => Worker): void {
  const early: EarlyWorker = { worker: create(), buffered: [], listeners: new Map(), tokens: null };
  for (const type of EVENT_TYPES) {
    early.worker.addEventListener(type, (event) => {
      const listeners = early.listeners.get(type);
      if (listeners && listeners.size > 0) for (const listener of listeners) listener(event);
      else early.buffered.push({ type, event });
    });
  }
  early.worker.postMessage({ type: 'load' } satisfies TokenizerRequest);
  (globalThis as Record<string, unknown>)[KEY] = early;
}

/**
 * Asks the early worker for the tokens of `text`, the article boot.ts
 * painted, without waiting for the app: on a returning visit the worker's
 * token cache answers long before the app has started, so the app's first
 * render can show them. The app takes the request over (see
 * TokenizerClient.tokenize). Does nothing without an early worker, or after
 * a first request.
 */
export function requestEarlyTokens(text: string, lang: TokenizerLang): void {
  const early = (globalThis as Record<string, unknown>)[KEY] as EarlyWorker | undefined;
  if (!early || early.tokens) return;
  early.tokens = { id: EARLY_TOKENS_ID, text, lang, sentAt: performance.now() };
  early.worker.postMessage({ type: 'tokenize', id: EARLY_TOKENS_ID, text, lang, early: true } satisfies TokenizerRequest);
}

/**
 * The worker boot.ts started, wrapped as a WorkerLike whose first listener of
 * each type receives the events kept so far; null when there is none (tests,
 * or a second client). Each early worker is handed out once.
 */
export function adoptEarlyWorker(): WorkerLike | null {
  const early = (globalThis as Record<string, unknown>)[KEY] as EarlyWorker | undefined;
  if (!early) return null;
  delete (globalThis as Record<string, unknown>)[KEY];
  return {
    earlyTokens: early.tokens,
    postMessage: (message) => early.worker.postMessage(message),
    addEventListener(type, listener) {
      let listeners = early.listeners.get(type);
      if (!listeners) early.listeners.set(type, (listeners = new Set()));
      listeners.add(listener);
      const kept = early.buffered.filter((entry) => entry.type === type);
      early.buffered = early.buffered.filter((entry) => entry.type !== type);
      for (const entry of kept) listener(entry.event);
    },
    terminate: () => early.worker.terminate(),
  };
}
