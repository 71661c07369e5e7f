/**
 * The contract between the build plugin (vite-plugin-service-worker.ts),
 * which knows the bundle, and the service worker, which must cache it: the
 * service worker's source holds a placeholder string literal that the
 * plugin replaces with this manifest as a JSON string.
 */

/** What the service worker precaches, written by the build. */
export interface PrecacheManifest {
  /** Changes whenever any precached file changes; names the cache. */
  version: string;
  /** URLs relative to the service worker's own URL (the base of the app), e.g. `assets/index-Ab12.js`. */
  urls: string[];
  /** The page served for navigations when offline, relative like `urls` (always among them). */
  navigationFallback: string;
}

/** The string literal in the service worker's source that the build replaces. */
export const PRECACHE_MANIFEST_PLACEHOLDER = '__SHUCHO_PRECACHE_MANIFEST__';

/** File name of the built service worker, at the root of the output (unhashed, so its URL is stable). */
export const SERVICE_WORKER_FILE = 'sw.js';

/** Prefix of the shell caches' names; the dictionary's cache has another name and is left alone. */
export const SHELL_CACHE_PREFIX = 'shucho-shell-';
