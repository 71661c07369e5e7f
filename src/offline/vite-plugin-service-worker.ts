/**
 * Vite plugin building the offline service worker (runs in node, at build
 * time only; the app never imports it).
 *
 * It adds service-worker.ts to the build as an extra entry emitted
 * unhashed as `sw.js`, then, once the bundle is complete, writes into it
 * the list of files to precache: every file of the bundle (index.html, JS,
 * CSS, the tokenizer worker, assets) and of the public folder, except
 * source maps, the service worker itself and the dictionary under `dict/`
 * (which the dictionary loader caches). The list comes from the actual
 * bundle, so it cannot drift from what was built.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ResolvedConfig } from 'vite';
import {
  PRECACHE_MANIFEST_PLACEHOLDER,
  SERVICE_WORKER_FILE,
  type PrecacheManifest,
} from './precache-manifest.ts';

const SOURCE = fileURLToPath(new URL('./service-worker.ts', import.meta.url));
const NAVIGATION_FALLBACK = 'index.html';

/** True for output files that belong in the precache (paths relative to the output folder, with '/'). */
export function isPrecached(fileName: string): boolean {
  return (
    fileName !== SERVICE_WORKER_FILE &&
    !fileName.endsWith('.map') &&
    !fileName.startsWith('dict/') &&
    !fileName.split('/').some((part) => part.startsWith('.'))
  );
}

/** Every file under `dir`, as paths relative to it with '/' separators. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return files;
}

/**
 * The manifest for files given as (relative name, content) pairs: sorted
 * URLs and a version hashing names and contents, so that the cache is
 * renewed exactly when something precached changes.
 */
export function buildPrecacheManifest(files: ReadonlyMap<string, string | Uint8Array>): PrecacheManifest {
  const urls = [...files.keys()].filter(isPrecached).sort();
  const hash = createHash('sha256');
  for (const url of urls) {
    hash.update(url).update('\0').update(files.get(url)!).update('\0');
  }
  return { version: hash.digest('hex').slice(0, 16), urls, navigationFallback: NAVIGATION_FALLBACK };
}

/**
 * Replaces the placeholder string literal (in any quote style) in the
 * built service worker with `manifest` as a JSON string literal.
 * @throws Error unless the placeholder occurs exactly once.
 */
export function injectPrecacheManifest(code: string, manifest: PrecacheManifest): string {
  const literal = new RegExp(`(["'\`])${PRECACHE_MANIFEST_PLACEHOLDER}\\1`, 'g');
  const found = code.match(literal)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`expected the precache placeholder once in ${SERVICE_WORKER_FILE}, found it ${found} times`);
  }
  // JSON.stringify twice: a JS string literal whose content is the manifest's JSON.
  return code.replace(literal, () => JSON.stringify(JSON.stringify(manifest)));
}

/** The Vite plugin: add `serviceWorker()` to `plugins` in vite.config.ts. Build only. */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'shucho-service-worker',
    apply: 'build',
    // After Vite's HTML plugin has emitted index.html (with the CSP) and others their assets.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      this.emitFile({ type: 'chunk', id: SOURCE, fileName: SERVICE_WORKER_FILE, preserveSignature: false });
    },
    generateBundle: {
      // Last of all (with other 'post' hooks, in plugin order): the precache lists the bundle as it will be written.
      order: 'post',
      handler(_options, bundle) {
      const sw = bundle[SERVICE_WORKER_FILE];
      if (!sw || sw.type !== 'chunk') {
        this.error(`${SERVICE_WORKER_FILE} is missing from the bundle`);
      }
      if (sw.imports.length > 0 || sw.dynamicImports.length > 0) {
        this.error(
          `${SERVICE_WORKER_FILE} imports ${[...sw.imports, ...sw.dynamicImports].join(', ')}: ` +
            'a classic service worker cannot; do not share run-time modules between it and the app',
        );
      }
      const files = new Map<string, string | Uint8Array>();
      for (const [fileName, output] of Object.entries(bundle)) {
        files.set(fileName, output.type === 'chunk' ? output.code : output.source);
      }
      if (config.build.copyPublicDir && config.publicDir) {
        for (const name of listFiles(config.publicDir)) {
          if (!files.has(name)) files.set(name, readFileSync(join(config.publicDir, name)));
        }
      }
      if (!files.has(NAVIGATION_FALLBACK)) this.error(`${NAVIGATION_FALLBACK} is missing from the bundle`);
      try {
        sw.code = injectPrecacheManifest(sw.code, buildPrecacheManifest(files));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      },
    },
  };
}
