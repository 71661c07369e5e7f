/**
 * `npm run bench`: the app's speed against baselines measured in the same
 * run, in real headless Chromium. It builds the baseline pages, serves them
 * with the app's dist/ (built by `vite build` just before), measures the
 * targets of Issues 2 and 3, prints PASS or MISS for each, and writes the
 * figures into docs/benchmarks.md.
 *
 * It never fails on a missed target: only a crash exits non-zero. It is not
 * part of `npm test`.
 *
 * Options: `--only loading` or `--only claims` runs one part (and leaves
 * docs/benchmarks.md alone); `--no-write` leaves the docs alone too.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/support/browser.ts';
import { buildBenchPages } from './build-pages.ts';
import { RUNS } from './config.ts';
import { resultsBlock, writeResults } from './report/markdown.ts';
import { detailsTable, targetsTable } from './report/table.ts';
import { detailRows, judgeTargets } from './report/targets.ts';
import { measureClaims, type ClaimsResults } from './scenarios/claims.ts';
import { measureLoading, type LoadingResults } from './scenarios/loading.ts';
import { startServer } from './server.ts';

const ROOT = join(import.meta.dirname, '../..');
const DOCS_FILE = join(ROOT, 'docs/benchmarks.md');

function option(name: string): string | null {
  const index = process.argv.indexOf(name);
  return index === -1 ? null : (process.argv[index + 1] ?? '');
}

const log = (line: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function main(): Promise<void> {
  const only = option('--only');
  const write = only === null && !process.argv.includes('--no-write');
  if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('No build in dist/: run `npm run bench` (it builds first) or `npx vite build`.');
  const started = Date.now();
  const loadStart = loadavg()[0] ?? Number.NaN;
  // A copy, so that another build writing dist/ meanwhile cannot change the app under measurement.
  const distDir = mkdtempSync(join(tmpdir(), 'shucho-bench-dist-'));
  cpSync(join(ROOT, 'dist'), distDir, { recursive: true });

  log('building the baseline pages');
  const pagesDir = await buildBenchPages();
  const server = await startServer(distDir, pagesDir);
  const browser = await launchBrowser();
  const chromium = browser.version();
  log(`serving ${server.origin}; Chromium ${chromium}; ${cpus().length} cores`);
  let loading: LoadingResults | null = null;
  let claims: ClaimsResults | null = null;
  try {
    if (only === null || only === 'loading') {
      log('Issue 2: painting, tokens, transfer, bytes');
      loading = await measureLoading(browser, server, log);
    }
    if (only === null || only === 'claims') {
      log('Issue 3: 5,000 claims');
      claims = await measureClaims(browser, server, log);
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(pagesDir, { recursive: true, force: true });
    rmSync(distDir, { recursive: true, force: true });
  }

  const targets = judgeTargets(loading, claims);
  const details = detailRows(loading, claims);
  console.log(`\nTargets (medians of ${RUNS} runs; ratios against baselines measured in this run)\n`);
  console.log(targetsTable(targets));
  console.log('\nDetails\n');
  console.log(detailsTable(details));
  const misses = targets.filter((row) => row.pass === false).length;
  console.log(`\n${targets.length - misses} of ${targets.length} targets met${misses > 0 ? `, ${misses} missed (MISS above)` : ''}.`);

  const rawFile = join(tmpdir(), 'shucho-bench-last-run.json');
  writeFileSync(rawFile, JSON.stringify({ loading, claims }, null, 1));
  log(`every sample of this run: ${rawFile}`);

  if (write) {
    const cpu = cpus();
    const block = resultsBlock(
      {
        date: new Date().toISOString().slice(0, 10),
        cores: cpu.length,
        cpuModel: cpu[0]?.model.trim() ?? 'unknown CPU',
        memoryGb: Math.round(totalmem() / 2 ** 30),
        chromium,
        node: process.versions.node,
        platform: `${platform()} ${release()}`,
        runs: RUNS,
        durationS: (Date.now() - started) / 1000,
        loadStart,
        loadEnd: loadavg()[0] ?? Number.NaN,
      },
      targets,
      details,
    );
    writeResults(DOCS_FILE, block);
    log(`figures written to ${DOCS_FILE}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
