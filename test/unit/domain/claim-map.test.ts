import { describe, expect, it } from 'vitest';
import { claimMapMarks } from '../../../src/domain/claim-map.ts';
import { CLAIM_LABELS } from '../../../src/domain/label.ts';

describe('claim map marks', () => {
  it('groups claims by slice and label, pointing at the first claim of each group', () => {
    const claims = [
      { id: 'a', label: 'fact' as const, start: 0 },
      { id: 'b', label: 'fact' as const, start: 5 },
      { id: 'c', label: 'opinion' as const, start: 6 },
      { id: 'd', label: 'fact' as const, start: 99 },
    ];
    expect(claimMapMarks(claims, 100, 10)).toEqual([
      { label: 'fact', slot: 0, count: 2, firstId: 'a' },
      { label: 'opinion', slot: 0, count: 1, firstId: 'c' },
      { label: 'fact', slot: 9, count: 1, firstId: 'd' },
    ]);
  });

  it('keeps the number of marks bounded however many claims there are', () => {
    const claims = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, label: CLAIM_LABELS[i % 4]!, start: i * 40 }));
    expect(claimMapMarks(claims, 200_000).length).toBeLessThanOrEqual(120 * 4);
  });
});
