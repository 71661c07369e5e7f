/**
 * `npm run bench:ab -- <dist A> <dist B> [...]`: compares builds of the app
 * side by side, cold visits interleaved run by run (empty page, raw
 * kuromoji when tokens are asked for, then A, B, ...), so that a slow spell
 * of the shared machine hits every build alike. It prints medians; it judges
 * nothing and writes nothing. Make the builds with
 * `npx vite build --outDir /tmp/a` at each commit to compare.
 *
 * Options: `--article shipped|long` (default shipped), `--runs N` (default
 * 10, after one untimed warm-up), `--tokens` to also wait for the tokens.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/support/browser.ts';
import { buildBenchPages } from './build-pages.ts';
import { measureEmptyPage, measureRawKuromoji } from './scenarios/baselines.ts';
import { loadingCases } from './scenarios/loading.ts';
import { startServer, type BenchServer } from './server.ts';
import { freshContext, seed, waitForEntry } from './session.ts';
import { median } from './stats.ts';

function option(name: string): string | null {
  const index = process.argv.indexOf(name);
  return index === -1 ? null : (process.argv[index + 1] ?? null);
}

const valued = new Set(['--article', '--runs']);
const dists = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && !valued.has(all[i - 1] ?? ''));
const articleName = option('--article') ?? 'shipped';
const runs = Number(option('--runs') ?? 10);
const withTokens = process.argv.includes('--tokens');

if (dists.length === 0 || dists.some((dist) => !existsSync(join(dist, 'index.html'))) || !['shipped', 'long'].includes(articleName) || !(runs > 0)) {
  console.error('usage: npm run bench:ab -- <dist A> <dist B> [...] [--article shipped|long] [--runs N] [--tokens]\n(each dist: a folder made by `npx vite build --outDir <folder>`)');
  process.exit(2);
}

const article = loadingCases()[articleName === 'long' ? 1 : 0]!;
const pages = await buildBenchPages();
const servers: BenchServer[] = [];
for (const dist of dists) servers.push(await startServer(dist, pages));
const browser = await launchBrowser();
const empty: number[] = [];
const raw: number[] = [];
const text = dists.map(() => [] as number[]);
const tokens = dists.map(() => [] as number[]);
try {
  for (let run = 0; run <= runs; run++) {
    const emptyMs = await measureEmptyPage(browser, servers[0]!);
    const rawMs = withTokens ? (await measureRawKuromoji(browser, servers[0]!, article.baselineChars)).tokensReceivedMs : null;
    for (const [k, server] of servers.entries()) {
      const context = await freshContext(browser);
      try {
        if (article.prepare) await seed(context, server.origin, article.prepare);
        const page = await context.newPage();
        await page.goto(`${server.origin}/${article.hash}`);
        const painted = await waitForEntry(page, 'shucho:text-painted');
        const ready = withTokens ? await waitForEntry(page, 'shucho:tokens-ready') : null;
        if (run === 0) continue;
        text[k]!.push(painted.startTime);
        if (ready) tokens[k]!.push(ready.startTime);
      } finally {
        await context.close();
      }
    }
    if (run === 0) continue;
    empty.push(emptyMs);
    if (rawMs !== null) raw.push(rawMs);
    console.log(`run ${run}/${runs}: ${dists.map((_, k) => `${String.fromCharCode(65 + k)} text ${text[k]!.at(-1)!.toFixed(0)} ms${withTokens ? `, tokens ${tokens[k]!.at(-1)!.toFixed(0)} ms` : ''}`).join('; ')}`);
  }
  console.log(`\n${article.name}, medians of ${runs} cold visits:`);
  console.log(`empty page painted ${median(empty).toFixed(0)} ms${withTokens ? `; raw kuromoji tokens ${median(raw).toFixed(0)} ms` : ''}`);
  for (const [k, dist] of dists.entries()) {
    const textMs = median(text[k]!);
    const tokensPart = withTokens ? `; tokens ready ${median(tokens[k]!).toFixed(0)} ms (${(median(tokens[k]!) / median(raw)).toFixed(2)}x raw kuromoji)` : '';
    console.log(`${String.fromCharCode(65 + k)} ${dist}: text painted ${textMs.toFixed(0)} ms (${(textMs / median(empty)).toFixed(2)}x the empty page)${tokensPart}`);
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
