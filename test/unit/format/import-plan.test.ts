import { describe, expect, it } from 'vitest';
import type { TextAnchor } from '../../../src/domain/claim.ts';
import { createAnchor } from '../../../src/domain/anchoring/describe-quote.ts';
import { resolveAnchor } from '../../../src/domain/anchoring/anchor.ts';
import { buildClaimSet, type ClaimStore } from '../../../src/domain/format/build-claim-set.ts';
import type { ClaimSetFile } from '../../../src/domain/format/claim-set.ts';
import { planImport, type PlanOptions } from '../../../src/domain/format/import-plan.ts';
import { parseClaimSet } from '../../../src/domain/format/parse-claim-set.ts';
import { describeByCodePoints } from '../../../src/domain/format/place-claim.ts';
import { resolveConflicts } from '../../../src/domain/format/resolve-conflicts.ts';
import { serializeClaimSet } from '../../../src/domain/format/serialize-claim-set.ts';
import { TRICKY_TEXT, article, countingClock, noReanchor, sampleStore, sha256, storeOf } from './sample-store.ts';

const exportOptions = { exportedAt: '2025-02-01T12:00:00.000Z', generator: 'Shuchō test' };
const empty: ClaimStore = { articles: [], claims: [], annotators: [] };

/** Export → text → parse, as a real import would see it. */
function exported(store: ClaimStore): ClaimSetFile {
  const result = parseClaimSet(serializeClaimSet(buildClaimSet(store, exportOptions)));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const options = (extra: Partial<PlanOptions> = {}): PlanOptions => ({ reanchor: resolveAnchor, clock: countingClock(), describeAnchor: createAnchor, ...extra });

describe('planImport into an empty store', () => {
  it('adds everything, converting code points back to the same UTF-16 anchors', () => {
    const store = sampleStore();
    const plan = planImport(exported(store), empty, options());
    expect(plan.conflicts).toEqual([]);
    expect(plan.add.claim.map((c) => c.anchor)).toEqual(store.claims.map((c) => c.anchor));
    expect(plan.articles.add.map((a) => a.addedAt)).toEqual(['2025-02-01T00:00:01.000Z', '2025-02-01T00:00:02.000Z']);
    expect(plan.report).toMatchObject({ added: 2 + 4 + 2 + 2 + 2 + 1 + 1, updated: 0, skipped: 0, conflicts: 0, orphans: 0 });
  });

  it('round trip: export, parse, plan, export again gives the same bytes apart from exportedAt', () => {
    const store = sampleStore();
    const first = serializeClaimSet(buildClaimSet(store, exportOptions));
    const plan = planImport(exported(store), empty, options());
    const { rows } = resolveConflicts(plan, new Map());
    const second = serializeClaimSet(buildClaimSet(storeOf(rows), { ...exportOptions, exportedAt: '2030-01-01T00:00:00.000Z' }));
    expect(second.replace('"2030-01-01T00:00:00.000Z"', '"2025-02-01T12:00:00.000Z"')).toBe(first);
  });
});

describe('orphans survive a round trip', () => {
  it('an orphan (taken on a lost text, offsets past the end) exports, imports as an orphan again, and exports the same', () => {
    const store = sampleStore();
    const lost = { ...store.claims[3]!, id: 'c-orphan', orphan: true, anchor: { start: 120, end: 131, exact: 'Lost quote.', prefix: 'A ', suffix: '', contentHash: sha256('an older text') } };
    store.claims.push(lost);
    const first = serializeClaimSet(buildClaimSet(store, exportOptions));
    const parsed = parseClaimSet(first);
    expect(parsed.ok && parsed.warnings).toEqual([{ path: '/articles/1', message: expect.stringMatching(/^1 claim\(s\) on article "art-2"/) }]);
    const plan = planImport(exported(store), empty, options());
    expect(plan.add.claim.find((c) => c.id === 'c-orphan')).toEqual(lost);
    expect(plan.report.orphans).toBe(1);
    const { rows } = resolveConflicts(plan, new Map());
    expect(serializeClaimSet(buildClaimSet(storeOf(rows), exportOptions))).toBe(first);
  });
});

describe('planImport into a store that has some of it', () => {
  it('importing the same file again changes nothing', () => {
    const store = sampleStore();
    const plan = planImport(exported(store), store, options());
    expect(plan.articles).toEqual({ add: [], skipped: 2, reanchored: [], merged: [] });
    expect(Object.values(plan.add).flat()).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.report).toMatchObject({ added: 0, updated: 0, skipped: 2 + 2 + 4 + 2 + 2 + 1 + 1, conflicts: 0 });
    const { rows, report } = resolveConflicts(plan, new Map());
    expect(Object.values(rows).flat()).toEqual([]);
    expect(report.added + report.updated).toBe(0);
  });

  it('a claim changed on one side is a conflict holding both versions', () => {
    const store = sampleStore();
    const local = { ...store, claims: store.claims.map((c) => (c.id === 'c-2' ? { ...c, label: 'fact' as const, version: 2 } : c)) };
    const plan = planImport(exported(store), local, options());
    expect(plan.conflicts).toHaveLength(1);
    const conflict = plan.conflicts[0]!;
    expect(conflict).toMatchObject({ kind: 'claim', key: 'claim:c-2', id: 'c-2', copyId: 'id-1' });
    expect(conflict.mine).toMatchObject({ label: 'fact', version: 2 });
    expect(conflict.theirs).toMatchObject({ label: 'opinion', version: 1 });
    expect(plan.report.byKind.claim).toEqual({ added: 0, updated: 0, skipped: 3, conflicts: 1 });
  });

  it('resolves conflicts: mine keeps the local row, theirs overwrites, both adds a copy with a new id', () => {
    const store = sampleStore();
    const local = { ...store, claims: store.claims.map((c) => ({ ...c, note: `${c.note} (edited)` })) };
    const plan = planImport(exported(store), local, options());
    expect(plan.conflicts.map((c) => c.key)).toEqual(['claim:c-1', 'claim:c-2', 'claim:c-3', 'claim:c-4']);
    const { rows, report } = resolveConflicts(plan, new Map([['claim:c-1', 'theirs'], ['claim:c-2', 'both'], ['claim:c-3', 'mine']]));
    expect(rows.claim.map((c) => c.id)).toEqual(['c-1', 'id-2']);
    expect(rows.claim[0]!.note).toBe(store.claims[0]!.note);
    expect(rows.claim[1]).toEqual({ ...plan.conflicts[1]!.theirs, id: 'id-2' });
    expect(report.byKind.claim).toEqual({ added: 1, updated: 1, skipped: 0, conflicts: 4 });
    expect(report).toMatchObject({ added: 1, updated: 1, conflicts: 4 });
  });

  it('an annotator renamed locally is a conflict; "both" cannot apply and keeps mine', () => {
    const store = sampleStore();
    const local = { ...store, annotators: [{ id: 'alice', name: 'Alice S.' }, { id: 'bob', name: 'Bob' }] };
    const plan = planImport(exported(store), local, options());
    expect(plan.conflicts.map((c) => c.key)).toEqual(['annotator:alice']);
    expect(plan.conflicts[0]!.copyId).toBeUndefined();
    expect(resolveConflicts(plan, new Map([['annotator:alice', 'both']])).rows.annotator).toEqual([]);
    expect(resolveConflicts(plan, new Map([['annotator:alice', 'theirs']])).rows.annotator).toEqual([{ id: 'alice', name: 'Alice 有紀' }]);
  });

  it('threads and reviews are compared too', () => {
    const store = sampleStore();
    const local = { ...store, threads: [{ claimId: 'c-3', resolvedBy: 'bob', resolvedAt: '2025-01-31T00:00:00.000Z' }], reviews: [store.reviews[0]!] };
    const plan = planImport(exported(store), local, options());
    expect(plan.conflicts.map((c) => c.key)).toEqual(['thread:c-3']);
    expect(plan.add.review.map((r) => r.id)).toEqual(['r-2']);
  });
});

describe('planImport onto another version of an article', () => {
  // The local copy was edited: a sentence inserted at the start shifts every offset.
  const newText = `速報：株価が動いた。\n${TRICKY_TEXT.replace('NVIDIAは暴落した。', 'NVIDIAは急落した。')}`;

  it('re-anchors incoming claims onto the local text by their quotes', () => {
    const store = sampleStore();
    const local = { articles: [article('art-1', newText)], claims: [], annotators: [] };
    const plan = planImport(exported(store), local, options());
    expect(plan.articles.reanchored).toEqual(['art-1']);
    const placed = plan.add.claim.filter((c) => c.articleId === 'art-1');
    expect(placed).toHaveLength(3);
    for (const c of placed) {
      expect(c.orphan).toBeUndefined();
      expect(c.anchor.contentHash).toBe(sha256(newText));
      expect(newText.slice(c.anchor.start, c.anchor.end)).toBe(c.anchor.exact);
    }
    expect(placed.map((c) => c.anchor.exact)).toEqual(['１２３円だった', '👨‍👩‍👧で「か\u3099」', '株価は下がるだろう']);
  });

  it('keeps claims it cannot place as orphans with their original quote, never dropping them', () => {
    const store = sampleStore();
    const local = { articles: [article('art-1', 'まったく別の記事です。')], claims: [], annotators: [] };
    const plan = planImport(exported(store), local, options());
    const orphans = plan.add.claim.filter((c) => c.orphan);
    expect(orphans.map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3']);
    expect(orphans.map((c) => c.anchor)).toEqual(store.claims.slice(0, 3).map((c) => c.anchor));
    expect(plan.report.orphans).toBe(3);
    // Importing again is still a no-op: the orphans compare equal.
    const again = planImport(exported(store), { ...local, claims: plan.add.claim }, options());
    expect(again.add.claim.filter((c) => c.articleId === 'art-1')).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });

  it('merges an article stored under another id with the same text', () => {
    const store = sampleStore();
    const twin = article('my-copy', TRICKY_TEXT);
    const plan = planImport(exported(store), { articles: [twin], claims: [], annotators: [] }, options());
    expect(plan.articles.merged).toEqual([{ incomingId: 'art-1', localId: 'my-copy' }]);
    expect(plan.add.claim.filter((c) => c.articleId === 'my-copy').map((c) => c.id)).toEqual(['c-1', 'c-2', 'c-3']);
  });

  it('does not trust a hash alone: the same hash with another text is re-anchored', () => {
    const store = sampleStore();
    const liar = { ...article('art-1', newText), contentHash: sha256(TRICKY_TEXT) };
    const reanchored: TextAnchor[] = [];
    const plan = planImport(exported(store), { articles: [liar], claims: [], annotators: [] }, options({ reanchor: (text, hash, anchor) => { reanchored.push(anchor); return resolveAnchor(text, hash, anchor); } }));
    expect(plan.articles.reanchored).toEqual(['art-1']);
    expect(reanchored.length).toBeGreaterThan(0);
    for (const c of plan.add.claim.filter((x) => x.articleId === 'art-1')) expect(newText.slice(c.anchor.start, c.anchor.end)).toBe(c.anchor.exact);
  });

  it('ignores a re-anchoring result that is not a range of the text', () => {
    const store = sampleStore();
    const local = { articles: [article('art-1', newText)], claims: [], annotators: [] };
    const plan = planImport(exported(store), local, options({ reanchor: () => ({ start: 1, end: 99_999 }) }));
    expect(plan.add.claim.filter((c) => c.articleId === 'art-1').every((c) => c.orphan)).toBe(true);
  });
});

describe('describeByCodePoints (fallback anchor description)', () => {
  it('keeps up to 32 code points of context and never splits a surrogate pair', () => {
    const text = `${'𠮷'.repeat(40)}X${'😀'.repeat(40)}`;
    const anchor = describeByCodePoints(text, 80, 81, 'h');
    expect(anchor.exact).toBe('X');
    expect(anchor.prefix).toBe('𠮷'.repeat(32));
    expect(anchor.suffix).toBe('😀'.repeat(32));
  });

  it('a plan without describeAnchor uses it', () => {
    const store = sampleStore();
    const local = { articles: [article('art-1', `前置き。${TRICKY_TEXT}`)], claims: [], annotators: [] };
    const plan = planImport(exported(store), local, { reanchor: resolveAnchor, clock: countingClock() });
    const c1 = plan.add.claim.find((c) => c.id === 'c-1')!;
    expect(c1.anchor.prefix).toBe(`前置き。𠮷野家の株価は`);
  });

  it('noReanchor makes every claim on a changed text an orphan', () => {
    const store = sampleStore();
    const local = { articles: [article('art-2', 'Changed.')], claims: [], annotators: [] };
    const plan = planImport(exported(store), local, options({ reanchor: noReanchor }));
    expect(plan.add.claim.find((c) => c.id === 'c-4')!.orphan).toBe(true);
  });
});
