/** Number formatting for the bench's tables. */

/** Milliseconds: one decimal below 100 ms, whole above; '—' when not measured. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—';
  return `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} ms`;
}

/** Bytes in decimal units (kB = 1,000 bytes), as the 100 kB target is stated. */
export function bytes(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value < 1_000) return `${Math.round(value)} B`;
  if (value < 1_000_000) return `${(value / 1_000).toFixed(1)} kB`;
  return `${(value / 1_000_000).toFixed(2)} MB`;
}

/** A ratio such as `1.23x`. */
export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}x` : '—';
}

/** A fraction as a percentage, such as `4.2 %`. */
export function percent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : '—';
}
