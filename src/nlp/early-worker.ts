import type { TokenizerRequest } from './protocol.ts';
import type { WorkerLike } from './tokenizer-client.ts';

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
}

const KEY = '__shuchoEarlyWorker';
const EVENT_TYPES = ['message', 'error', 'messageerror'] as const;

/** Starts the worker and its dictionary load; called once by boot.ts. */
export function startEarlyWorker(create: () => Worker): void {
  const early: EarlyWorker = { worker: create(), buffered: [], listeners: new Map() };
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
 * The worker boot.ts started, wrapped as a WorkerLike whose first listener of
 * each type receives the events kept so far; null when there is none (tests,
 * or a second client). Each early worker is handed out once.
 */
export function adoptEarlyWorker(): WorkerLike | null {
  const early = (globalThis as Record<string, unknown>)[KEY] as EarlyWorker | undefined;
  if (!early) return null;
  delete (globalThis as Record<string, unknown>)[KEY];
  return {
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
