/**
 * Writes a run's figures into docs/benchmarks.md, between two marker
 * comments; the rest of the file (method, analysis) is written by hand and
 * kept. Without the markers, the block is appended.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { verdict } from './table.ts';
import type { DetailRow, TargetRow } from './targets.ts';

export const RESULTS_START = '<!-- bench:results:start -->';
export const RESULTS_END = '<!-- bench:results:end -->';

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

/** The generated results block, markers included. */
export function resultsBlock(machine: MachineInfo, targets: readonly TargetRow[], details: readonly DetailRow[]): string {
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
    RESULTS_START,
    `## Latest run: ${machine.date}`,
    '',
    `Machine: ${machine.cores} cores (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.platform}; ` +
      `Chromium ${machine.chromium} headless; Node ${machine.node}. Medians of ${machine.runs} runs; the bench took ${Math.round(machine.durationS)} s. ` +
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
    RESULTS_END,
  ].join('\n');
}

/** Replaces the results block of `file` (or appends one), keeping everything else. */
export function writeResults(file: string, block: string): void {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(RESULTS_START);
  const end = current.indexOf(RESULTS_END);
  const next =
    start !== -1 && end > start
      ? `${current.slice(0, start)}${block}${current.slice(end + RESULTS_END.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
