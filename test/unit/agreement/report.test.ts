import { describe, expect, it } from 'vitest';
import { agreementReport, f1Note, type AnnotatorClaims } from '../../../src/domain/agreement/report.ts';
import type { ComparedClaim } from '../../../src/domain/agreement/claim-diff.ts';
import type { ClaimLabel } from '../../../src/domain/label.ts';
import type { TokenSpans } from '../../../src/domain/agreement/token-labels.ts';

/** Tokens of `size` code units each over `text`. */
function evenTokens(text: string, size = 2): TokenSpans {
  const count = Math.ceil(text.length / size);
  return { count, start: Uint32Array.from({ length: count }, (_, i) => i * size), end: Uint32Array.from({ length: count }, (_, i) => Math.min(text.length, (i + 1) * size)) };
}

let ids = 0;
const claim = (authorId: string, start: number, end: number, label: ClaimLabel, orphan = false): ComparedClaim => ({
  id: `c${++ids}`,
  authorId,
  label,
  anchor: { start, end },
  ...(orphan ? { orphan } : {}),
});

const set = (annotatorId: string, ...spans: [number, number, ClaimLabel][]): AnnotatorClaims => ({
  annotatorId,
  claims: spans.map(([start, end, label]) => claim(annotatorId, start, end, label)),
});

/** Ten characters, five tokens of two. */
const TEN = 'abcdefghij';
/** Eight characters, four tokens of two. */
const EIGHT = 'abcdefgh';

describe('agreementReport with two annotators', () => {
  it('with no claims on one side: kappa 0 (chance), F1 0, alpha below 0', () => {
    const report = agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [set('a', [0, 4, 'fact']), set('b')] });
    const [pair] = report.pairs;
    // Tokens: A fact fact none none none; B none x5. Observed 3/5, expected 3/5 · 1 = 3/5 → kappa 0.
    expect(pair!.kappa).toMatchObject({ value: 0, observed: 0.6, expected: 0.6, n: 5, note: null });
    expect(pair!.kappa.confusion[1]![0]).toBe(2);
    expect(pair!.kappa.confusion[0]![0]).toBe(3);
    expect(pair!.exact.overall).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0, f1: 0 });
    expect(f1Note(pair!.exact.overall)).toBeNull();
    // Alpha: 10 values, pooled none 8, fact 2; D_o = 4/10, D_e = (100 - 64 - 4) / 90 → 1 - 0.4 / (32/90) = -0.125.
    expect(report.alpha.value).toBeCloseTo(-0.125, 12);
    expect(report.fleiss).toBeNull();
    expect(report.annotators.map((a) => [a.claims, a.unitsPerCategory])).toEqual([
      [1, [3, 2, 0, 0, 0]],
      [0, [5, 0, 0, 0, 0]],
    ]);
  });

  it('with no claims at all: every figure is undefined, with its reason', () => {
    const report = agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [set('a'), set('b')] });
    const [pair] = report.pairs;
    expect(pair!.exact.overall.f1).toBeNull();
    expect(f1Note(pair!.overlap.overall)).toBe('no-spans');
    expect(f1Note(pair!.overlap.perLabel.fact)).toBe('no-spans');
    // Every token 'none' on both sides: expected agreement 1, kappa 0 / 0.
    expect(pair!.kappa).toMatchObject({ value: null, observed: 1, expected: 1, note: 'no-variation' });
    expect(report.alpha).toMatchObject({ value: null, note: 'no-variation' });
  });

  it('with no tokens: kappa and alpha have no units', () => {
    const report = agreementReport({ text: '', tokens: evenTokens(''), sets: [set('a'), set('b')] });
    expect(report.pairs[0]!.kappa.note).toBe('no-units');
    expect(report.alpha.note).toBe('no-units');
  });

  it('with total agreement: 1 everywhere', () => {
    const report = agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [set('a', [0, 4, 'fact'], [6, 10, 'opinion']), set('b', [6, 10, 'opinion'], [0, 4, 'fact'])] });
    const [pair] = report.pairs;
    expect(pair!.kappa.value).toBe(1);
    expect(pair!.exact.overall).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(pair!.overlap.perLabel.opinion.f1).toBe(1);
    expect(pair!.exact.perLabel.speculation.f1).toBeNull();
    expect(report.alpha.value).toBe(1);
  });

  it('with total disagreement: kappa -1, F1 0', () => {
    // A: fact fact none none; B: none none fact fact. Observed 0, expected 1/2 → kappa -1.
    const report = agreementReport({ text: EIGHT, tokens: evenTokens(EIGHT), sets: [set('a', [0, 4, 'fact']), set('b', [4, 8, 'fact'])] });
    const [pair] = report.pairs;
    expect(pair!.kappa).toMatchObject({ value: -1, observed: 0, expected: 0.5 });
    expect(pair!.overlap.overall).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    // Alpha: 8 values, 4 fact and 4 none; D_o = 1, D_e = (64 - 32) / 56 = 4/7 → 1 - 7/4.
    expect(report.alpha.value).toBeCloseTo(-0.75, 12);
  });

  it('counts an overlap of at least half the longer span as a match, and only as overlap', () => {
    // A [0,6) fact, B [2,6) fact: overlap 4 >= 6 / 2.
    const report = agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [set('a', [0, 6, 'fact']), set('b', [2, 6, 'fact'])] });
    const [pair] = report.pairs;
    expect(pair!.exact.overall).toMatchObject({ tp: 0, f1: 0 });
    expect(pair!.overlap.overall).toMatchObject({ tp: 1, f1: 1 });
    // Tokens A f f f n n, B n f f n n: observed 4/5, expected 3/5·2/5 + 2/5·3/5 = 12/25 → kappa 8/13.
    expect(pair!.kappa.value).toBeCloseTo(8 / 13, 12);
    // An overlap below half of the longer span does not match: A [0,6), B [4,8) share 2 < 3.
    const apart = agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [set('a', [0, 6, 'fact']), set('b', [4, 8, 'fact'])] });
    expect(apart.pairs[0]!.overlap.overall).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('leaves kappa undefined when both tag everything with one label (expected agreement 1), F1 still 1', () => {
    const report = agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [set('a', [0, 10, 'fact']), set('b', [0, 10, 'fact'])] });
    expect(report.pairs[0]!.kappa).toMatchObject({ value: null, expected: 1, note: 'no-variation' });
    expect(report.pairs[0]!.exact.overall.f1).toBe(1);
  });

  it('leaves orphans out of every figure and counts them', () => {
    const a: AnnotatorClaims = { annotatorId: 'a', claims: [claim('a', 0, 4, 'fact'), claim('a', 4, 10, 'opinion', true)] };
    const report = agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [a, set('b', [0, 4, 'fact'])] });
    expect(report.annotators[0]).toMatchObject({ claims: 1, orphans: 1, perLabel: { fact: 1, opinion: 0 } });
    expect(report.pairs[0]!.kappa.value).toBe(1);
    expect(report.pairs[0]!.exact.overall.f1).toBe(1);
  });

  it('does not count whitespace-only tokens (CRLF, ideographic space) as units', () => {
    // '𠮷野' (3 units) '\r\n' '\u3000' 'か\u3099' '１２３' '👨‍👩‍👧' (8 units)
    const text = '𠮷野\r\n\u3000か\u3099１２３👨‍👩‍👧';
    const bounds = [0, 3, 5, 6, 8, 11, 19];
    const tokens: TokenSpans = { count: 6, start: Uint32Array.from(bounds.slice(0, -1)), end: Uint32Array.from(bounds.slice(1)) };
    expect(text.length).toBe(19);
    const report = agreementReport({ text, tokens, sets: [set('a', [0, 3, 'fact'], [11, 19, 'opinion']), set('b', [0, 3, 'fact'], [6, 11, 'opinion'])] });
    expect(report.units).toBe(4);
    expect(report.skippedTokens).toBe(2);
    // Units 𠮷野, か゛, １２３, family: A fact none none opinion; B fact opinion opinion none.
    expect(report.annotators.map((x) => x.unitsPerCategory)).toEqual([
      [2, 1, 1, 0, 0],
      [1, 1, 2, 0, 0],
    ]);
    expect(report.pairs[0]!.kappa.observed).toBe(0.25);
  });

  it('refuses fewer than two annotators and the same annotator twice', () => {
    expect(() => agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [set('a')] })).toThrow(RangeError);
    expect(() => agreementReport({ text: TEN, tokens: evenTokens(TEN), sets: [set('a'), set('a')] })).toThrow(/twice/);
  });
});

describe('agreementReport with three annotators', () => {
  it("gives every pair's kappa and F1, Fleiss' kappa and alpha", () => {
    // Tokens: A f f n n; B f f n n; C f n n n.
    const report = agreementReport({ text: EIGHT, tokens: evenTokens(EIGHT), sets: [set('a', [0, 4, 'fact']), set('b', [0, 4, 'fact']), set('c', [0, 2, 'fact'])] });
    expect(report.pairs.map((p) => p.annotators)).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
    ]);
    expect(report.pairs[0]!.kappa.value).toBe(1);
    // A vs C: observed 3/4, expected 2/4·1/4 + 2/4·3/4 = 1/2 → kappa 1/2.
    expect(report.pairs[1]!.kappa.value).toBeCloseTo(0.5, 12);
    // C's [0,2) shares 2 with [0,4): half of the longer → an overlap match.
    expect(report.pairs[1]!.overlap.overall.f1).toBe(1);
    expect(report.pairs[1]!.exact.overall.f1).toBe(0);
    // Fleiss: P_i = 1, 1/3, 1, 1 → P̄ = 5/6; p_fact = 5/12, p_none = 7/12 → P̄e = 74/144; kappa = 23/35.
    expect(report.fleiss!.value).toBeCloseTo(23 / 35, 12);
    expect(report.fleiss!.categoryTotals).toEqual([7, 5, 0, 0, 0]);
    // Alpha: 12 values (fact 5, none 7); one disagreeing unit of 3 values gives o_fn = o_nf = 2·1/2 = 1 → D_o = 2/12.
    // D_e = (144 - 25 - 49) / (12·11) = 70/132 → alpha = 1 - (2/12) / (70/132) = 1 - 22/70.
    expect(report.alpha.value).toBeCloseTo(1 - 22 / 70, 12);
  });
});
