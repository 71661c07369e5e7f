/**
 * Registers the offline service worker (service-worker.ts, built as
 * `sw.js` at the app's base) in production builds. The dev server has no
 * `sw.js`, and a worker there would serve stale modules.
 */

export interface RegisterOptions {
  /** Defaults to `import.meta.env.PROD`. */
  enabled?: boolean;
  /** Defaults to `navigator.serviceWorker` (absent in insecure contexts). */
  container?: Pick<ServiceWorkerContainer, 'register'>;
}

/**
 * Registers `sw.js` with the app's base as scope. Resolves to the
 * registration, or null when disabled, unsupported or refused (the app then
 * simply works online only; the reason is logged).
 */
export async function registerServiceWorker(options: RegisterOptions = {}): Promise<ServiceWorkerRegistration | null> {
  const enabled = options.enabled ?? import.meta.env.PROD;
  const container =
    options.container ?? (typeof navigator !== 'undefined' && 'serviceWorker' in navigator ? navigator.serviceWorker : undefined);
  if (!enabled || !container) return null;
  const base = import.meta.env.BASE_URL;
  try {
    // 'sw.js' is SERVICE_WORKER_FILE of precache-manifest.ts, not imported: that module
    // belongs to the service worker's bundle and must not be shared with the app's.
    // updateViaCache 'none': always check the server for a new sw.js, never the HTTP cache.
    return await container.register(`${base}sw.js`, { scope: base, updateViaCache: 'none' });
  } catch (error) {
    console.warn('Service worker registration failed; the app will not work offline.', error);
    return null;
  }
}
