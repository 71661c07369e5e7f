/**
 * Writes a run's figures into docs/benchmarks.md, between two marker
 * comments per section (Issues 2 and 3; Issues 4, 5 and 7), so a run of one
 * section leaves the other's figures alone; the rest of the file (method,
 * analysis) is written by hand and kept. Without its markers, a section's
 * block is appended.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { verdict } from './table.ts';
import type { DetailRow, TargetRow } from './targets.ts';

export const RESULTS_START = '<!-- bench:results:start -->';
export const RESULTS_END = '<!-- bench:results:end -->';

/** One generated section of the docs: its markers and its heading. */
export interface ResultsSection {
  start: string;
  end: string;
  heading: string;
}

/** The figures of Issues 2 and 3 (loading, claims). */
export const APP_SECTION: ResultsSection = { start: RESULTS_START, end: RESULTS_END, heading: 'Latest run of Issues 2 and 3' };

/** The figures of Issues 4, 5 and 7 (export and import, agreement, scale). */
export const DATA_SECTION: ResultsSection = { start: '<!-- bench:data-results:start -->', end: '<!-- bench:data-results:end -->', heading: 'Latest run of Issues 4, 5 and 7' };

/** Where and when the figures were taken. */
export interface MachineInfo {
  date: string;
  cores: number;
  cpuModel: string;
  memoryGb: number;
  chromium: string;
  node: string;
  platform: string;
  runs: number;
  /** Time spent measuring this section's parts. */
  durationS: number;
  /** 1-minute load average at the start and at the end: other work on the machine skews every figure. */
  loadStart: number;
  loadEnd: number;
}

const cell = (text: string) => text.replaceAll('|', '\\|');

function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The generated results block of `section`, markers included. */
export function resultsBlock(machine: MachineInfo, targets: readonly TargetRow[], details: readonly DetailRow[], section: ResultsSection = APP_SECTION): string {
  const misses = targets.filter((row) => row.pass === false);
  const unmeasured = targets.filter((row) => row.pass === null);
  const summary =
    misses.length === 0 && unmeasured.length === 0
      ? 'Every target was met in this run.'
      : [
          `${targets.length - misses.length - unmeasured.length} of ${targets.length} targets met; missed:`,
          ...misses.map((row) => `- **MISS** #${row.issue} ${row.subject}, ${row.what}: ${row.measured} (target ${row.target}; app ${row.value}${row.against ? `, against ${row.against}` : ''}).`),
          ...unmeasured.map((row) => `- **not measured** #${row.issue} ${row.subject}, ${row.what}.`),
        ].join('\n');
  return [
    section.start,
    `## ${section.heading}: ${machine.date}`,
    '',
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.platform}; ` +
      `Chromium ${machine.chromium} headless; Node ${machine.node}. Medians of ${machine.runs} runs; these measurements took ${Math.round(machine.durationS)} s. ` +
      `Load average (1 min) ${machine.loadStart.toFixed(1)} at the start, ${machine.loadEnd.toFixed(1)} at the end: the machine was shared, so figures carry that noise.`,
    '',
    summary,
    '',
    '### Targets',
    '',
    markdownTable(
      ['', 'Issue', 'Article', 'What', 'App', 'Against', 'Measured', 'Target'],
      targets.map((row) => [verdict(row.pass), `#${row.issue}`, row.subject, row.what, row.value, row.against, row.measured, row.target]),
    ),
    '',
    '### Details (medians)',
    '',
    markdownTable(['Article', 'What', 'Median'], details.map((row) => [row.subject, row.what, row.value])),
    section.end,
  ].join('\n');
}

/** Replaces the block of `section` in `file` (or appends one), keeping everything else. */
export function writeResults(file: string, block: string, section: ResultsSection = APP_SECTION): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(section.start);
  const end = current.indexOf(section.end);
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + section.end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
