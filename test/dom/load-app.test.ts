import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadApp, type AppEntry } from '../../src/first-paint/load-app.ts';

const entry: AppEntry = {
  script: '/assets/main-1.js',
  preload: ['/assets/runtime-2.js'],
  styles: ['/assets/main-3.css', '/assets/extra-4.css'],
  tokenizerWorker: '/assets/tokenizer.worker-5.js',
};

const links = (rel: string) => [...document.head.querySelectorAll<HTMLLinkElement>(`link[rel="${rel}"]`)];

afterEach(() => {
  for (const link of document.head.querySelectorAll('link')) link.remove();
});

describe('loadApp', () => {
  it('preloads the modules at once and runs the app only once every sheet has loaded', async () => {
    const importModule = vi.fn(async () => ({}));
    const loaded = loadApp(document, entry, importModule);
    expect(links('modulepreload').map((link) => link.getAttribute('href'))).toEqual(['/assets/main-1.js', '/assets/runtime-2.js']);
    const sheets = links('stylesheet');
    expect(sheets.map((link) => link.getAttribute('href'))).toEqual(entry.styles);

    sheets[0]!.dispatchEvent(new Event('load'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    // One sheet still loading: an unstyled first render would flash.
    expect(importModule).not.toHaveBeenCalled();

    sheets[1]!.dispatchEvent(new Event('load'));
    await loaded;
    expect(importModule).toHaveBeenCalledExactlyOnceWith('/assets/main-1.js');
  });

  it('still runs the app when a sheet fails: unstyled beats not at all', async () => {
    const importModule = vi.fn(async () => ({}));
    const loaded = loadApp(document, { ...entry, styles: ['/assets/missing.css'] }, importModule);
    links('stylesheet')[0]!.dispatchEvent(new Event('error'));
    await loaded;
    expect(importModule).toHaveBeenCalledOnce();
  });
});
