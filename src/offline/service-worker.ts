/**
 * The service worker that lets the app open offline after one visit.
 *
 * Built by vite-plugin-service-worker.ts as `/sw.js` (a classic script, so
 * it must import nothing at run time that the app also imports: the plugin
 * fails the build if it does). The build replaces the placeholder below
 * with the list of the app shell's files.
 *
 * - install: precache the shell (index.html and every built JS/CSS/asset
 *   file) into a cache named after the build's version.
 * - activate: delete the shell caches of older versions.
 * - navigations: network first, so an online visit always gets the newest
 *   page; offline, the cached index.html (the app routes on the client).
 * - precached files: cache first; their names carry content hashes.
 * - everything else, notably `/dict/*`, is left to the network: the
 *   dictionary loader keeps its own copy in Cache Storage.
 */
import {
  PRECACHE_MANIFEST_PLACEHOLDER,
  SHELL_CACHE_PREFIX,
  type PrecacheManifest,
} from './precache-manifest.ts';

// The project's lib is DOM, not WebWorker: declare the few service worker types used here.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

interface ServiceWorkerScope {
  readonly location: { readonly href: string; readonly origin: string };
  readonly clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

const worker = self as unknown as ServiceWorkerScope;
const manifest = JSON.parse(PRECACHE_MANIFEST_PLACEHOLDER) as PrecacheManifest;
const cacheName = `${SHELL_CACHE_PREFIX}${manifest.version}`;
const absolute = (url: string): string => new URL(url, worker.location.href).href;
const precached = new Set(manifest.urls.map(absolute));
const navigationFallback = absolute(manifest.navigationFallback);

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      // 'reload' bypasses the HTTP cache, so that a stale copy is never precached.
      .then((cache) => cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' })))),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(SHELL_CACHE_PREFIX) && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

/** The URL without query or fragment: how precached files are keyed. */
function withoutSearch(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

async function cached(url: string): Promise<Response | undefined> {
  const cache = await caches.open(cacheName);
  return cache.match(url);
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const url = new URL(request.url);
    const response = (await cached(withoutSearch(url))) ?? (await cached(navigationFallback));
    if (response) return response;
    throw error;
  }
}

async function cacheFirst(request: Request): Promise<Response> {
  return (await cached(withoutSearch(new URL(request.url)))) ?? fetch(request);
}

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== worker.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request));
  } else if (precached.has(withoutSearch(url))) {
    event.respondWith(cacheFirst(request));
  }
});
