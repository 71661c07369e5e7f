import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildClaimSet } from '../../../src/domain/format/build-claim-set.ts';
import { KEY_ORDER, type ClaimSetFile } from '../../../src/domain/format/claim-set.ts';
import { parseClaimSet } from '../../../src/domain/format/parse-claim-set.ts';
import { serializeClaimSet } from '../../../src/domain/format/serialize-claim-set.ts';
import { TRICKY_TEXT, sampleStore } from './sample-store.ts';

const schema = JSON.parse(readFileSync(new URL('../../../public/schema/claim-set-v2.schema.json', import.meta.url), 'utf8')) as object;
const validateSchema = new Ajv2020({ allErrors: true }).compile(schema);
const options = { exportedAt: '2025-02-01T12:00:00.000Z', generator: 'Shuchō test' };

/**
 * Reverses the key order of every object, deeply, and the order of the
 * top-level lists: the serializer must not care. (Nested lists, evidence and
 * provenance sources, are the user's order and are kept.)
 */
function shuffleKeys(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => shuffleKeys(v, depth + 1));
    return depth === 1 ? items.reverse() : items;
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffleKeys(v, depth + 1)]));
}

describe('buildClaimSet', () => {
  it('converts UTF-16 offsets to code points: 𠮷 before the quote shifts it by one', () => {
    const file = buildClaimSet(sampleStore(), options);
    const c1 = file.claims.find((c) => c.id === 'c-1')!;
    const utf16Start = TRICKY_TEXT.indexOf('１２３円');
    expect(c1.selector.start).toBe(utf16Start - 1);
    expect(Array.from(TRICKY_TEXT).slice(c1.selector.start, c1.selector.end).join('')).toBe('１２３円だった');
    // the emoji ZWJ sequence is 5 code points (8 code units)
    const c2 = file.claims.find((c) => c.id === 'c-2')!;
    expect(c2.selector.end - c2.selector.start).toBe(Array.from('👨‍👩‍👧で「か\u3099」').length);
  });

  it('exports one article with only its claims, their discussion and the annotators they name', () => {
    const store = sampleStore();
    store.annotators.push({ id: 'carol', name: 'Carol (no claims)' });
    const one = buildClaimSet(store, { ...options, articleIds: ['art-2'] });
    expect(one.articles.map((a) => a.id)).toEqual(['art-2']);
    expect(one.claims.map((c) => c.id)).toEqual(['c-4']);
    expect(one.reviews).toEqual([]);
    expect(one.provenance).toBeUndefined();
    expect(one.annotators).toEqual([{ id: 'bob', name: 'Bob' }]);
    const all = buildClaimSet(store, options);
    expect(all.annotators.map((a) => a.id)).toEqual(['alice', 'bob', 'carol']);
  });

  it('names an annotator missing from the store by its id, so the file stays valid', () => {
    const store = sampleStore();
    store.annotators = [];
    const file = buildClaimSet(store, options);
    expect(file.annotators).toEqual([{ id: 'alice', name: 'alice' }, { id: 'bob', name: 'bob' }]);
    expect(parseClaimSet(serializeClaimSet(file)).ok).toBe(true);
  });

  it('leaves out local-only fields', () => {
    const store = sampleStore();
    store.articles[0] = { ...store.articles[0]!, translation: 'x', headerImage: 'https://x.test/i.png' };
    const text = serializeClaimSet(buildClaimSet(store, options));
    expect(text).not.toContain('addedAt');
    expect(text).not.toContain('translation');
    expect(text).not.toContain('headerImage');
  });
});

describe('serializeClaimSet', () => {
  const file = buildClaimSet(sampleStore(), options);
  const text = serializeClaimSet(file);

  it('is pretty-printed with 2 spaces and ends with one newline', () => {
    expect(text.startsWith('{\n  "format": "shucho.claim-set",\n  "version": 2,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
  });

  it('writes the same bytes whatever the key and item order of the input', () => {
    expect(serializeClaimSet(shuffleKeys(file) as ClaimSetFile)).toBe(text);
  });

  it('writes keys in the documented order', () => {
    const parsed = JSON.parse(text) as ClaimSetFile;
    expect(Object.keys(parsed)).toEqual(KEY_ORDER.file);
    expect(Object.keys(parsed.claims[0]!)).toEqual(KEY_ORDER.claim.filter((k) => k !== 'suggestedBy'));
    expect(Object.keys(parsed.claims[0]!.selector)).toEqual(KEY_ORDER.selector);
    expect(Object.keys(parsed.reviews.find((r) => r.proposedLabel)!)).toEqual(KEY_ORDER.review);
    expect(Object.keys(parsed.articles[0]!)).toEqual(KEY_ORDER.article);
  });

  it('sorts claims by article, start, end, id', () => {
    const parsed = JSON.parse(text) as ClaimSetFile;
    const keys = parsed.claims.map((c) => [c.articleId, c.selector.start, c.selector.end, c.id] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2] || (a[3] < b[3] ? -1 : 1)));
    expect(keys).toEqual(sorted);
    expect(parsed.claims.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
  });

  it('matches the golden file byte for byte', () => {
    const golden = readFileSync(new URL('../../fixtures/format/v2-sample.json', import.meta.url), 'utf8');
    expect(text).toBe(golden);
  });

  it('passes the published JSON Schema', () => {
    const ok = validateSchema(JSON.parse(text));
    expect(validateSchema.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('the schema rejects what the format forbids', () => {
    const bad = (mutate: (f: ClaimSetFile & Record<string, unknown>) => void): boolean => {
      const copy = JSON.parse(text) as ClaimSetFile & Record<string, unknown>;
      mutate(copy);
      return validateSchema(copy) as boolean;
    };
    expect(bad((f) => { f.claims[0]!.label = 'rumour' as never; })).toBe(false);
    expect(bad((f) => { f.claims[0]!.evidence[0]!.url = 'javascript:alert(1)'; })).toBe(false);
    expect(bad((f) => { f.extra = 1; })).toBe(false);
    expect(bad((f) => { f.reviews.find((r) => r.proposedLabel)!.verdict = 'accept'; })).toBe(false); // a proposedLabel without relabel
    expect(bad((f) => { delete f.reviews.find((r) => r.verdict === 'relabel')!.proposedLabel; })).toBe(false);
    expect(bad((f) => { f.articles[0]!.text = 'a\r\nb'; })).toBe(false);
    expect(bad((f) => { f.claims[0]!.selector.start = -1; })).toBe(false);
    expect(bad((f) => { f.version = 3 as never; })).toBe(false);
  });
});
