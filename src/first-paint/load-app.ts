/**
 * Where the app's files are, as the build tells the boot script (the
 * `virtual:app-entry` module of vite-plugin-inline-boot.ts). URLs are
 * absolute paths on this origin.
 */
export interface AppEntry {
  /** The app's module (main.tsx, built). */
  script: string;
  /** Modules the app imports statically: fetched and compiled while its style sheets load. */
  preload: readonly string[];
  /** The app's style sheets, in order; the app runs once they have loaded. */
  styles: readonly string[];
  /** The tokenizer worker's module, for an early start; null leaves it to the app. */
  tokenizerWorker: string | null;
}

/**
 * Runs the app: adds its style sheets and preloads its modules, then imports
 * it once the sheets have loaded (or failed: the app runs unstyled rather
 * than not at all), so that its first render is never unstyled.
 * `importModule` is `(url) => import(url)`, passed in so that the bundler
 * leaves the import alone.
 */
export function loadApp(doc: Document, entry: AppEntry, importModule: (url: string) => Promise<unknown>): Promise<unknown> {
  const link = (rel: string, href: string): HTMLLinkElement => {
    const element = doc.createElement('link');
    element.rel = rel;
    element.href = href;
    if (rel === 'modulepreload') element.crossOrigin = '';
    doc.head.append(element);
    return element;
  };
  const sheets = entry.styles.map(
    (href) =>
      new Promise<void>((resolve) => {
        const sheet = link('stylesheet', href);
        sheet.addEventListener('load', () => resolve(), { once: true });
        sheet.addEventListener('error', () => resolve(), { once: true });
      }),
  );
  for (const href of [entry.script, ...entry.preload]) link('modulepreload', href);
  return Promise.all(sheets).then(() => importModule(entry.script));
}
