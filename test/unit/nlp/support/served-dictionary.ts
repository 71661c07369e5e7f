/**
 * The dictionary as the app's build serves it (src/nlp/vite-plugin-dictionary.ts:
 * kuromoji's files, the features file in place of tid_pos.dat.gz), decoded,
 * as a loader for buildTokenizer; and kuromoji's own package files, as it
 * loads them itself.
 */
import { gunzipSync } from 'node:zlib';
import NodeDictionaryLoader from '@patdx/kuromoji/node';
import type { ArrayBufferLoader } from '../../../../src/nlp/dictionary-loader.ts';
import { dictionaryFiles } from '../../../../src/nlp/vite-plugin-dictionary.ts';

export const PACKAGE_DICTIONARY = 'node_modules/@patdx/kuromoji/dict/';

let served: Map<string, ArrayBuffer> | undefined;

/** The served files, un-gzipped, by name (made once per test file: about two seconds). */
export function servedFiles(): Map<string, ArrayBuffer> {
  served ??= new Map(
    [...dictionaryFiles(PACKAGE_DICTIONARY)].map(([name, gzipped]) => {
      const decoded = gunzipSync(gzipped);
      return [name, decoded.buffer.slice(decoded.byteOffset, decoded.byteOffset + decoded.byteLength)];
    }),
  );
  return served;
}

/** A loader of the served files (a fresh copy each time), listing the names it is asked for. */
export function servedLoader(): ArrayBufferLoader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async loadArrayBuffer(name) {
      asked.push(name);
      const file = servedFiles().get(name);
      if (!file) throw new Error(`Dictionary file ${name} could not be downloaded (HTTP 404)`);
      return file.slice(0);
    },
  };
}

/** kuromoji's own loader of its package's files. */
export function packageLoader(): ArrayBufferLoader {
  const loader = new NodeDictionaryLoader({ dic_path: PACKAGE_DICTIONARY });
  return { loadArrayBuffer: async (name) => (await loader.loadArrayBuffer(name)) as ArrayBuffer };
}
