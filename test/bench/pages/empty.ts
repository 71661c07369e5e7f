/**
 * The paint baseline: a page with nothing to show marks its first frame
 * exactly as the app marks its text (`markAfterPaint` in src/ui/perf-marks.ts:
 * a requestAnimationFrame, then a macrotask), as soon as its module runs.
 */
requestAnimationFrame(() => setTimeout(() => performance.mark('bench:painted'), 0));
