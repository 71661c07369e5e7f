/**
 * Longest wait before work deferred by `afterPaintWhenIdle` runs anyway: a
 * hidden tab gets no frames (requestAnimationFrame is paused), and a busy
 * page may have no idle time, but the work must still happen.
 */
export const DEFERRED_WORK_LIMIT_MS = 100;

/**
 * Resolves once the next frame has been painted and the main thread is
 * idle (requestAnimationFrame, then requestIdleCallback), or after
 * `DEFERRED_WORK_LIMIT_MS`, whichever comes first. For work that must not
 * delay what was just put on screen: waiting for idle time, not merely the
 * next task, also lets the tasks already queued behind the frame (other
 * after-paint callbacks, input) run first.
 */
export function afterPaintWhenIdle(): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(limit);
      resolve();
    };
    const limit = setTimeout(finish, DEFERRED_WORK_LIMIT_MS);
    requestAnimationFrame(() => {
      // Safari has no requestIdleCallback: a macrotask after the frame is the next best thing.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(finish, { timeout: DEFERRED_WORK_LIMIT_MS });
      else setTimeout(finish, 0);
    });
  });
}
