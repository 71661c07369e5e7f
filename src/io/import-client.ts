import type { ParseRequest, ParseResponse } from './import-protocol.ts';

type Result = ParseResponse['result'];

/**
 * The main thread's handle on the import worker: `parse(text)` resolves with
 * the validated file or its problems. A worker crash resolves as a problem.
 */
export class ImportParser {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, (result: Result) => void>();

  constructor(private readonly createWorker: () => Worker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' })) {}

  parse(text: string): Promise<Result> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ id, text } satisfies ParseRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener('message', (event: MessageEvent<ParseResponse>) => {
      const resolve = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      resolve?.(event.data.result);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.failAll(`The import worker stopped: ${event.message || 'unknown error'}`);
    });
    this.worker = worker;
    return worker;
  }

  private failAll(message: string): void {
    for (const resolve of this.pending.values()) resolve({ ok: false, kind: 'claim-set', errors: [{ path: '', message }] });
    this.pending.clear();
    this.worker?.terminate();
    this.worker = null;
  }
}
