import type { ClaimSetFile, ParseResult } from './claim-set.ts';
import { readJsonText } from './json-text.ts';
import { claimSetFromJson, isW3CCollection } from './parse-claim-set.ts';
import { w3cFromJson, type W3CImportOptions } from './w3c-import.ts';

/** Which reader a file went to. */
export type ImportFileKind = 'claim-set' | 'w3c';

/**
 * Reads a file the user chose to import, whichever of our two JSON exports
 * it is: a W3C AnnotationCollection goes to the W3C reader, anything else to
 * the native one (which explains what is wrong with it). The JSON is parsed
 * once. Never throws.
 */
export function parseImportFile(jsonText: string, options: W3CImportOptions = {}): ParseResult<ClaimSetFile> & { kind: ImportFileKind } {
  const json = readJsonText(jsonText);
  if (!json.ok) return { ...json, kind: 'claim-set' };
  const value = json.value;
  const w3c = typeof value === 'object' && value !== null && !Array.isArray(value) && isW3CCollection(value as Record<string, unknown>);
  return w3c ? { ...w3cFromJson(value, options), kind: 'w3c' } : { ...claimSetFromJson(value), kind: 'claim-set' };
}
