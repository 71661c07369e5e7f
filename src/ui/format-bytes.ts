/** One formatter per locale and unit: making one costs far more than using it (the dictionary's progress formats often). */
const formatters = new Map<string, Intl.NumberFormat>();

/** Formats a byte count for people, in the UI language's number format (MB are 10^6 bytes). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  const key = `${locale}|${units[unit]}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 })));
  return format.format(value);
}
