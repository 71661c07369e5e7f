/// <reference lib="webworker" />
/**
 * Parses and validates import files off the main thread: a 50 MB file or
 * 100,000 claims must not freeze the page. Pure domain code does the work;
 * failures come back as values, never as exceptions.
 */
import { parseImportFile } from '../domain/format/parse-import-file.ts';
import type { ParseRequest, ParseResponse } from './import-protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<ParseRequest>) => {
  const { id, text } = event.data;
  let response: ParseResponse;
  try {
    response = { id, result: parseImportFile(text) };
  } catch (error) {
    // parseImportFile never throws by contract; this guards the contract.
    response = { id, result: { ok: false, kind: 'claim-set', errors: [{ path: '', message: `The file could not be read: ${String(error)}` }] } };
  }
  self.postMessage(response);
});
