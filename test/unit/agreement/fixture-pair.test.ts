import { TokenizerBuilder } from '@patdx/kuromoji';
import NodeDictionaryLoader from '@patdx/kuromoji/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { countDiffKinds, diffClaims } from '../../../src/domain/agreement/claim-diff.ts';
import { agreementReport } from '../../../src/domain/agreement/report.ts';
import { TOKEN_CATEGORIES } from '../../../src/domain/agreement/token-labels.ts';
import type { Claim } from '../../../src/domain/claim.ts';
import type { TokenTable } from '../../../src/domain/token.ts';
import { tokenizeJapanese } from '../../../src/nlp/encode-tokens.ts';
import { AIKO, AIKO_CLAIMS, ARTICLE_TEXT, BEN, BEN_CLAIMS, EXPECTED } from '../../fixtures/compare/nvidia-pair.ts';

/**
 * The prepared pair on the shipped article, with real kuromoji tokens. The
 * F1s are counted by hand (see the table in nvidia-pair.ts); kappa and alpha
 * are recomputed here from first principles (a token is inside a claim or
 * not; the formulas written out), not through token-labels.ts, kappa.ts or
 * krippendorff.ts, and must equal both the report and expected.json.
 */

let table: TokenTable;

beforeAll(async () => {
  const tokenizer = await new TokenizerBuilder({ loader: new NodeDictionaryLoader({ dic_path: 'node_modules/@patdx/kuromoji/dict/' }) }).build();
  table = tokenizeJapanese(ARTICLE_TEXT, (part) => tokenizer.tokenize(part));
}, 30_000);

/** Per non-blank token, the category name of the claim holding it whole, else 'none'; fails if a claim cuts a token. */
function categoriesByHand(claims: readonly Claim[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < table.count; i++) {
    const start = table.start[i]!;
    const end = table.end[i]!;
    if (/^\s*$/.test(ARTICLE_TEXT.slice(start, end))) continue;
    let category = 'none';
    for (const claim of claims) {
      const inside = claim.anchor.start <= start && end <= claim.anchor.end;
      const apart = end <= claim.anchor.start || claim.anchor.end <= start;
      expect(inside || apart, `claim ${claim.id} cuts token ${i}`).toBe(true);
      if (inside) category = claim.label;
    }
    out.push(category);
  }
  return out;
}

/** Cohen's kappa and nominal alpha of two category lists, written out. */
function kappaAndAlphaByHand(a: string[], b: string[]): { kappa: number; alpha: number } {
  const n = a.length;
  const agree = a.filter((category, i) => category === b[i]).length;
  const share = (list: string[], category: string) => list.filter((c) => c === category).length / n;
  const expected = TOKEN_CATEGORIES.reduce((sum, c) => sum + share(a, c) * share(b, c), 0);
  const kappa = (agree / n - expected) / (1 - expected);
  // Alpha, two coders, no missing values: 2n pairable values; a disagreeing unit adds 2 off-diagonal coincidences.
  const values = 2 * n;
  const observedDisagreement = (2 * (n - agree)) / values;
  const pooled = TOKEN_CATEGORIES.map((c) => a.filter((x) => x === c).length + b.filter((x) => x === c).length);
  const expectedDisagreement = (values * values - pooled.reduce((sum, count) => sum + count * count, 0)) / (values * (values - 1));
  return { kappa, alpha: 1 - observedDisagreement / expectedDisagreement };
}

describe('the prepared pair on the shipped article', () => {
  it('has the span F1 counted by hand', () => {
    // Exact: 3 matches (NVIDIA, PRICES, BIG_DEAL); A has 6 claims, B 7 → F1 = 2·3 / (6 + 7).
    expect(EXPECTED.exactF1).toBe((2 * 3) / (6 + 7));
    // Overlap: the Chromebook pair matches too → F1 = 2·4 / (6 + 7).
    expect(EXPECTED.overlapF1).toBe((2 * 4) / (6 + 7));
    const report = agreementReport({ text: ARTICLE_TEXT, tokens: table, sets: [{ annotatorId: AIKO.id, claims: AIKO_CLAIMS }, { annotatorId: BEN.id, claims: BEN_CLAIMS }] });
    const [pair] = report.pairs;
    expect(pair!.exact.overall).toMatchObject({ tp: 3, fp: 4, fn: 3 });
    expect(pair!.exact.overall.f1).toBeCloseTo(EXPECTED.exactF1, 12);
    expect(pair!.overlap.overall).toMatchObject({ tp: 4, fp: 3, fn: 2 });
    expect(pair!.overlap.overall.f1).toBeCloseTo(EXPECTED.overlapF1, 12);
    // Per label, exact: fact 2 of 3 each side; opinion 1 (BIG_DEAL) of 2 each; speculation 0 (A CHIPS, B CAUSE); n-i-a only B.
    expect(pair!.exact.perLabel.fact.f1).toBeCloseTo(4 / 6, 12);
    expect(pair!.overlap.perLabel.fact.f1).toBe(1);
    expect(pair!.exact.perLabel.opinion.f1).toBeCloseTo(2 / 4, 12);
    expect(pair!.exact.perLabel.speculation).toMatchObject({ tp: 0, fp: 1, fn: 1, f1: 0 });
    expect(pair!.exact.perLabel['not-investment-advice']).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 });
  });

  it('has the token kappa and alpha of an independent computation', () => {
    const a = categoriesByHand(AIKO_CLAIMS);
    const b = categoriesByHand(BEN_CLAIMS);
    const byHand = kappaAndAlphaByHand(a, b);
    const report = agreementReport({ text: ARTICLE_TEXT, tokens: table, sets: [{ annotatorId: AIKO.id, claims: AIKO_CLAIMS }, { annotatorId: BEN.id, claims: BEN_CLAIMS }] });
    expect(report.units).toBe(a.length);
    expect(report.units).toBe(EXPECTED.units);
    expect(report.skippedTokens).toBe(table.count - a.length);
    expect(report.pairs[0]!.kappa.value).toBeCloseTo(byHand.kappa, 12);
    expect(report.alpha.value).toBeCloseTo(byHand.alpha, 12);
    expect(EXPECTED.kappa).toBeCloseTo(byHand.kappa, 12);
    expect(EXPECTED.alpha).toBeCloseTo(byHand.alpha, 12);
    // Sanity: partial agreement, well above chance, below perfect.
    expect(byHand.kappa).toBeGreaterThan(0.3);
    expect(byHand.kappa).toBeLessThan(0.9);
  });

  it('lists the diff rows: four matches (one by overlap), a label disagreement, one only in A, two only in B', () => {
    const rows = diffClaims(AIKO_CLAIMS, BEN_CLAIMS);
    const counts = countDiffKinds(rows);
    expect({ match: counts.match, label: counts.label, onlyA: counts['only-a'], onlyB: counts['only-b'] }).toEqual(EXPECTED.rows);
    expect(rows.filter((row) => row.kind === 'match' && !row.exact).map((row) => [row.a?.id, row.b?.id])).toEqual([['aiko-5', 'ben-5']]);
    expect(rows.find((row) => row.kind === 'label')).toMatchObject({ a: { id: 'aiko-4', label: 'opinion' }, b: { id: 'ben-4', label: 'speculation' } });
    // Text order.
    expect(rows.map((row) => row.start)).toEqual([...rows.map((row) => row.start)].sort((x, y) => x - y));
  });
});
