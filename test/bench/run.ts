/**
 * `npm run bench`: the app's speed against baselines measured in the same
 * run, in real headless Chromium. It builds the baseline pages, serves them
 * with the app's dist/ (built by `vite build` just before), measures the
 * targets of Issues 2, 3, 4, 5 and 7, prints PASS or MISS for each, and
 * writes the figures into docs/benchmarks.md.
 *
 * It never fails on a missed target: only a crash exits non-zero. It is not
 * part of `npm test`.
 *
 * Options: `--only <parts>` runs some parts, comma-separated, of
 * loading (Issue 2), claims (Issue 3), io (Issue 4), agreement (Issue 5),
 * scale (Issue 7). The docs hold two sections of figures, Issues 2 and 3
 * (loading, claims) and Issues 4, 5 and 7 (io, agreement, scale); a section
 * is rewritten only when all of its parts ran. `--no-write` leaves the docs
 * alone.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../e2e/support/browser.ts';
import { buildBenchPages } from './build-pages.ts';
import { RUNS } from './config.ts';
import { dataDetailRows, judgeDataTargets } from './report/data-targets.ts';
import { APP_SECTION, DATA_SECTION, resultsBlock, writeResults, type MachineInfo, type ResultsSection } from './report/markdown.ts';
import { detailsTable, targetsTable } from './report/table.ts';
import { detailRows, judgeTargets, type DetailRow, type TargetRow } from './report/targets.ts';
import { measureAgreement, type AgreementResults } from './scenarios/agreement.ts';
import { measureClaims, type ClaimsResults } from './scenarios/claims.ts';
import { measureIo, type IoResults } from './scenarios/io.ts';
import { measureLoading, type LoadingResults } from './scenarios/loading.ts';
import { measureScale, type ScaleResults } from './scenarios/scale.ts';
import { startServer, type BenchServer } from './server.ts';

const ROOT = join(import.meta.dirname, '../..');
const DOCS_FILE = join(ROOT, 'docs/benchmarks.md');

const PARTS = ['loading', 'claims', 'io', 'agreement', 'scale'] as const;
type Part = (typeof PARTS)[number];

/** Every part's results; null for a part that did not run. */
interface Results {
  loading: LoadingResults | null;
  claims: ClaimsResults | null;
  io: IoResults | null;
  agreement: AgreementResults | null;
  scale: ScaleResults | null;
}

/** When a part ran, and the machine's 1-minute load average around it. */
interface PartRun {
  startedAt: number;
  endedAt: number;
  loadStart: number;
  loadEnd: number;
}

const SECTIONS: { section: ResultsSection; parts: readonly Part[]; judge: (results: Results) => { targets: TargetRow[]; details: DetailRow[] } }[] = [
  { section: APP_SECTION, parts: ['loading', 'claims'], judge: (r) => ({ targets: judgeTargets(r.loading, r.claims), details: detailRows(r.loading, r.claims) }) },
  { section: DATA_SECTION, parts: ['io', 'agreement', 'scale'], judge: (r) => ({ targets: judgeDataTargets(r), details: dataDetailRows(r) }) },
];

function option(name: string): string | null {
  const index = process.argv.indexOf(name);
  return index === -1 ? null : (process.argv[index + 1] ?? '');
}

/** The parts named by `--only` (all without it). @throws Error naming an unknown part. */
function chosenParts(): Set<Part> {
  const only = option('--only');
  if (only === null) return new Set(PARTS);
  const names = only.split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(PARTS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) throw new Error(`--only takes some of ${PARTS.join(', ')} (comma-separated), not "${only}"`);
  return new Set(names as Part[]);
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
const load1 = () => loadavg()[0] ?? Number.NaN;

/** Runs the chosen parts in order, noting when each ran and the load around it. */
async function measure(parts: Set<Part>, browser: Browser, server: BenchServer): Promise<{ results: Results; runs: Map<Part, PartRun> }> {
  const results: Results = { loading: null, claims: null, io: null, agreement: null, scale: null };
  const runs = new Map<Part, PartRun>();
  const steps: Record<Part, { title: string; run: () => Promise<void> }> = {
    loading: { title: 'Issue 2: painting, tokens, transfer, bytes', run: async () => void (results.loading = await measureLoading(browser, server, log)) },
    claims: { title: 'Issue 3: 5,000 claims', run: async () => void (results.claims = await measureClaims(browser, server, log)) },
    io: { title: 'Issue 4: export and import of 10,000 claims', run: async () => void (results.io = await measureIo(browser, server, log)) },
    agreement: { title: 'Issue 5: agreement report of 2 × 10,000 claims', run: async () => void (results.agreement = await measureAgreement(browser, server, log)) },
    scale: { title: 'Issue 7: 50,000 claims over 20 articles', run: async () => void (results.scale = await measureScale(browser, server, log)) },
  };
  for (const part of PARTS) {
    if (!parts.has(part)) continue;
    const startedAt = Date.now();
    const loadStart = load1();
    log(`${steps[part].title} (load average ${loadStart.toFixed(1)})`);
    await steps[part].run();
    runs.set(part, { startedAt, endedAt: Date.now(), loadStart, loadEnd: load1() });
    log(`${part} done in ${Math.round((Date.now() - startedAt) / 1000)} s (load average ${load1().toFixed(1)})`);
  }
  return { results, runs };
}

async function main(): Promise<void> {
  const parts = chosenParts();
  const write = !process.argv.includes('--no-write');
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('No build in dist/: run `npm run bench` (it builds first) or `npx vite build`.');
  const started = Date.now();
  // A copy, so that another build writing dist/ meanwhile cannot change the app under measurement.
  const distDir = mkdtempSync(join(tmpdir(), 'shucho-bench-dist-'));
  cpSync(join(ROOT, 'dist'), distDir, { recursive: true });

  log('building the baseline pages');
  const pagesDir = await buildBenchPages();
  const server = await startServer(distDir, pagesDir);
  const browser = await launchBrowser();
  const chromium = browser.version();
  log(`serving ${server.origin}; Chromium ${chromium}; ${cpus().length} cores; parts: ${[...parts].join(', ')}`);
  let measured: Awaited<ReturnType<typeof measure>>;
  try {
    measured = await measure(parts, browser, server);
  } finally {
    await browser.close();
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }
  const { results, runs } = measured;

  const judged = SECTIONS.filter(({ parts: own }) => own.some((part) => parts.has(part))).map((entry) => ({ ...entry, ...entry.judge(results) }));
  const targets = judged.flatMap((entry) => entry.targets);
  const details = judged.flatMap((entry) => entry.details);
  console.log(`\nTargets (medians of ${RUNS} runs; ratios against baselines measured in this run)\n`);
  console.log(targetsTable(targets));
  console.log('\nDetails\n');
  console.log(detailsTable(details));
  const misses = targets.filter((row) => row.pass === false).length;
  console.log(`\n${targets.length - misses} of ${targets.length} targets met${misses > 0 ? `, ${misses} missed (MISS above)` : ''}.`);
  log(`the bench took ${Math.round((Date.now() - started) / 1000)} s; load average (1 min) now ${load1().toFixed(1)}`);

  const rawFile = join(tmpdir(), 'shucho-bench-last-run.json');
  writeFileSync(rawFile, JSON.stringify(results, null, 1));
  log(`every sample of this run: ${rawFile}`);

  if (!write) return;
  const cpu = cpus();
  for (const entry of judged) {
    const own = entry.parts.map((part) => runs.get(part));
    if (own.some((run) => run === undefined)) continue; // Only a section measured whole replaces the figures in the docs.
    const sectionRuns = own as PartRun[];
    const machine: MachineInfo = {
      date: new Date().toISOString().slice(0, 10),
      cores: cpu.length,
      cpuModel: cpu[0]?.model.trim() ?? 'unknown CPU',
      memoryGb: Math.round(totalmem() / 2 ** 30),
      chromium,
      node: process.versions.node,
      platform: `${platform()} ${release()}`,
      runs: RUNS,
      durationS: sectionRuns.reduce((sum, run) => sum + (run.endedAt - run.startedAt), 0) / 1000,
      loadStart: sectionRuns[0]!.loadStart,
      loadEnd: sectionRuns.at(-1)!.loadEnd,
    };
    writeResults(DOCS_FILE, resultsBlock(machine, entry.targets, entry.details, entry.section), entry.section);
    log(`figures of "${entry.section.heading}" written to ${DOCS_FILE}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
