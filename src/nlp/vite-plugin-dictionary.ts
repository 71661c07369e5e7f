/**
 * Build side of the dictionary: serves kuromoji's IPADIC files at
 * `/dict/<name>` (from memory under the dev server, written into the build
 * otherwise, so that nothing generated is committed) and describes them to
 * the loader as `virtual:dictionary-manifest`. The files are kuromoji's
 * `*.dat.gz` from node_modules, but its part-of-speech file `tid_pos.dat.gz`
 * is replaced by the features file made from it, its token-info file
 * `tid.dat.gz` by its costs alone (costs-file.ts), its
 * target map `tid_map.dat.gz` by an index (target-map-file.ts), and its
 * trie and connection costs by their differences (difference-files.ts).
 *
 * Runs in node (Vite's config), never in the browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import type { DictionaryFile } from './dictionary-loader.ts';
import { COSTS_FILE, encodeCostsFile, TOKEN_INFO_FILE } from './costs-file.ts';
import { encodeFeaturesFile, FEATURES_FILE, POS_FILE, readFeaturesFile } from './features-file.ts';
import { encodeTargetMapFile, TARGET_INDEX_FILE, TARGET_MAP_FILE } from './target-map-file.ts';
import { DIFFERENCE_FILES, encodeDifferences } from './difference-files.ts';

/**
 * What the loader needs to know about one gzipped dictionary file, read
 * from its bytes:
 * - `bytes`, the gzipped size (the unit download progress is counted in);
 * - `decodedBytes`, the size once un-gzipped;
 * - `dataBytes`, that size without the trailing zero bytes. kuromoji's
 *   files are buffers written with room to spare (`unk` and `unk_pos` are
 *   10 MB of which a few kB are used): 23 of the 56 MB served are such padding, which the loader then
 *   need not inflate (see readDecodedBody).
 * @throws Error if `gzipped` is not a gzip file, or its trailer disagrees with its content.
 */
export function describeDictionaryFile(name: string, gzipped: Uint8Array): DictionaryFile {
  const decoded = gunzipSync(gzipped);
  let dataBytes = decoded.length;
  while (dataBytes > 0 && decoded[dataBytes - 1] === 0) dataBytes--;
  return { name, bytes: gzipped.length, decodedBytes: decoded.length, dataBytes };
}

/**
 * The files to serve from kuromoji's dictionary `directory`, gzipped, by
 * name: its `*.dat.gz` files, with the features file in place of
 * `tid_pos.dat.gz`, the costs file in place of `tid.dat.gz`,
 * the target map index in place of `tid_map.dat.gz`, and the difference
 * files in place of the files they are made from.
 * @throws Error if the directory lacks one of the files replaced, or they do not agree.
 */
export function dictionaryFiles(directory: string): Map<string, Uint8Array> {
  const names = readdirSync(directory).filter((name) => name.endsWith('.dat.gz')).sort();
  const replaced = [POS_FILE, TOKEN_INFO_FILE, TARGET_MAP_FILE, ...DIFFERENCE_FILES.map((file) => file.name)];
  const missing = replaced.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new Error(`${directory} lacks ${missing.join(', ')}`);
  const read = (name: string) => readFileSync(join(directory, name));
  const files = new Map<string, Uint8Array>();
  for (const name of names) if (!replaced.includes(name)) files.set(name, read(name));
  const tokenInfo = gunzipSync(read(TOKEN_INFO_FILE));
  const features = encodeFeaturesFile(gunzipSync(read(POS_FILE)), tokenInfo);
  files.set(FEATURES_FILE, gzipSync(features, { level: 9 }));
  files.set(COSTS_FILE, gzipSync(encodeCostsFile(tokenInfo, readFeaturesFile(features.buffer as ArrayBuffer).count), { level: 9 }));
  files.set(TARGET_INDEX_FILE, gzipSync(encodeTargetMapFile(gunzipSync(read(TARGET_MAP_FILE))), { level: 9 }));
  for (const { name, served, width } of DIFFERENCE_FILES) files.set(served, gzipSync(encodeDifferences(gunzipSync(read(name)), width), { level: 9 }));
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** What the plugin serves from one directory: the files and their manifest. */
interface Served {
  files: Map<string, Uint8Array>;
  manifest: DictionaryFile[];
}

/**
 * Made once per process and directory, when a build (the app's or the
 * worker's) first asks: encoding the features file and un-gzipping 170 MB
 * to measure the files take about two seconds.
 */
const served = new Map<string, Served>();

function serve(directory: string): Served {
  let entry = served.get(directory);
  if (!entry) {
    const files = dictionaryFiles(directory);
    entry = { files, manifest: [...files].map(([name, gzipped]) => describeDictionaryFile(name, gzipped)) };
    served.set(directory, entry);
  }
  return entry;
}

/** The plugin; `directory` holds kuromoji's `*.dat.gz` files (its `dict/`). */
export function kuromojiDictionary(directory: string): Plugin {
  return {
    name: 'shucho-kuromoji-dictionary',
    resolveId: (id) => (id === 'virtual:dictionary-manifest' ? '\0virtual:dictionary-manifest' : null),
    load: (id) => (id === '\0virtual:dictionary-manifest' ? `export default ${JSON.stringify(serve(directory).manifest)};` : null),
    configureServer(server) {
      server.middlewares.use('/dict/', (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        const file = serve(directory).files.get(name);
        if (!file) return next();
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(file);
      });
    },
    generateBundle() {
      for (const [name, source] of serve(directory).files) this.emitFile({ type: 'asset', fileName: `dict/${name}`, source });
    },
  };
}
