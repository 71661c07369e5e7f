import type { ArticleLanguage } from '../domain/article.ts';
import type { TokenTable } from '../domain/token.ts';
import type { Suggester } from './suggester.ts';
import { isSuggestResponse, type SuggestRequest, type SuggestResult } from './suggestion-protocol.ts';

/** The part of `Worker` the client uses, so that tests can supply a fake. */
export type SuggestionWorker = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

/**
 * The main thread's handle on the suggestions worker (suggestions.worker.ts),
 * started on the first request. The token table is copied to the worker
 * (the caller keeps its own). A worker that crashes, or answers with
 * something malformed, fails the requests under way with an error value,
 * and the next request starts a new one.
 */
export class SuggestionClient implements Suggester {
  private worker: SuggestionWorker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (result: SuggestResult) => void>();

  constructor(
    private readonly createWorker: () => SuggestionWorker = () =>
      new Worker(new URL('./suggestions.worker.ts', import.meta.url), { type: 'module', name: 'suggestions' }),
  ) {}

  suggest(text: string, lang: ArticleLanguage, table: TokenTable): Promise<SuggestResult> {
    let worker: SuggestionWorker;
    try {
      worker = this.ensureWorker();
    } catch (error) {
      return Promise.resolve({ ok: false, error: `The suggestions worker could not start: ${String(error)}` });
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      try {
        worker.postMessage({ id, text, lang, table } satisfies SuggestRequest);
      } catch (error) {
        this.pending.delete(id);
        resolve({ ok: false, error: `The tokens could not be sent to the suggestions worker: ${String(error)}` });
      }
    });
  }

  /** Stops the worker; requests under way resolve as failures. */
  dispose(): void {
    this.failAll('The suggestions worker was stopped');
  }

  private ensureWorker(): SuggestionWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event) => {
      const data = (event as MessageEvent<unknown>).data;
      if (!isSuggestResponse(data)) return this.failAll('The suggestions worker sent a malformed answer');
      const resolve = this.pending.get(data.id);
      this.pending.delete(data.id);
      resolve?.(data.result);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failAll(`The suggestions worker stopped: ${(event as ErrorEvent).message || 'unknown error'}`);
    });
    worker.addEventListener('messageerror', () => this.failAll('An answer of the suggestions worker could not be read'));
    this.worker = worker;
    return worker;
  }

  private failAll(error: string): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
    for (const resolve of waiting) resolve({ ok: false, error });
  }
}
