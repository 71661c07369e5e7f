/** Plain-text tables for the terminal. */
import type { DetailRow, TargetRow } from './targets.ts';

/** PASS, MISS, or n/a when the figure could not be measured. */
export function verdict(pass: boolean | null): string {
  return pass === null ? 'n/a' : pass ? 'PASS' : 'MISS';
}

/** Lays out `rows` in columns padded to their widest cell, under `header`. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The targets table. */
export function targetsTable(rows: readonly TargetRow[]): string {
  return textTable(
    ['', 'issue', 'article', 'what', 'app', 'against', 'measured', 'target'],
    rows.map((row) => [verdict(row.pass), `#${row.issue}`, row.subject, row.what, row.value, row.against, row.measured, row.target]),
  );
}

/** The details table. */
export function detailsTable(rows: readonly DetailRow[]): string {
  return textTable(['article', 'what', 'median'], rows.map((row) => [row.subject, row.what, row.value]));
}
