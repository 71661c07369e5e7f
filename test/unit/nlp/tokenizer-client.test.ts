import { describe, expect, it, vi } from 'vitest';
import { buildTokenTable } from '../../../src/domain/token.ts';
import type { TokenizeResult, TokenizerMessage, TokenizerRequest } from '../../../src/nlp/protocol.ts';
import { TOKENIZE_ROUNDTRIP_MEASURE, TokenizerClient, type TokenizerState, type WorkerLike } from '../../../src/nlp/tokenizer-client.ts';

/** A worker stand-in: records what it is sent, and lets the test answer. */
class FakeWorker implements WorkerLike {
  readonly sent: TokenizerRequest[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();

  postMessage(message: TokenizerRequest): void {
    this.sent.push(structuredClone(message));
  }

  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(message: TokenizerMessage | Record<string, unknown>): void {
    const event = Object.assign(new Event('message'), { data: message });
    for (const listener of this.listeners.get('message') ?? []) listener(event);
  }

  crash(message: string): void {
    const event = Object.assign(new Event('error', { cancelable: true }), { message });
    for (const listener of this.listeners.get('error') ?? []) listener(event);
  }

  tokenizeRequests() {
    return this.sent.filter((m): m is Extract<TokenizerRequest, { type: 'tokenize' }> => m.type === 'tokenize');
  }

  /** Answers tokenize request `id` with a one-token table. */
  answer(id: number, ms = 5, startedAt?: number): void {
    const table = buildTokenTable([{ start: 0, end: 1, pos: 'word', posDetail: '*', baseForm: 'a', reading: '', conjugation: '*' }]);
    this.reply({ type: 'tokenized', id, result: { ok: true, table, ms }, ...(startedAt === undefined ? {} : { startedAt }) });
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const client = new TokenizerClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  const states: TokenizerState[] = [];
  client.subscribe((state) => states.push(state));
  return { client, workers, states, worker: () => workers.at(-1)! };
}

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('TokenizerClient', () => {
  it('starts idle and creates no worker until asked', () => {
    const { client, workers } = setup();
    expect(client.getState()).toEqual({ status: 'idle' });
    expect(workers).toHaveLength(0);
  });

  it('loads: idle → loading with progress → ready, and load() resolves with the time', async () => {
    const { client, worker, states } = setup();
    const outcome = client.load();
    expect(worker().sent).toEqual([{ type: 'load' }]);
    expect(client.getState()).toEqual({ status: 'loading', progress: { loadedBytes: 0, totalBytes: 0, filesDone: 0, filesTotal: 0 } });
    worker().reply({ type: 'progress', loadedBytes: 50, totalBytes: 100, filesDone: 3, filesTotal: 12 });
    expect(client.getState()).toEqual({ status: 'loading', progress: { loadedBytes: 50, totalBytes: 100, filesDone: 3, filesTotal: 12 } });
    worker().reply({ type: 'ready', ms: 1500 });
    await expect(outcome).resolves.toEqual({ ok: true, ms: 1500 });
    expect(client.getState()).toEqual({ status: 'ready', ms: 1500 });
    expect(states.map((s) => s.status)).toEqual(['loading', 'loading', 'ready']);
  });

  it('asks the worker to load now once the page has shown the article, unless the dictionary is ready or failed', async () => {
    const { client, worker } = setup();
    client.loadNow();
    expect(worker().sent).toEqual([{ type: 'load' }, { type: 'load', now: true }]);
    expect(client.getState().status).toBe('loading');
    worker().reply({ type: 'ready', ms: 10 });
    client.loadNow();
    expect(worker().sent).toHaveLength(2);

    const failed = setup();
    void failed.client.load();
    failed.worker().reply({ type: 'loadFailed', error: 'HTTP 404' });
    await settle();
    failed.client.loadNow();
    expect(failed.worker().sent).toEqual([{ type: 'load' }]);
  });

  it('keeps one state object between changes, as useSyncExternalStore requires', () => {
    const { client } = setup();
    void client.load();
    expect(client.getState()).toBe(client.getState());
  });

  it('does not load twice, and answers load() at once when ready', async () => {
    const { client, worker } = setup();
    const first = client.load();
    const second = client.load();
    worker().reply({ type: 'ready', ms: 10 });
    await expect(Promise.all([first, second])).resolves.toEqual([{ ok: true, ms: 10 }, { ok: true, ms: 10 }]);
    await expect(client.load()).resolves.toEqual({ ok: true, ms: 10 });
    expect(worker().sent).toEqual([{ type: 'load' }]);
  });

  it('asks the token cache at once, and on a miss holds a Japanese request until the dictionary is ready', async () => {
    const { client, worker } = setup();
    const result = client.tokenize('本日', 'ja');
    const [probe] = worker().tokenizeRequests();
    expect(worker().sent).toEqual([{ type: 'load' }, { type: 'tokenize', id: probe!.id, text: '本日', lang: 'ja', early: true }]);
    worker().reply({ type: 'notCached', id: probe!.id });
    expect(worker().tokenizeRequests()).toHaveLength(1);
    worker().reply({ type: 'ready', ms: 1 });
    const [, request] = worker().tokenizeRequests();
    expect(request).toEqual({ type: 'tokenize', id: probe!.id, text: '本日', lang: 'ja' });
    worker().answer(request!.id, 7);
    const answer = await result;
    expect(answer.ok && answer.ms).toBe(7);
    expect(answer.ok && answer.table.count).toBe(1);
  });

  it('takes the tokens an early request got from the worker right after the dictionary, sending nothing again', async () => {
    const { client, worker } = setup();
    const result = client.tokenize('本日', 'ja');
    const [early] = worker().tokenizeRequests();
    worker().reply({ type: 'ready', ms: 900 });
    // The worker tokenized it as soon as its dictionary was built: no second request.
    expect(worker().tokenizeRequests()).toHaveLength(1);
    worker().answer(early!.id, 4);
    await expect(result).resolves.toMatchObject({ ok: true, ms: 4 });
    expect(worker().tokenizeRequests()).toHaveLength(1);
  });

  it("measures an early request's round trip from when the worker began tokenizing, not from the wait before", async () => {
    performance.clearMeasures(TOKENIZE_ROUNDTRIP_MEASURE);
    const { client, worker } = setup();
    const sentAt = performance.now();
    const result = client.tokenize('本日', 'ja');
    const [early] = worker().tokenizeRequests();
    await new Promise((resolve) => setTimeout(resolve, 40));
    worker().reply({ type: 'ready', ms: 40 });
    const began = performance.now() - 5;
    worker().answer(early!.id, 4, performance.timeOrigin + began);
    await result;
    const [entry] = performance.getEntriesByName(TOKENIZE_ROUNDTRIP_MEASURE);
    expect(entry!.startTime).toBeCloseTo(began, 0);
    expect(entry!.startTime - sentAt).toBeGreaterThanOrEqual(30);
  });

  it("answers the first tokenize() of the text the worker was already asked for (boot.ts's request) without asking again", async () => {
    performance.clearMeasures(TOKENIZE_ROUNDTRIP_MEASURE);
    const early = new FakeWorker();
    Object.assign(early, { earlyTokens: { id: 0, text: '本日', lang: 'ja', sentAt: performance.now() } });
    const client = new TokenizerClient(() => early);
    void client.load();
    early.reply({ type: 'ready', ms: 9 });
    early.answer(0, 6);
    await expect(client.tokenize('本日', 'ja')).resolves.toMatchObject({ ok: true, ms: 6 });
    expect(early.tokenizeRequests()).toHaveLength(0);
    expect(performance.getEntriesByName(TOKENIZE_ROUNDTRIP_MEASURE)).toHaveLength(1);
    // Taken once: asking again, or for another text, sends a request of its own.
    void client.tokenize('本日', 'ja');
    void client.tokenize('株価', 'ja');
    expect(early.tokenizeRequests().map((r) => [r.id, r.text])).toEqual([[1, '本日'], [2, '株価']]);
  });

  it("takes boot.ts's request over even before its answer, and keeps it through a failed load", async () => {
    const early = new FakeWorker();
    Object.assign(early, { earlyTokens: { id: 0, text: '本日', lang: 'ja', sentAt: performance.now() } });
    const client = new TokenizerClient(() => early);
    const result = client.tokenize('本日', 'ja');
    expect(early.sent).toEqual([{ type: 'load' }]);
    early.reply({ type: 'loadFailed', error: 'offline' });
    early.reply({ type: 'notCached', id: 0 });
    void client.retry();
    early.reply({ type: 'ready', ms: 3 });
    expect(early.tokenizeRequests()).toEqual([{ type: 'tokenize', id: 0, text: '本日', lang: 'ja' }]);
    early.answer(0, 2);
    await expect(result).resolves.toMatchObject({ ok: true, ms: 2 });
  });

  it('is idle once the requests sent to the worker are answered, not when the dictionary is ready', async () => {
    const { client, worker } = setup();
    let idle = false;
    await client.whenIdle();
    const result = client.tokenize('本日', 'ja');
    const [early] = worker().tokenizeRequests();
    void client.whenIdle().then(() => (idle = true));
    worker().reply({ type: 'ready', ms: 900 });
    await settle();
    expect(idle).toBe(false);
    worker().answer(early!.id, 4);
    await result;
    await settle();
    expect(idle).toBe(true);
  });

  it('is idle when a failed load leaves the requests waiting here, or when the worker crashes', async () => {
    const { client, worker } = setup();
    void client.tokenize('本日', 'ja');
    const [early] = worker().tokenizeRequests();
    const afterFailure = client.whenIdle();
    worker().reply({ type: 'loadFailed', error: 'offline' });
    worker().reply({ type: 'notCached', id: early!.id });
    await afterFailure;

    void client.retry();
    worker().reply({ type: 'ready', ms: 3 });
    expect(worker().tokenizeRequests()).toHaveLength(2);
    const afterCrash = client.whenIdle();
    worker().crash('out of memory');
    await afterCrash;
  });

  it('takes tokens from the token cache while the dictionary still loads', async () => {
    const { client, worker } = setup();
    const result = client.tokenize('本日', 'ja');
    const [probe] = worker().tokenizeRequests();
    worker().answer(probe!.id, 3);
    await expect(result).resolves.toMatchObject({ ok: true, ms: 3 });
    expect(client.getState().status).toBe('loading');
    // The dictionary arriving later sends nothing more.
    worker().reply({ type: 'ready', ms: 1 });
    expect(worker().tokenizeRequests()).toHaveLength(1);
  });

  it('keeps a request whose cache probe a crash cut short, and sends it once a retry has loaded the dictionary', async () => {
    const { client, worker } = setup();
    const result = client.tokenize('本日', 'ja');
    worker().crash('out of memory');
    void client.retry();
    worker().reply({ type: 'ready', ms: 2 });
    const [request] = worker().tokenizeRequests();
    expect(request).toMatchObject({ text: '本日', lang: 'ja' });
    expect(request).not.toHaveProperty('early');
    worker().answer(request!.id);
    await expect(result).resolves.toMatchObject({ ok: true });
  });

  it('sends English at once, even while the dictionary loads', async () => {
    const { client, worker } = setup();
    void client.load();
    const result = client.tokenize('Hello', 'en');
    const [request] = worker().tokenizeRequests();
    expect(request).toMatchObject({ text: 'Hello', lang: 'en' });
    worker().answer(request!.id);
    await expect(result).resolves.toMatchObject({ ok: true });
    expect(client.getState().status).toBe('loading');
  });

  it('matches replies to requests by id, whatever their order', async () => {
    const { client, worker } = setup();
    const a = client.tokenize('a', 'en');
    const b = client.tokenize('b', 'en');
    const [ra, rb] = worker().tokenizeRequests();
    worker().reply({ type: 'tokenized', id: rb!.id, result: { ok: false, error: 'for b' } });
    worker().reply({ type: 'tokenized', id: ra!.id, result: { ok: false, error: 'for a' } });
    await expect(a).resolves.toEqual({ ok: false, error: 'for a' });
    await expect(b).resolves.toEqual({ ok: false, error: 'for b' });
  });

  it('on a load failure reports it, keeps Japanese requests waiting, and a retry serves them', async () => {
    const { client, worker } = setup();
    let settled: TokenizeResult | undefined;
    void client.tokenize('本日', 'ja').then((r) => (settled = r));
    const failed = client.load();
    worker().reply({ type: 'loadFailed', error: 'Dictionary file base.dat.gz could not be downloaded (HTTP 404)' });
    await expect(failed).resolves.toEqual({ ok: false, error: 'Dictionary file base.dat.gz could not be downloaded (HTTP 404)' });
    expect(client.getState()).toEqual({ status: 'failed', error: 'Dictionary file base.dat.gz could not be downloaded (HTTP 404)' });
    await settle();
    expect(settled).toBeUndefined();

    const retried = client.retry();
    expect(client.getState().status).toBe('loading');
    expect(worker().sent.filter((m) => m.type === 'load')).toHaveLength(2);
    worker().reply({ type: 'ready', ms: 3 });
    await expect(retried).resolves.toEqual({ ok: true, ms: 3 });
    const [request] = worker().tokenizeRequests();
    worker().answer(request!.id);
    await settle();
    expect(settled).toMatchObject({ ok: true });
  });

  it('ignores progress once loading is over, and malformed messages always', () => {
    const { client, worker, states } = setup();
    void client.load();
    worker().reply({ type: 'ready', ms: 2 });
    worker().reply({ type: 'progress', loadedBytes: 1, totalBytes: 2, filesDone: 0, filesTotal: 1 });
    worker().reply({ type: 'ready' });
    worker().reply({ type: 'loadFailed', error: 42 });
    expect(client.getState()).toEqual({ status: 'ready', ms: 2 });
    expect(states).toHaveLength(2);
  });

  it('treats a worker error as a crash: in-flight requests fail, and retry starts a new worker', async () => {
    const { client, workers, worker } = setup();
    void client.load();
    worker().reply({ type: 'ready', ms: 2 });
    const inFlight = client.tokenize('本日', 'ja');
    const first = worker();
    first.crash('out of memory');
    expect(first.terminated).toBe(true);
    await expect(inFlight).resolves.toEqual({ ok: false, error: 'The tokenizer worker stopped: out of memory' });
    expect(client.getState()).toEqual({ status: 'failed', error: 'The tokenizer worker stopped: out of memory' });
    // A late message from the dead worker changes nothing.
    first.reply({ type: 'ready', ms: 1 });
    expect(client.getState().status).toBe('failed');

    const retried = client.retry();
    expect(workers).toHaveLength(2);
    expect(worker().sent).toEqual([{ type: 'load' }]);
    worker().reply({ type: 'ready', ms: 4 });
    await expect(retried).resolves.toEqual({ ok: true, ms: 4 });
  });

  it('reports a worker that cannot be created as a failed load', async () => {
    const client = new TokenizerClient(() => {
      throw new Error('Workers are disabled');
    });
    await expect(client.load()).resolves.toEqual({
      ok: false,
      error: 'The tokenizer worker could not be started: Workers are disabled',
    });
    expect(client.getState().status).toBe('failed');
    await expect(client.tokenize('x', 'en')).resolves.toMatchObject({ ok: false });
  });

  it('on dispose terminates the worker and resolves everything outstanding with an error', async () => {
    const { client, worker } = setup();
    const queued = client.tokenize('本日', 'ja');
    const english = client.tokenize('Hi', 'en');
    const loading = client.load();
    const listener = vi.fn();
    client.subscribe(listener);
    client.dispose();
    expect(worker().terminated).toBe(true);
    const disposed = { ok: false, error: 'The tokenizer was disposed' };
    await expect(queued).resolves.toEqual(disposed);
    await expect(english).resolves.toEqual(disposed);
    await expect(loading).resolves.toEqual(disposed);
    await expect(client.tokenize('x', 'en')).resolves.toEqual(disposed);
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops calling a listener once unsubscribed', () => {
    const { client, worker } = setup();
    const listener = vi.fn();
    const unsubscribe = client.subscribe(listener);
    void client.load();
    unsubscribe();
    worker().reply({ type: 'ready', ms: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
