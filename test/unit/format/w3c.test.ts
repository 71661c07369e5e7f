import { describe, expect, it } from 'vitest';
import { buildClaimSet } from '../../../src/domain/format/build-claim-set.ts';
import type { ClaimSetFile } from '../../../src/domain/format/claim-set.ts';
import { parseW3CExport } from '../../../src/domain/format/w3c-import.ts';
import { ANNO_CONTEXT, claimIri, guessNoteLanguage, serializeW3C, toW3CCollection } from '../../../src/domain/format/w3c-export.ts';
import { evaluate, loadManifest, readSample, sampleNames } from './w3c-harness.ts';
import { sampleStore } from './sample-store.ts';

const musts = loadManifest('annotations/annotationMusts.test');
const file = buildClaimSet(sampleStore(), { exportedAt: '2025-02-01T12:00:00.000Z', generator: 'Shuchō test' });
const collectionId = 'urn:uuid:9b2f4a34-2a5c-4f0e-8f7e-0d7c3b5c9a11';
const collection = toW3CCollection(file, { collectionId, label: 'Sample' });
const annotations = (collection.first as { items: Record<string, unknown>[] }).items;

describe('the W3C test-suite harness', () => {
  it('loads every MUST assertion of the manifest', () => {
    expect(musts.length).toBe(54);
  });

  it('passes the suite\'s correct annotation samples', () => {
    // anno11-13 use Composite, List and Independents targets, which this copy
    // of 3.2-targetObjectsRecognized does not recognise (a known gap of the
    // suite); the collection and example files are not annotations.
    const names = sampleNames('correct').filter((n) => /^anno\d/.test(n) && !['anno11.json', 'anno12.json', 'anno13.json'].includes(n));
    expect(names.length).toBeGreaterThan(35);
    for (const name of names) expect({ name, ...evaluate(musts, readSample('correct', name)) }).toMatchObject({ name, failures: [] });
  });

  it('fails every one of the suite\'s incorrect samples (so it can fail)', () => {
    const names = sampleNames('incorrect');
    const parsed = names.filter((n) => readSample('incorrect', n) !== undefined);
    expect(parsed.length).toBe(names.length - 1); // anno1.json is deliberately not JSON at all
    for (const name of parsed) expect(evaluate(musts, readSample('incorrect', name)).failures.length, name).toBeGreaterThan(0);
  });
});

describe('toW3CCollection', () => {
  it('every exported annotation passes every MUST assertion of the suite', () => {
    expect(annotations).toHaveLength(file.claims.length);
    for (const annotation of annotations) expect(evaluate(musts, annotation)).toEqual({ failures: [], warnings: [] });
  });

  it('a broken annotation of ours fails the suite (the check is not vacuous)', () => {
    const broken = (change: (a: Record<string, unknown>) => void): number => {
      const copy = structuredClone(annotations[0]!);
      change(copy);
      return evaluate(musts, copy).failures.length;
    };
    expect(broken((a) => { delete a['@context']; })).toBeGreaterThan(0);
    expect(broken((a) => { a.created = '28 Jan 2025'; })).toBeGreaterThan(0);
    expect(broken((a) => { a.bodyValue = 'x'; })).toBeGreaterThan(0);
    expect(broken((a) => { (a.target as Record<string, unknown>).selector = [{ type: 'TextPositionSelector', start: -1, end: 2 }]; })).toBeGreaterThan(0);
  });

  it('maps a claim as documented', () => {
    const c1 = file.claims.find((c) => c.id === 'c-1')!;
    expect(annotations[0]).toEqual({
      '@context': [ANNO_CONTEXT, { shucho: 'urn:shucho:ns:' }],
      id: 'urn:shucho:claim:c-1',
      type: 'Annotation',
      motivation: 'classifying',
      created: '2025-01-28T10:00:00.000Z',
      modified: '2025-01-28T10:00:00.000Z',
      creator: { id: 'urn:shucho:annotator:alice', type: 'Person', name: 'Alice 有紀' },
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: 'fact', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'commenting', value: c1.note, format: 'text/plain', language: 'en' },
        { type: 'TextualBody', purpose: 'describing', value: 'It was 123 yen', format: 'text/plain', language: 'en' },
        { type: 'SpecificResource', purpose: 'linking', source: 'https://example.com/a?x=1,2', 'shucho:evidence': { id: 'e-1', title: 'Source "A"', quote: 'line1\nline2', stance: 'supports', accessed: '2025-01-28', archiveUrl: undefined } },
        expect.objectContaining({ type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/b' }),
      ],
      target: {
        type: 'SpecificResource',
        source: 'https://note.com/example/n/n123',
        selector: [
          { type: 'TextQuoteSelector', exact: '１２３円だった', prefix: 'の株価は', suffix: '。\n家族' },
          { type: 'TextPositionSelector', start: 7, end: 14 },
        ],
      },
      'shucho:claim': { id: 'c-1', articleId: 'art-1', contentHash: c1.contentHash, version: 1, suggestedBy: undefined },
    });
    // No empty bodies: c-4 has neither note nor gloss.
    const c4 = annotations.find((a) => a.id === 'urn:shucho:claim:c-4')!;
    expect((c4.body as unknown[]).length).toBe(1);
    expect((c4.target as { source: string }).source).toBe('urn:shucho:article:art-2');
  });

  it('uses urn:uuid for UUID ids and escapes other ids', () => {
    expect(claimIri('0F8FAD5B-D9CB-469F-A165-70867728950E')).toBe('urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(claimIri('a b/c')).toBe('urn:shucho:claim:a%20b%2Fc');
  });

  it('tags a note\'s language only when the script says so', () => {
    expect(guessNoteLanguage('家族について')).toBe('ja');
    expect(guessNoteLanguage('A hedge, “clearly”.')).toBe('en');
    expect(guessNoteLanguage('Цены упадут')).toBeUndefined();
  });

  it('wraps the annotations in a collection with one embedded page', () => {
    expect(collection).toMatchObject({ id: collectionId, type: 'AnnotationCollection', label: 'Sample', total: 4, first: { id: `${collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0 } });
  });
});

describe('parseW3CExport', () => {
  /** What survives the W3C form: claims, their articles and authors (no review discussion). */
  const claimsOnly = (f: ClaimSetFile): ClaimSetFile => ({ ...f, reviews: [], comments: [], threads: [], provenance: undefined } as ClaimSetFile);

  it('reads our own export back without loss of claims', () => {
    const result = parseW3CExport(serializeW3C(file, { collectionId }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([]);
    const { provenance: _omit, ...expected } = claimsOnly(file);
    expect(result.value).toEqual(expected);
  });

  it('finds articles stored locally when the file does not carry them', () => {
    const trimmed = JSON.parse(serializeW3C(file, { collectionId })) as Record<string, unknown>;
    delete trimmed['shucho:articles'];
    const missing = parseW3CExport(JSON.stringify(trimmed));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.errors.map((e) => e.path)).toEqual([0, 1, 2, 3].map((i) => `/first/items/${i}/target/source`));
    if (!missing.ok) expect(missing.errors[0]!.message).toBe('Article "art-1" is neither in this file nor stored locally.');
    const result = parseW3CExport(JSON.stringify(trimmed), { articles: file.articles });
    expect(result.ok && result.value.claims).toEqual(file.claims);
  });

  it('reports problems at the annotation they come from', () => {
    const edited = JSON.parse(serializeW3C(file, { collectionId })) as { first: { items: { target: { selector: { start?: number }[] } }[] } };
    edited.first.items[2]!.target.selector[1]!.start = 0;
    const result = parseW3CExport(JSON.stringify(edited));
    expect(result).toMatchObject({ ok: false, errors: [{ path: '/first/items/2', message: expect.stringMatching(/^selector\/exact: "exact" is not the article text/) }] });
  });

  it('refuses what is not our collection, and hostile keys', () => {
    expect(parseW3CExport('{"type":"Annotation"}')).toMatchObject({ ok: false, errors: [{ path: '' }] });
    expect(parseW3CExport('{"type":"AnnotationCollection","@context":"http://www.w3.org/ns/anno.jsonld","first":"urn:x"}')).toMatchObject({ ok: false, errors: [{ path: '/first' }] });
    expect(parseW3CExport('{"type":"AnnotationCollection","__proto__":{"x":1}}')).toMatchObject({ ok: false, errors: [{ path: '/__proto__' }] });
    const noTarget = JSON.parse(serializeW3C(file, { collectionId })) as { first: { items: Record<string, unknown>[] } };
    delete noTarget.first.items[1]!.target;
    expect(parseW3CExport(JSON.stringify(noTarget))).toMatchObject({ ok: false, errors: [{ path: '/first/items/1/target' }] });
  });
});
