import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serviceWorker } from './src/offline/vite-plugin-service-worker.ts';
import { inlineBootPlugin, type CspDirectives } from './src/first-paint/vite-plugin-inline-boot.ts';

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

/**
 * Serves the kuromoji dictionary at `/dict/*.dat.gz`: from node_modules in
 * development, copied into the build otherwise, so that nothing generated is
 * committed. The file list is exposed as a virtual module for the loader.
 */
function kuromojiDictionary(): Plugin {
  const files = readdirSync(DICTIONARY_DIR).filter((name) => name.endsWith('.dat.gz')).sort();
  // A gzip file ends with its unpacked size (mod 2^32): the loader needs it
  // because servers that add Content-Encoding hand the browser unpacked bytes.
  const manifest = files.map((name) => {
    const bytes = readFileSync(join(DICTIONARY_DIR, name));
    return { name, bytes: bytes.length, decodedBytes: bytes.readUInt32LE(bytes.length - 4) };
  });
  return {
    name: 'shucho-kuromoji-dictionary',
    resolveId: (id) => (id === 'virtual:dictionary-manifest' ? '\0virtual:dictionary-manifest' : null),
    load: (id) =>
      id === '\0virtual:dictionary-manifest' ? `export default ${JSON.stringify(manifest)};` : null,
    configureServer(server) {
      server.middlewares.use('/dict/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!files.includes(name)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(join(DICTIONARY_DIR, name)).pipe(res);
      });
    },
    generateBundle() {
      for (const name of files) {
        this.emitFile({ type: 'asset', fileName: `dict/${name}`, source: readFileSync(join(DICTIONARY_DIR, name)) });
      }
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    kuromojiDictionary(),
    inlineBootPlugin({ boot: 'src/boot.ts', app: 'src/main.tsx', tokenizerWorker: 'tokenizer.worker', csp: CONTENT_SECURITY_POLICY }),
    serviceWorker(),
  ],
  worker: { format: 'es', plugins: () => [kuromojiDictionary()] },
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
