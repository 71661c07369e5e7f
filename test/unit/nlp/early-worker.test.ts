import { describe, expect, it } from 'vitest';
import { adoptEarlyWorker, EARLY_TOKENS_ID, requestEarlyTokens, startEarlyWorker } from '../../../src/nlp/early-worker.ts';

/** A stand-in Worker: records what is posted and lets the test emit messages. */
class FakeWorker extends EventTarget {
  posted: unknown[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
}

describe('the early tokenizer worker', () => {
  it('starts loading at once and hands every message received before adoption to the app', () => {
    const fake = new FakeWorker();
    startEarlyWorker(() => fake as unknown as Worker);
    expect(fake.posted).toEqual([{ type: 'load' }]);
    fake.emit({ type: 'progress', loadedBytes: 10, totalBytes: 100, filesDone: 0, filesTotal: 12 });
    fake.emit({ type: 'ready', ms: 5 });

    const adopted = adoptEarlyWorker();
    expect(adopted).not.toBeNull();
    const received: unknown[] = [];
    adopted!.addEventListener('message', (event) => received.push((event as MessageEvent).data));
    expect(received.map((data) => (data as { type: string }).type)).toEqual(['progress', 'ready']);
    // Later messages go straight to the listener, in order.
    fake.emit({ type: 'tokenized', id: 1, result: { ok: false, error: 'x' } });
    expect(received).toHaveLength(3);
    adopted!.postMessage({ type: 'tokenize', id: 2, text: 'a', lang: 'en' });
    expect(fake.posted).toHaveLength(2);
  });

  it("asks for the painted article's tokens after the load, once, and hands the request over with the worker", () => {
    const fake = new FakeWorker();
    startEarlyWorker(() => fake as unknown as Worker);
    requestEarlyTokens('本日は晴れ', 'ja');
    requestEarlyTokens('another text', 'en');
    expect(fake.posted).toEqual([{ type: 'load' }, { type: 'tokenize', id: EARLY_TOKENS_ID, text: '本日は晴れ', lang: 'ja', early: true }]);
    const adopted = adoptEarlyWorker();
    expect(adopted?.earlyTokens).toMatchObject({ id: EARLY_TOKENS_ID, text: '本日は晴れ', lang: 'ja' });
    expect(adopted!.earlyTokens!.sentAt).toBeGreaterThan(0);
    // With no early worker (adopted already), nothing is sent anywhere.
    requestEarlyTokens('本日は晴れ', 'ja');
    expect(fake.posted).toHaveLength(2);
  });

  it('is handed out only once', () => {
    startEarlyWorker(() => new FakeWorker() as unknown as Worker);
    expect(adoptEarlyWorker()).not.toBeNull();
    expect(adoptEarlyWorker()).toBeNull();
  });
});
