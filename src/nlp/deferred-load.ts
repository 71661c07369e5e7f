/**
 * When the tokenizer worker builds a dictionary it already has in Cache
 * Storage (any visit after the first), it waits.
 *
 * On such a visit the article's tokens come from the token cache, and the
 * dictionary is wanted only for a text the cache does not know. Read and
 * built at once, it took about 450 ms of the worker and a stream of Cache
 * Storage reads while the app was starting, and the app's first view came
 * later by as much: measured over 8 warm visits, tokens on screen at 889 ms
 * with the load at once, 697 ms with it deferred.
 *
 * So the load waits until a tokenize request needs it or the page says it
 * has shown the article and its claims (startNow), or until `delayMs` have
 * passed. Started by a timer alone, it fell in the middle of painting 5,000
 * claims' highlights, and slowed that instead.
 */

export interface DeferredLoadOptions {
  /** Whether this load may wait: true when the dictionary is in Cache Storage. */
  mayWait(): Promise<boolean>;
  delayMs: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface DeferredLoad {
  /** Resolves when the load should start: at once when it may not wait (or mayWait fails), else at startNow or after the delay. */
  readonly ready: Promise<void>;
  /** Starts the load now if it is waiting. */
  startNow(): void;
}

export function deferLoad(options: DeferredLoadOptions): DeferredLoad {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let release: (() => void) | null = null;
  let released = false;
  const ready = new Promise<void>((resolve) => {
    release = () => {
      if (released) return;
      released = true;
      resolve();
    };
  });
  void options.mayWait().then(
    (wait) => {
      if (!wait) return release!();
      const timer = setTimer(() => release!(), options.delayMs);
      void ready.then(() => clearTimer(timer));
    },
    () => release!(),
  );
  return { ready, startNow: () => release!() };
}
