import { describe, expect, it } from 'vitest';
import { deferLoad } from '../../../src/nlp/deferred-load.ts';

/** Timers run by hand. */
function manualTimers() {
  const timers = new Map<number, { run: () => void; ms: number }>();
  let next = 1;
  return {
    timers,
    setTimer: (run: () => void, ms: number) => {
      timers.set(next, { run, ms });
      return next++;
    },
    clearTimer: (timer: unknown) => void timers.delete(timer as number),
    fire: () => {
      for (const [id, timer] of [...timers]) {
        timers.delete(id);
        timer.run();
      }
    },
  };
}

/** Whether `promise` has settled, after pending callbacks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe('deferLoad', () => {
  it('starts at once when the load may not wait, or when asking fails', async () => {
    const clock = manualTimers();
    expect(await settled(deferLoad({ mayWait: async () => false, delayMs: 1000, ...clock }).ready)).toBe(true);
    expect(await settled(deferLoad({ mayWait: () => Promise.reject(new Error('no Cache Storage')), delayMs: 1000, ...clock }).ready)).toBe(true);
    expect(clock.timers.size).toBe(0);
  });

  it('waits for a request that needs the dictionary, and forgets its timer then', async () => {
    const clock = manualTimers();
    const load = deferLoad({ mayWait: async () => true, delayMs: 1000, ...clock });
    expect(await settled(load.ready)).toBe(false);
    expect([...clock.timers.values()].map((timer) => timer.ms)).toEqual([1000]);
    load.startNow();
    expect(await settled(load.ready)).toBe(true);
    expect(clock.timers.size).toBe(0);
    load.startNow();
  });

  it('starts by itself after the delay', async () => {
    const clock = manualTimers();
    const load = deferLoad({ mayWait: async () => true, delayMs: 1000, ...clock });
    await settled(load.ready);
    clock.fire();
    expect(await settled(load.ready)).toBe(true);
  });

  it('starts at once when a request needs it before Cache Storage has answered', async () => {
    const clock = manualTimers();
    let answer: (wait: boolean) => void = () => undefined;
    const load = deferLoad({ mayWait: () => new Promise<boolean>((resolve) => (answer = resolve)), delayMs: 1000, ...clock });
    load.startNow();
    expect(await settled(load.ready)).toBe(true);
    answer(true);
    await settled(load.ready);
    expect(clock.timers.size).toBe(0);
  });
});
