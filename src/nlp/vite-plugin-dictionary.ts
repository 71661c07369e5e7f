/**
 * Build side of the dictionary: serves kuromoji's IPADIC files at
 * `/dict/*.dat.gz` (from node_modules under the dev server, copied into the
 * build otherwise, so that nothing generated is committed) and describes
 * them to the loader as `virtual:dictionary-manifest`.
 *
 * Runs in node (Vite's config), never in the browser.
 */
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { DictionaryFile } from './dictionary-loader.ts';

/**
 * What the loader needs to know about one gzipped dictionary file, read
 * from its bytes:
 * - `bytes`, the gzipped size (the unit download progress is counted in);
 * - `decodedBytes`, the size once un-gzipped;
 * - `dataBytes`, that size without the trailing zero bytes. kuromoji's
 *   files are buffers written with room to spare (`tid_pos` has 6 MB of
 *   zeros at its end, `unk` and `unk_pos` are 10 MB of which a few kB are
 *   used): 36 of the 100 MB are such padding, which the loader then need
 *   not inflate (see readDecodedBody).
 * @throws Error if `gzipped` is not a gzip file, or its trailer disagrees with its content.
 */
export function describeDictionaryFile(name: string, gzipped: Uint8Array): DictionaryFile {
  const decoded = gunzipSync(gzipped);
  let dataBytes = decoded.length;
  while (dataBytes > 0 && decoded[dataBytes - 1] === 0) dataBytes--;
  return { name, bytes: gzipped.length, decodedBytes: decoded.length, dataBytes };
}

/**
 * Manifests by directory. Un-gzipping 100 MB takes about half a second: done
 * once per process, when a build (the app's or the worker's) first asks.
 */
const manifests = new Map<string, DictionaryFile[]>();

/** The plugin; `directory` holds the `*.dat.gz` files (kuromoji's `dict/`). */
export function kuromojiDictionary(directory: string): Plugin {
  const files = readdirSync(directory).filter((name) => name.endsWith('.dat.gz')).sort();
  const describeAll = () => {
    let manifest = manifests.get(directory);
    if (!manifest) {
      manifest = files.map((name) => describeDictionaryFile(name, readFileSync(join(directory, name))));
      manifests.set(directory, manifest);
    }
    return manifest;
  };
  return {
    name: 'shucho-kuromoji-dictionary',
    resolveId: (id) => (id === 'virtual:dictionary-manifest' ? '\0virtual:dictionary-manifest' : null),
    load: (id) => (id === '\0virtual:dictionary-manifest' ? `export default ${JSON.stringify(describeAll())};` : null),
    configureServer(server) {
      server.middlewares.use('/dict/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!files.includes(name)) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        createReadStream(join(directory, name)).pipe(res);
      });
    },
    generateBundle() {
      for (const name of files) {
        this.emitFile({ type: 'asset', fileName: `dict/${name}`, source: readFileSync(join(directory, name)) });
      }
    },
  };
}
