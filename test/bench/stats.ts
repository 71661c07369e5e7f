/** Small statistics for bench samples. */

/**
 * The `q`-quantile (0..1) of `values` by linear interpolation between the
 * closest ranks (the "R-7" rule of spreadsheets and numpy). NaN for no values.
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

/** The median of `values`; NaN for none. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The median of the defined values of `pick(sample)`; NaN if none is defined. */
export function medianOf<T>(samples: readonly T[], pick: (sample: T) => number | null | undefined): number {
  return median(samples.map(pick).filter((value): value is number => typeof value === 'number' && Number.isFinite(value)));
}
