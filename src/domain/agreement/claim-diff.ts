import type { ClaimLabel } from '../label.ts';
import { matchSpans } from './span-match.ts';

/** The part of a claim the comparison reads (a `Claim` fits). */
export interface ComparedClaim {
  id: string;
  label: ClaimLabel;
  anchor: { start: number; end: number };
  authorId: string;
  /** Orphans have no place in the text: they are counted, never compared. */
  orphan?: boolean;
}

/**
 * How a row of the diff between annotators A and B reads:
 * - 'match': both tagged the same place (exactly, or overlapping by at least
 *   half of the longer span) with the same label;
 * - 'label': both tagged the same place, with different labels;
 * - 'only-a' / 'only-b': one side tagged a place the other left alone.
 */
export const DIFF_KINDS = ['match', 'label', 'only-a', 'only-b'] as const;
export type DiffKind = (typeof DIFF_KINDS)[number];

/**
 * One row of the diff. `start` and `end` span both claims of the row (the
 * smallest range holding them), in the claims' offsets, so a view can show
 * or scroll to the place. `exact` says whether a pair has the same start and
 * end (false for rows with one claim). `id` is stable for the same two
 * claims, so decisions keyed by it survive a recomputation.
 */
export type DiffRow<C extends ComparedClaim = ComparedClaim> =
  | { id: string; kind: 'match' | 'label'; a: C; b: C; exact: boolean; start: number; end: number }
  | { id: string; kind: 'only-a'; a: C; b: null; exact: false; start: number; end: number }
  | { id: string; kind: 'only-b'; a: null; b: C; exact: false; start: number; end: number };

/** The claims that have a place in the text (orphans left out). */
export function placedClaims<C extends ComparedClaim>(claims: readonly C[]): C[] {
  return claims.filter((claim) => !claim.orphan);
}

/** The id of the row holding claim `a` of A and/or claim `b` of B. */
export function diffRowId(a: { id: string } | null, b: { id: string } | null): string {
  // JSON, not a separator: claim ids from imported files may contain any character.
  return JSON.stringify([a ? a.id : null, b ? b.id : null]);
}

const KIND_ORDER: Record<DiffKind, number> = { match: 0, label: 1, 'only-a': 2, 'only-b': 3 };

/**
 * The diff of annotator A's claims against B's: claims are paired one to one
 * regardless of label, under the overlap rule of span-match.ts (an exact
 * match is one kind of overlap), then each pair is a match or a label
 * disagreement, and the unpaired claims are only in A or only in B. Orphans
 * are left out. Rows come in text order: by start, then the longer first,
 * then kind (match, label, only-a, only-b), then id.
 */
export function diffClaims<C extends ComparedClaim>(a: readonly C[], b: readonly C[]): DiffRow<C>[] {
  const placedA = placedClaims(a);
  const placedB = placedClaims(b);
  const spans = (claims: readonly C[]) => claims.map((claim) => ({ start: claim.anchor.start, end: claim.anchor.end, label: claim.label }));
  const pairs = matchSpans(spans(placedA), spans(placedB), 'overlap');
  const pairedA = new Uint8Array(placedA.length);
  const pairedB = new Uint8Array(placedB.length);
  const rows: DiffRow<C>[] = [];
  for (const pair of pairs) {
    pairedA[pair.a] = 1;
    pairedB[pair.b] = 1;
    const claimA = placedA[pair.a]!;
    const claimB = placedB[pair.b]!;
    rows.push({
      id: diffRowId(claimA, claimB),
      kind: claimA.label === claimB.label ? 'match' : 'label',
      a: claimA,
      b: claimB,
      exact: claimA.anchor.start === claimB.anchor.start && claimA.anchor.end === claimB.anchor.end,
      start: Math.min(claimA.anchor.start, claimB.anchor.start),
      end: Math.max(claimA.anchor.end, claimB.anchor.end),
    });
  }
  placedA.forEach((claim, i) => {
    if (!pairedA[i]) rows.push({ id: diffRowId(claim, null), kind: 'only-a', a: claim, b: null, exact: false, start: claim.anchor.start, end: claim.anchor.end });
  });
  placedB.forEach((claim, i) => {
    if (!pairedB[i]) rows.push({ id: diffRowId(null, claim), kind: 'only-b', a: null, b: claim, exact: false, start: claim.anchor.start, end: claim.anchor.end });
  });
  return rows.sort((x, y) => x.start - y.start || y.end - x.end || KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** How many rows of each kind `rows` holds. */
export function countDiffKinds(rows: readonly DiffRow[]): Record<DiffKind, number> {
  const counts: Record<DiffKind, number> = { match: 0, label: 0, 'only-a': 0, 'only-b': 0 };
  for (const row of rows) counts[row.kind] += 1;
  return counts;
}
