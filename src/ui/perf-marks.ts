/**
 * User Timing marks for `npm run bench` (and the browser's performance
 * panel). Each mark is made once per page load; they cost nothing else.
 */
/**
 * - `shucho:text-painted`: the article's text on screen (the boot script's
 *   first paint, or else the live view);
 * - `shucho:view-painted`: the live article view (the editor) on screen;
 * - `shucho:tokens-ready`: the tokens in that view.
 */
export type PerfMark = 'shucho:text-painted' | 'shucho:view-painted' | 'shucho:tokens-ready';

/**
 * Marks `name` unless the page has that mark already. The page's own entries
 * are the record, not this module: the boot script and the app each bundle
 * their own copy of it.
 */
export function markOnce(name: PerfMark, detail?: Record<string, number>): void {
  if (typeof performance?.mark !== 'function' || typeof performance.getEntriesByName !== 'function') return;
  if (performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name, detail ? { detail } : undefined);
}

/** Marks after the next frame has been painted (rAF then a macrotask), then calls `then`. */
export function markAfterPaint(name: PerfMark, detail?: Record<string, number>, then?: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      markOnce(name, detail);
      then?.();
    }, 0),
  );
}
