import { describe, expect, it } from 'vitest';
import { adjudicate, adjudicatedClaimSet, choiceFor, defaultChoice, isChoiceValid, type AdjudicationChoice } from '../../src/domain/adjudication.ts';
import { diffClaims, type DiffRow } from '../../src/domain/agreement/claim-diff.ts';
import type { Article } from '../../src/domain/article.ts';
import type { Claim } from '../../src/domain/claim.ts';
import type { Clock } from '../../src/domain/ids.ts';
import type { ClaimLabel } from '../../src/domain/label.ts';
import { parseClaimSet } from '../../src/domain/format/parse-claim-set.ts';
import { serializeClaimSet } from '../../src/domain/format/serialize-claim-set.ts';
import { createAnchor } from '../../src/domain/anchoring/describe-quote.ts';
import { AIKO, AIKO_CLAIMS, ARTICLE_ID, ARTICLE_TEXT, BEN, BEN_CLAIMS, CONTENT_HASH } from '../fixtures/compare/nvidia-pair.ts';

/** A clock giving adj-1, adj-2 ... and a fixed time. */
function testClock(): Clock {
  let n = 0;
  return { now: () => '2025-02-01T12:00:00.000Z', newId: () => `adj-${++n}` };
}

const ARTICLE: Article = { id: ARTICLE_ID, title: 'NVIDIA', lang: 'ja', text: ARTICLE_TEXT, contentHash: CONTENT_HASH, addedAt: '2025-01-27T00:00:00.000Z' };
const ADJUDICATOR = { id: 'annotator-dai', name: 'Dai' };

const rows = () => diffClaims(AIKO_CLAIMS, BEN_CLAIMS);
const rowOf = (list: DiffRow<Claim>[], aId: string | null, bId: string | null) => list.find((row) => (row.a?.id ?? null) === aId && (row.b?.id ?? null) === bId)!;

describe('defaultChoice', () => {
  it('keeps agreements and one-sided claims, and leaves label disagreements to a person', () => {
    const list = rows();
    expect(defaultChoice(rowOf(list, 'aiko-1', 'ben-1'))).toEqual({ take: 'A' });
    expect(defaultChoice(rowOf(list, 'aiko-6', null))).toEqual({ take: 'A' });
    expect(defaultChoice(rowOf(list, null, 'ben-6'))).toEqual({ take: 'B' });
    expect(defaultChoice(rowOf(list, 'aiko-4', 'ben-4'))).toBeNull();
  });

  it('is overridden by a decision', () => {
    const row = rowOf(rows(), 'aiko-4', 'ben-4');
    expect(choiceFor(row, new Map([[row.id, { take: 'B' }]]))).toEqual({ take: 'B' });
  });
});

describe('adjudicate', () => {
  it('reports the undecided rows and leaves them out', () => {
    const result = adjudicate(rows(), new Map(), ADJUDICATOR.id, testClock());
    expect(result.undecided).toEqual([rowOf(rows(), 'aiko-4', 'ben-4').id]);
    // 8 rows: 4 matches + 1 only-A + 2 only-B kept by default, the label row undecided.
    expect(result.claims).toHaveLength(7);
  });

  it('takes A, takes B, edits a label or drops, with provenance per claim and new ids by the adjudicator', () => {
    const list = rows();
    const decisions = new Map<string, AdjudicationChoice>([
      [rowOf(list, 'aiko-4', 'ben-4').id, { take: 'edited', label: 'fact' }],
      [rowOf(list, 'aiko-5', 'ben-5').id, { take: 'B' }],
      [rowOf(list, 'aiko-6', null).id, { take: 'drop' }],
      [rowOf(list, null, 'ben-7').id, { take: 'drop' }],
    ]);
    const result = adjudicate(list, decisions, ADJUDICATOR.id, testClock());
    expect(result.undecided).toEqual([]);
    const byExact = new Map(result.claims.map((claim, i) => [claim.anchor.exact, { claim, provenance: result.provenance[i]! }]));
    expect(result.claims).toHaveLength(6);
    for (const { claim, provenance } of byExact.values()) {
      expect(claim.authorId).toBe(ADJUDICATOR.id);
      expect(claim.id).toMatch(/^adj-\d+$/);
      expect(provenance.claimId).toBe(claim.id);
      expect(claim).toMatchObject({ createdAt: '2025-02-01T12:00:00.000Z', updatedAt: '2025-02-01T12:00:00.000Z', version: 1 });
    }
    // A match: A's claim, both annotators behind it.
    expect(byExact.get('NVIDIAは時間外取引で11%下落しています。')).toMatchObject({ claim: { label: 'fact' }, provenance: { side: 'A', sources: [AIKO.id, BEN.id] } });
    // The overlap match, B's (shorter) span taken.
    expect(byExact.get('基本的に数台のChromebookで訓練されたとのことです。')).toMatchObject({ claim: { label: 'fact' }, provenance: { side: 'B', sources: [BEN.id, AIKO.id] } });
    // The label disagreement, edited to a third label: made from both readings.
    expect(byExact.get('それはAIが原因です。')).toMatchObject({ claim: { label: 'fact' }, provenance: { side: 'edited', sources: [AIKO.id, BEN.id] } });
    // Only in B, kept by default.
    expect(byExact.get('この話は皆さんが考えているよりもずっと複雑です。')).toMatchObject({ provenance: { side: 'B', sources: [BEN.id] } });
    // Dropped rows are gone.
    expect(byExact.has('彼らは何処かからチップを入手しているはずです。')).toBe(false);
    expect(byExact.has('これは投資アドバイスではありませんが')).toBe(false);
  });

  it("takes one side of a label disagreement with only that side's annotator as source", () => {
    const list = rows();
    const row = rowOf(list, 'aiko-4', 'ben-4');
    const result = adjudicate([row], new Map([[row.id, { take: 'B' }]]), ADJUDICATOR.id, testClock());
    expect(result.claims[0]!.label).toBe('speculation');
    expect(result.provenance[0]).toEqual({ claimId: 'adj-1', sources: [BEN.id], side: 'B' });
  });

  it('refuses a decision that cannot apply to its row', () => {
    const row = rowOf(rows(), 'aiko-6', null);
    expect(isChoiceValid(row, { take: 'B' })).toBe(false);
    expect(isChoiceValid(row, { take: 'edited', label: 'fact', base: 'B' })).toBe(false);
    expect(isChoiceValid(row, { take: 'edited', label: 'fact' })).toBe(true);
    expect(() => adjudicate([row], new Map([[row.id, { take: 'B' }]]), ADJUDICATOR.id, testClock())).toThrow(RangeError);
  });

  it('keeps offsets and quotes with astral characters, ZWJ emoji and combining marks as they are', () => {
    const text = '𠮷野家の株価は１２３円。\r\n👨‍👩‍👧か\u3099と言う。';
    const mk = (id: string, authorId: string, start: number, end: number, label: ClaimLabel): Claim => ({
      id, articleId: 'x', anchor: createAnchor(text, start, end, 'h'), label, gloss: '', note: '', evidence: [], authorId, createdAt: 't', updatedAt: 't', version: 1,
    });
    const family = text.indexOf('👨');
    // 𠮷 is two UTF-16 code units: the sentence ends at 13, where CRLF starts.
    expect(text.indexOf('\r')).toBe(13);
    const a = [mk('a1', 'A', 0, 13, 'fact')];
    const b = [mk('b1', 'B', family, text.length, 'opinion')];
    const result = adjudicate(diffClaims(a, b), new Map(), 'Z', testClock());
    expect(result.claims.map((claim) => claim.anchor.exact)).toEqual(['𠮷野家の株価は１２３円。', '👨‍👩‍👧か\u3099と言う。']);
    expect(result.claims[1]!.anchor.start).toBe(family);
  });
});

describe('adjudicatedClaimSet', () => {
  it('exports a native claim set that reads back, with the provenance block and the annotators it names', () => {
    const list = rows();
    const label = rowOf(list, 'aiko-4', 'ben-4');
    const result = adjudicate(list, new Map([[label.id, { take: 'A' }]]), ADJUDICATOR.id, testClock());
    const file = adjudicatedClaimSet({ article: ARTICLE, result, adjudicator: ADJUDICATOR, annotators: [AIKO, BEN], exportedAt: '2025-02-01T12:00:00.000Z', generator: 'test' });
    const parsed = parseClaimSet(serializeClaimSet(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.claims).toHaveLength(8);
    expect(parsed.value.claims.every((claim) => claim.authorId === ADJUDICATOR.id)).toBe(true);
    expect(parsed.value.provenance).toHaveLength(8);
    expect(new Set(parsed.value.provenance!.map((p) => p.claimId))).toEqual(new Set(parsed.value.claims.map((c) => c.id)));
    expect(parsed.value.annotators).toEqual([AIKO, BEN, ADJUDICATOR].sort((x, y) => (x.id < y.id ? -1 : 1)));
    expect(parsed.value.reviews).toEqual([]);
  });

  it('refuses to export while rows are undecided', () => {
    const result = adjudicate(rows(), new Map(), ADJUDICATOR.id, testClock());
    expect(() => adjudicatedClaimSet({ article: ARTICLE, result, adjudicator: ADJUDICATOR, annotators: [], exportedAt: 'x', generator: 'test' })).toThrow(/undecided/);
  });
});
