import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: PreviewServer | undefined;

/**
 * Serves the production build (dist/, made by `npm test` before Vitest runs)
 * with `vite preview` on a free port for the end-to-end tests.
 */
export async function setup(project: TestProject): Promise<void> {
  const root = join(import.meta.dirname, '../..');
  if (!existsSync(join(root, 'dist/index.html'))) {
    throw new Error('No production build in dist/: run `npm test` (it builds first) or `npx vite build`.');
  }
  server = await preview({ root, logLevel: 'warn', preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report its URL');
  project.provide('baseUrl', url.replace(/\/$/, ''));
}

export async function teardown(): Promise<void> {
  await server?.close();
}
