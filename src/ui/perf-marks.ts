/**
 * User Timing marks for `npm run bench` (and the browser's performance
 * panel). Each mark is made once per page load; they cost nothing else.
 */
const made = new Set<string>();

export function markOnce(name: 'shucho:text-painted' | 'shucho:tokens-ready', detail?: Record<string, number>): void {
  if (made.has(name) || typeof performance?.mark !== 'function') return;
  made.add(name);
  performance.mark(name, detail ? { detail } : undefined);
}

/** Marks after the next frame has been painted (rAF then a macrotask), then calls `then`. */
export function markAfterPaint(name: 'shucho:text-painted' | 'shucho:tokens-ready', detail?: Record<string, number>, then?: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      markOnce(name, detail);
      then?.();
    }, 0),
  );
}
