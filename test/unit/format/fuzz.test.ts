import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import './settle-globals.ts';
import { assertNoPoisoning, restoreGlobals } from '@fast-check/poisoning';
import type { ClaimSetFile, ParseResult } from '../../../src/domain/format/claim-set.ts';
import { parseClaimSet } from '../../../src/domain/format/parse-claim-set.ts';
import { parseW3CExport } from '../../../src/domain/format/w3c-import.ts';

const SEED = 4_2025;
/** The test runner's own globals change while it runs; they are not ours to check. */
const OUTSIDE_TEST = { ignoredRootRegex: /^__vitest_/ };
const golden = readFileSync(new URL('../../fixtures/format/v2-sample.json', import.meta.url), 'utf8');

/** Every path (as a list of keys) to a value inside `value`. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}
const goldenPaths = pathsOf(JSON.parse(golden)).filter((p) => p.length > 0);

/** The golden file with the value at one path replaced (or a key added beside it). */
const mutatedGolden = fc
  .record({ at: fc.nat(), replacement: fc.jsonValue({ maxDepth: 3 }), key: fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'), { nil: undefined }) })
  .map(({ at, replacement, key }) => {
    const file = JSON.parse(golden) as Record<string | number, unknown>;
    const path = goldenPaths[at % goldenPaths.length]!;
    let parent: Record<string | number, unknown> = file;
    for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (key !== undefined && typeof parent === 'object' && !Array.isArray(parent)) {
      // defineProperty: an own "__proto__" key, as JSON.parse would make it.
      Object.defineProperty(parent, key, { value: replacement, enumerable: true, configurable: true, writable: true });
    } else {
      parent[last] = replacement;
    }
    return JSON.stringify(file);
  });

/** Arbitrary text: JSON or not, deep or not, ours or not. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.json(),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  mutatedGolden,
  fc.nat({ max: 500 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`),
  fc.nat(golden.length).map((n) => golden.slice(0, n)),
);

function isWellFormed(result: ParseResult<ClaimSetFile>): boolean {
  if (result.ok) return Array.isArray(result.warnings) && typeof result.value === 'object';
  return result.errors.length > 0 && result.errors.every((e) => typeof e.path === 'string' && e.path.startsWith('/') !== (e.path === '') && e.message.length > 0);
}

describe('parseClaimSet never throws', () => {
  it('on a few thousand arbitrary texts it returns ok or errors', () => {
    fc.assert(fc.property(anyText, (text) => isWellFormed(parseClaimSet(text))), { seed: SEED, numRuns: 4000 });
  });

  it('nor does parseW3CExport', () => {
    fc.assert(fc.property(anyText, (text) => isWellFormed(parseW3CExport(text))), { seed: SEED + 1, numRuns: 1500 });
  });

  it('a mutated golden file that still parses has the same shape as a valid one', () => {
    fc.assert(
      fc.property(mutatedGolden, (text) => {
        const result = parseClaimSet(text);
        if (!result.ok) return true;
        // Validated output holds only fresh, known fields with plain prototypes.
        for (const claim of result.value.claims) {
          expect(Object.getPrototypeOf(claim)).toBe(Object.prototype);
          expect(Object.keys(claim).every((k) => ['id', 'articleId', 'selector', 'contentHash', 'label', 'gloss', 'note', 'evidence', 'authorId', 'createdAt', 'updatedAt', 'version', 'suggestedBy'].includes(k))).toBe(true);
        }
        return true;
      }),
      { seed: SEED + 2, numRuns: 1500 },
    );
  });
});

/** True when a key named __proto__, constructor or prototype occurs at any depth. */
function hasHostileKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasHostileKey);
  return Object.keys(value).some((k) => ['__proto__', 'constructor', 'prototype'].includes(k) || hasHostileKey((value as Record<string, unknown>)[k]));
}

describe('hostile keys pollute nothing', () => {
  const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
  const hostileJson: fc.Arbitrary<string> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }),
      fc.array(tie('node'), { maxLength: 3 }),
      fc.array(fc.tuple(fc.oneof(hostileKey, fc.string({ maxLength: 3 })), tie('node')), { maxLength: 4 }).map((entries) => {
        const object = {};
        for (const [k, v] of entries) Object.defineProperty(object, k, { value: v, enumerable: true, configurable: true, writable: true });
        return object;
      }),
    ),
  })).node.map((node) => JSON.stringify({ format: 'shucho.claim-set', version: 2, payload: node, '__proto__': { polluted: 'yes' } }));

  it('parsing files with __proto__ / constructor / prototype keys leaves every global untouched', () => {
    try {
      fc.assert(
        fc.property(fc.oneof(hostileJson, mutatedGolden), (text) => {
          const result = parseClaimSet(text);
          parseW3CExport(text.replace('"format":"shucho.claim-set"', '"type":"AnnotationCollection"'));
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (hasHostileKey(JSON.parse(text))) expect(result.ok).toBe(false);
        }),
        { seed: SEED + 3, numRuns: 1000 },
      );
      assertNoPoisoning(OUTSIDE_TEST);
    } finally {
      restoreGlobals(OUTSIDE_TEST);
    }
  });

  it('the check is not vacuous: it notices a polluted Object.prototype', () => {
    try {
      Object.defineProperty(Object.prototype, 'polluted', { value: 'yes', configurable: true, writable: true });
      expect(() => assertNoPoisoning(OUTSIDE_TEST)).toThrow(/Poisoning detected/);
    } finally {
      restoreGlobals(OUTSIDE_TEST);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
