import type { FormatProblem } from './claim-set.ts';
import { ProblemList, pointer } from './problems.ts';

/**
 * Largest import accepted, in UTF-16 code units of the file text (about the
 * number of characters). A claim set of 100,000 claims on a long article is
 * around 40 MB; past 64 MB the tab would struggle long before we finished.
 */
export const MAX_IMPORT_CHARS = 64 * 1024 * 1024;

/**
 * Deepest nesting of arrays and objects accepted. Our formats nest six levels
 * at most; the cap keeps a hostile file from exhausting the stack of whatever
 * walks the value next.
 */
export const MAX_JSON_DEPTH = 100;

/**
 * Keys refused anywhere in an imported file. `JSON.parse` makes them plain own
 * properties, harmless by themselves, but a later `{...spread}` or
 * `Object.assign` into a fresh object would turn `__proto__` into a prototype
 * change; refusing them keeps every later step safe by construction.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses `text` as JSON for import: refuses text over MAX_IMPORT_CHARS, skips
 * a leading byte-order mark, reports syntax errors with line and column when
 * the engine gives a position, and refuses nesting deeper than MAX_JSON_DEPTH
 * and forbidden keys (`__proto__`, `constructor`, `prototype`) at any depth,
 * naming their paths. Never throws.
 */
export function readJsonText(text: unknown): { ok: true; value: unknown } | { ok: false; errors: FormatProblem[] } {
  if (typeof text !== 'string') return fail('', 'The file could not be read as text.');
  if (text.length > MAX_IMPORT_CHARS) {
    return fail('', `The file is too large (${megabytes(text.length)} MB); the limit is ${megabytes(MAX_IMPORT_CHARS)} MB.`);
  }
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return fail('', 'The file is empty.');
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return fail('', describeSyntaxError(source, error));
  }
  const problems = checkShape(value);
  return problems.empty ? { ok: true, value } : { ok: false, errors: problems.list() };
}

function fail(path: string, message: string): { ok: false; errors: FormatProblem[] } {
  return { ok: false, errors: [{ path, message }] };
}

function megabytes(chars: number): string {
  return (chars / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/**
 * Walks the value without recursion: depth and keys, nothing else. A first
 * pass only looks (no paths built: a file of 100,000 claims has half a
 * million objects); only when it finds something does a second pass build
 * the paths to report.
 */
function checkShape(root: unknown): ProblemList {
  const problems = new ProblemList();
  if (typeof root !== 'object' || root === null || isClean(root)) return problems;
  const stack: { value: object; path: string; depth: number }[] = [{ value: root, path: '', depth: 1 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (depth > MAX_JSON_DEPTH) {
      problems.add(path, `Nested more than ${MAX_JSON_DEPTH} levels deep; a Shuchō file never is.`);
      // One report per over-deep branch is enough; do not descend further.
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) stack.push({ value: item, path: pointer(path, i), depth: depth + 1 });
      }
      continue;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      if (FORBIDDEN_KEYS.has(key)) {
        problems.add(pointer(path, key), `The key "${key}" is not allowed in an import file.`);
        continue;
      }
      const item = record[key];
      if (typeof item === 'object' && item !== null) stack.push({ value: item, path: pointer(path, key), depth: depth + 1 });
    }
  }
  return problems;
}

/** True when nothing is too deep and no key is forbidden; allocates no paths. */
function isClean(root: object): boolean {
  const values: object[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > MAX_JSON_DEPTH) return false;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (typeof item === 'object' && item !== null) {
          values.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key in value) {
      if (FORBIDDEN_KEYS.has(key)) return false;
      const item: unknown = (value as Record<string, unknown>)[key];
      if (typeof item === 'object' && item !== null) {
        values.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return true;
}

/**
 * Engines word syntax errors differently: V8 says "at position N" (and in
 * newer versions "(line L column C)"), SpiderMonkey "at line L column C".
 * We show line and column whenever either is present.
 * @return a sentence for the user, e.g. "Not valid JSON at line 4, column 3: Expected ','."
 */
export function describeSyntaxError(source: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  const detail = raw
    .replace(/^JSON\.parse:\s*/, '')
    .replace(/\s*(?:in JSON )?at position \d+.*$/s, '')
    .replace(/\s*at line \d+ column \d+.*$/s, '');
  const lineColumn = /line (\d+) column (\d+)/.exec(raw);
  if (lineColumn) return `Not valid JSON at line ${lineColumn[1]}, column ${lineColumn[2]}: ${detail}.`;
  const position = /at position (\d+)/.exec(raw);
  if (position) {
    const offset = Number(position[1]);
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `Not valid JSON at line ${line}, column ${column}: ${detail}.`;
  }
  return `Not valid JSON: ${detail}.`;
}
