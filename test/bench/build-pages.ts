/**
 * Builds the baseline pages of test/bench/pages/ with Vite into a temporary
 * folder, served under /__bench/ next to the app's dist/. A build of their
 * own (own root, no project config) keeps them out of the app's bundle and
 * its Content Security Policy, while using the same bundler and the same
 * kuromoji package as the app.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** The URL prefix of the bench pages; the server maps it to the built folder. */
export const BENCH_BASE = '/__bench/';

const PAGES_DIR = join(import.meta.dirname, 'pages');
const PAGES = ['empty', 'kuromoji', 'seed', 'io', 'agreement'] as const;

/** Builds the pages and returns the folder holding `empty.html`, `kuromoji.html`, `seed.html`, `io.html`, `agreement.html`, their assets and kuromoji's dictionary (`dict/`). */
export async function buildBenchPages(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'shucho-bench-pages-'));
  await build({
    configFile: false,
    root: PAGES_DIR,
    base: BENCH_BASE,
    logLevel: 'warn',
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      // The empty page must stay empty: no polyfill chunk to fetch.
      modulePreload: { polyfill: false },
      rolldownOptions: { input: Object.fromEntries(PAGES.map((page) => [page, join(PAGES_DIR, `${page}.html`)])) },
    },
  });
  // kuromoji's own dictionary, for the baselines: the app's build serves a re-encoded part-of-speech file.
  cpSync(join(import.meta.dirname, '../../node_modules/@patdx/kuromoji/dict'), join(outDir, 'dict'), { recursive: true });
  return outDir;
}
