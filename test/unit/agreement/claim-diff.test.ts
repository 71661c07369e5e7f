import { describe, expect, it } from 'vitest';
import { countDiffKinds, diffClaims, diffRowId, type ComparedClaim } from '../../../src/domain/agreement/claim-diff.ts';
import type { ClaimLabel } from '../../../src/domain/label.ts';

const claim = (id: string, start: number, end: number, label: ClaimLabel, orphan = false): ComparedClaim => ({
  id,
  authorId: id.startsWith('a') ? 'A' : 'B',
  label,
  anchor: { start, end },
  ...(orphan ? { orphan } : {}),
});

describe('diffClaims', () => {
  it('sorts pairs into matches and label disagreements, and the rest into only-A and only-B, in text order', () => {
    const a = [claim('a1', 0, 10, 'fact'), claim('a2', 20, 30, 'opinion'), claim('a3', 40, 50, 'fact'), claim('a4', 60, 70, 'speculation')];
    const b = [claim('b4', 80, 90, 'opinion'), claim('b3', 42, 50, 'fact'), claim('b2', 20, 30, 'speculation'), claim('b1', 0, 10, 'fact')];
    const rows = diffClaims(a, b);
    expect(rows.map((row) => [row.kind, row.a?.id ?? null, row.b?.id ?? null, row.exact, row.start, row.end])).toEqual([
      ['match', 'a1', 'b1', true, 0, 10],
      ['label', 'a2', 'b2', true, 20, 30],
      ['match', 'a3', 'b3', false, 40, 50],
      ['only-a', 'a4', null, false, 60, 70],
      ['only-b', null, 'b4', false, 80, 90],
    ]);
    expect(countDiffKinds(rows)).toEqual({ match: 2, label: 1, 'only-a': 1, 'only-b': 1 });
  });

  it('gives a row the range holding both claims, so a view can show both', () => {
    const [row] = diffClaims([claim('a1', 4, 12, 'fact')], [claim('b1', 2, 10, 'opinion')]);
    expect(row).toMatchObject({ kind: 'label', start: 2, end: 12, exact: false });
  });

  it('leaves orphans out', () => {
    const rows = diffClaims([claim('a1', 0, 10, 'fact', true)], [claim('b1', 0, 10, 'fact')]);
    expect(rows.map((row) => row.kind)).toEqual(['only-b']);
  });

  it('lists everything on one side when the other is empty', () => {
    expect(diffClaims([], [claim('b1', 0, 4, 'fact'), claim('b2', 6, 8, 'fact')]).map((row) => row.kind)).toEqual(['only-b', 'only-b']);
    expect(diffClaims([], [])).toEqual([]);
  });

  it('keys rows by the ids of their claims, unambiguously', () => {
    const [row] = diffClaims([claim('a|1', 0, 4, 'fact')], [claim('b1', 0, 4, 'fact')]);
    expect(row!.id).toBe(diffRowId({ id: 'a|1' }, { id: 'b1' }));
    expect(diffRowId({ id: 'x|' }, null)).not.toBe(diffRowId({ id: 'x' }, { id: '' }));
  });
});
