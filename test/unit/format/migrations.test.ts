import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLAIM_SET_VERSION } from '../../../src/domain/format/claim-set.ts';
import { CLAIM_SET_MIGRATIONS, upgrade, upgradeV1ToV2, type JsonObject } from '../../../src/domain/format/migrations.ts';
import { parseClaimSet } from '../../../src/domain/format/parse-claim-set.ts';

/** Frozen samples of older versions: never edit them, add new ones. */
const fixture = (name: string): JsonObject =>
  JSON.parse(readFileSync(new URL(`../../fixtures/format/${name}`, import.meta.url), 'utf8')) as JsonObject;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('upgradeV1ToV2', () => {
  it('adds empty review discussion and keeps everything else, keys in order', () => {
    const v1 = deepFreeze(fixture('v1-minimal.json'));
    const v2 = upgradeV1ToV2(v1);
    expect(v2).toEqual({ ...v1, version: 2, reviews: [], comments: [], threads: [] });
    expect(Object.keys(v2)).toEqual(['format', 'version', 'exportedAt', 'generator', 'articles', 'annotators', 'claims', 'reviews', 'comments', 'threads']);
  });

  it('is pure: the frozen input is untouched (it would throw otherwise) and shared parts are not copied needlessly', () => {
    const v1 = deepFreeze(fixture('v1-sample.json'));
    const before = JSON.stringify(v1);
    const v2 = upgradeV1ToV2(v1);
    expect(JSON.stringify(v1)).toBe(before);
    expect(v2.claims).toBe(v1.claims);
  });

  it('tolerates garbage: it only adds lists, and leaves judging to the validator', () => {
    expect(upgradeV1ToV2({ version: 1, claims: 'not a list' })).toEqual({ version: 2, claims: 'not a list', reviews: [], comments: [], threads: [] });
  });

  it('does not turn a "__proto__" key into a prototype', () => {
    const hostile = JSON.parse('{"version":1,"__proto__":{"polluted":true}}') as JsonObject;
    const v2 = upgradeV1ToV2(hostile);
    expect(Object.getPrototypeOf(v2)).toBe(Object.prototype);
    expect((v2 as { polluted?: unknown }).polluted).toBeUndefined();
  });
});

describe('upgrade (the registry)', () => {
  it('has one step per version, from 1 up to the current one', () => {
    expect(CLAIM_SET_MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: CLAIM_SET_VERSION - 1 }, (_, i) => i + 1));
    expect(new Set(CLAIM_SET_MIGRATIONS.map((m) => m.id)).size).toBe(CLAIM_SET_MIGRATIONS.length);
  });

  it('walks a version 1 file to the current version, naming the steps', () => {
    const result = upgrade(fixture('v1-sample.json'));
    expect(result).toMatchObject({ ok: true, applied: ['add-review-discussion'], file: { version: CLAIM_SET_VERSION } });
  });

  it('leaves a current file as it is', () => {
    const current = { version: CLAIM_SET_VERSION, x: 1 };
    expect(upgrade(current)).toEqual({ ok: true, file: current, applied: [] });
  });

  it('refuses newer, negative, fractional and missing versions', () => {
    expect(upgrade({ version: 3 })).toEqual({ ok: false, message: 'This file was made by a newer Shuchō (format version 3); this one reads up to 2.' });
    for (const version of [0, -1, 1.5, '1', undefined, null]) expect(upgrade({ version }).ok).toBe(false);
  });
});

describe('reading old files', () => {
  it.each(['v1-minimal.json', 'v1-sample.json'])('%s parses as a current file, with a warning naming the upgrade', (name) => {
    const text = readFileSync(new URL(`../../fixtures/format/${name}`, import.meta.url), 'utf8');
    const result = parseClaimSet(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(2);
    expect(result.value.reviews).toEqual([]);
    expect(result.warnings[0]).toEqual({ path: '/version', message: 'Read a version 1 file and upgraded it (add-review-discussion).' });
  });

  it('the version 1 sample keeps its claims exactly', () => {
    const v1 = fixture('v1-sample.json');
    const result = parseClaimSet(JSON.stringify(v1));
    expect(result.ok && result.value.claims).toEqual(v1.claims);
  });
});
