import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaintWhenIdle, DEFERRED_WORK_LIMIT_MS } from '../../src/ui/after-paint.ts';

/** Frame and idle callbacks held until the test runs them. */
let frames: FrameRequestCallback[];
let idles: IdleRequestCallback[];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  frames = [];
  idles = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => idles.push(callback));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Whether `promise` has settled, after letting its callbacks run. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('afterPaintWhenIdle', () => {
  it('waits for the next frame, then for idle time', async () => {
    const waiting = afterPaintWhenIdle();
    expect(await settled(waiting)).toBe(false);
    frames.shift()!(performance.now());
    // The frame is painted, but tasks queued behind it still go first.
    expect(await settled(waiting)).toBe(false);
    idles.shift()!({ didTimeout: false, timeRemaining: () => 10 });
    expect(await settled(waiting)).toBe(true);
  });

  it('runs the work anyway when no frame comes (a hidden tab)', async () => {
    const waiting = afterPaintWhenIdle();
    vi.advanceTimersByTime(DEFERRED_WORK_LIMIT_MS - 1);
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(waiting)).toBe(true);
    // A frame and idle time coming later change nothing.
    frames.shift()?.(performance.now());
    idles.shift()?.({ didTimeout: false, timeRemaining: () => 10 });
    expect(await settled(waiting)).toBe(true);
  });

  it('falls back to a task after the frame where there is no requestIdleCallback', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    const waiting = afterPaintWhenIdle();
    frames.shift()!(performance.now());
    expect(await settled(waiting)).toBe(false);
    vi.advanceTimersByTime(0);
    expect(await settled(waiting)).toBe(true);
  });
});
