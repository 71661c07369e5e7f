import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { suggestClaims } from '../../../src/domain/cues/suggest-claims.ts';
import type { TokenTable } from '../../../src/domain/token.ts';
import { answerSuggestRequest } from '../../../src/suggest/answer-suggest-request.ts';
import { SuggestionClient, type SuggestionWorker } from '../../../src/suggest/suggestion-client.ts';
import { isSuggestion, isSuggestResponse, type SuggestRequest, type SuggestResponse } from '../../../src/suggest/suggestion-protocol.ts';
import { shippedRules, useTokenizers } from '../cues/support.ts';

const SHIPPED = readFileSync(new URL('../../../data/articles/nvidia-deepseek-2025-01-27.ja.txt', import.meta.url), 'utf8');
const tokenizer = useTokenizers();

/** A worker that runs the real answer function, replying when told to (in any order), and can crash. */
class FakeWorker implements SuggestionWorker {
  readonly received: unknown[] = [];
  terminated = false;
  private readonly listeners = new Map<string, ((event: Event) => void)[]>();
  postMessage(message: unknown): void {
    // Structured clone, as postMessage does: the worker never shares the caller's table.
    this.received.push(structuredClone(message));
  }
  addEventListener(type: string, listener: (event: Event) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(index: number, override?: unknown): void {
    const data = override ?? answerSuggestRequest(this.received[index]);
    for (const listener of this.listeners.get('message') ?? []) listener(new MessageEvent('message', { data }));
  }
  crash(message: string): void {
    const event = new Event('error', { cancelable: true });
    Object.assign(event, { message });
    for (const listener of this.listeners.get('error') ?? []) listener(event);
  }
}

function clientWithWorkers() {
  const workers: FakeWorker[] = [];
  const client = new SuggestionClient(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker as unknown as SuggestionWorker;
  });
  return { client, workers };
}

describe('answerSuggestRequest (the suggestions worker)', () => {
  it("gives the engine's suggestions for the shipped article, as the main thread would compute them", () => {
    const table = tokenizer('ja')(SHIPPED);
    const response = answerSuggestRequest({ id: 7, text: SHIPPED, lang: 'ja', table } satisfies SuggestRequest);
    expect(response.id).toBe(7);
    if (!response.result.ok) throw new Error(response.result.error);
    expect(response.result.suggestions.length).toBeGreaterThan(5);
    expect(response.result.suggestions).toEqual(suggestClaims(SHIPPED, table, shippedRules('ja')));
    expect(response.result.suggestions.every(isSuggestion)).toBe(true);
    expect(isSuggestResponse(response)).toBe(true);
  });

  it('answers a malformed request with an error value, never a throw', () => {
    const table = tokenizer('ja')('株価が下落しています。');
    const broken: TokenTable = { ...table, end: new Uint32Array(table.count) };
    for (const request of [null, 'text', { id: 3, text: 'x', lang: 'fr', table }, { id: 4, text: 'x', lang: 'ja', table: broken }]) {
      const response = answerSuggestRequest(request);
      expect(response.result).toEqual({ ok: false, error: 'The suggestions worker got a malformed request' });
    }
    expect(answerSuggestRequest({ id: 4, text: 'x', lang: 'ja', table: broken }).id).toBe(4);
  });
});

describe('isSuggestion and isSuggestResponse', () => {
  const good = { id: 'cue:r@0-4', ruleId: 'r', label: 'fact', start: 0, end: 4, cue: 'x', cueStart: 1, cueEnd: 2, explanation: { ja: 'j', en: 'e' } };
  it('accepts a well-formed suggestion and refuses broken ones', () => {
    expect(isSuggestion(good)).toBe(true);
    expect(isSuggestion({ ...good, note: 'Attributed to: X' })).toBe(true);
    for (const broken of [{ ...good, label: 'rumour' }, { ...good, end: 0 }, { ...good, cueEnd: 9 }, { ...good, start: -1 }, { ...good, explanation: 'e' }, { ...good, note: 3 }, null]) {
      expect(isSuggestion(broken)).toBe(false);
    }
    expect(isSuggestResponse({ id: 1, result: { ok: true, suggestions: [good], ms: 2 } })).toBe(true);
    expect(isSuggestResponse({ id: 1, result: { ok: false, error: 'no' } })).toBe(true);
    expect(isSuggestResponse({ id: 1, result: { ok: true, suggestions: [{ ...good, start: 'a' }], ms: 2 } })).toBe(false);
    expect(isSuggestResponse({ result: { ok: false, error: 'no' } })).toBe(false);
  });
});

describe('SuggestionClient', () => {
  it('starts one worker on the first request, sends a copy of the tokens, and matches answers to requests in any order', async () => {
    const { client, workers } = clientWithWorkers();
    const first = tokenizer('ja')('これは事実です。');
    const second = tokenizer('ja')(SHIPPED);
    const a = client.suggest('これは事実です。', 'ja', first);
    const b = client.suggest(SHIPPED, 'ja', second);
    expect(workers).toHaveLength(1);
    expect((workers[0]!.received[1] as SuggestRequest).table.start).toEqual(second.start);
    workers[0]!.reply(1);
    workers[0]!.reply(0);
    const [resultA, resultB] = await Promise.all([a, b]);
    expect(resultB).toMatchObject({ ok: true, suggestions: suggestClaims(SHIPPED, second, shippedRules('ja')) });
    expect(resultA).toMatchObject({ ok: true, suggestions: suggestClaims('これは事実です。', first, shippedRules('ja')) });
    // The caller's table is still whole.
    expect(second.count).toBeGreaterThan(0);
    expect(second.start.length).toBe(second.count);
  });

  it('fails the requests under way when the worker crashes, and starts a new worker for the next', async () => {
    const { client, workers } = clientWithWorkers();
    const table = tokenizer('ja')('株価が下落しています。');
    const waiting = client.suggest('株価が下落しています。', 'ja', table);
    workers[0]!.crash('out of memory');
    expect(await waiting).toEqual({ ok: false, error: 'The suggestions worker stopped: out of memory' });
    expect(workers[0]!.terminated).toBe(true);
    const next = client.suggest('株価が下落しています。', 'ja', table);
    expect(workers).toHaveLength(2);
    workers[1]!.reply(0);
    expect((await next).ok).toBe(true);
  });

  it('refuses a malformed answer as a failure, and resolves every request on dispose', async () => {
    const { client, workers } = clientWithWorkers();
    const table = tokenizer('ja')('株価が下落しています。');
    const malformed = client.suggest('株価が下落しています。', 'ja', table);
    workers[0]!.reply(0, { id: 1, result: { ok: true, suggestions: [{ id: 'x' }], ms: 1 } } satisfies Omit<SuggestResponse, 'result'> & { result: unknown });
    expect(await malformed).toEqual({ ok: false, error: 'The suggestions worker sent a malformed answer' });
    const disposed = client.suggest('株価が下落しています。', 'ja', table);
    client.dispose();
    expect(await disposed).toEqual({ ok: false, error: 'The suggestions worker was stopped' });
    expect(workers.every((worker) => worker.terminated)).toBe(true);
  });

  it('resolves with an error when no worker can be started', async () => {
    const client = new SuggestionClient(
      vi.fn(() => {
        throw new Error('Workers are blocked');
      }),
    );
    const table = tokenizer('ja')('株価。');
    expect(await client.suggest('株価。', 'ja', table)).toEqual({ ok: false, error: 'The suggestions worker could not start: Error: Workers are blocked' });
  });
});
