import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { serviceWorker } from './src/offline/vite-plugin-service-worker.ts';
import { inlineBootPlugin, type CspDirectives } from './src/first-paint/vite-plugin-inline-boot.ts';
import { kuromojiDictionary } from './src/nlp/vite-plugin-dictionary.ts';

/** Where the IPADIC dictionary of @patdx/kuromoji lives in node_modules. */
const DICTIONARY_DIR = join(import.meta.dirname, 'node_modules/@patdx/kuromoji/dict');

/**
 * The strict Content Security Policy of the built app. No eval, no plugins,
 * no inline script or style but the boot script and its sheet, which
 * inlineBoot() puts into the page and allows by hash; the worker and service
 * worker come from our own origin; `connect-src 'self'` keeps every fetch on
 * this machine's origin. Images may come from https (the article's header
 * image).
 */
const CONTENT_SECURITY_POLICY: CspDirectives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'worker-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'https:', 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export default defineConfig({
  plugins: [
    react(),
    kuromojiDictionary(DICTIONARY_DIR),
    inlineBootPlugin({ boot: 'src/boot.ts', app: 'src/main.tsx', tokenizerWorker: 'tokenizer.worker', csp: CONTENT_SECURITY_POLICY }),
    serviceWorker(),
  ],
  worker: { format: 'es', plugins: () => [kuromojiDictionary(DICTIONARY_DIR)] },
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The app's entry (index.html's, until inlineBootPlugin puts the boot script in its place).
    rolldownOptions: { output: { entryFileNames: 'assets/main-[hash].js' } },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
});
