import { describe, expect, it } from 'vitest';
import { NO_CLAIM, TOKEN_CATEGORIES, tokenCategories, type AnchoredLabel } from '../../../../src/domain/agreement/token-labels.ts';
import type { ClaimLabel } from '../../../../src/domain/label.ts';

// Tokens [0,2) [2,3) [3,5) [5,6) [6,10) [11,12): a gap at 10 (a space, say).
const TOKENS = { count: 6, start: Uint32Array.from([0, 2, 3, 5, 6, 11]), end: Uint32Array.from([2, 3, 5, 6, 10, 12]) };

const claim = (start: number, end: number, label: ClaimLabel, orphan?: boolean): AnchoredLabel => ({ anchor: { start, end }, label, ...(orphan ? { orphan } : {}) });
const names = (codes: Uint8Array) => Array.from(codes, (code) => TOKEN_CATEGORIES[code]);

describe('tokenCategories', () => {
  it("is 'none' everywhere without claims", () => {
    expect(Array.from(tokenCategories(TOKENS, []))).toEqual([0, 0, 0, 0, 0, 0]);
    expect(NO_CLAIM).toBe(0);
  });

  it('labels the tokens a claim covers', () => {
    expect(names(tokenCategories(TOKENS, [claim(2, 6, 'opinion')]))).toEqual(['none', 'opinion', 'opinion', 'opinion', 'none', 'none']);
  });

  it('counts a partly covered token when at least half of it is covered', () => {
    // Token [6,10): 2 of 4 characters covered → counted; 1 of 4 → not.
    expect(names(tokenCategories(TOKENS, [claim(8, 10, 'fact')]))[4]).toBe('fact');
    expect(names(tokenCategories(TOKENS, [claim(7, 8, 'fact')]))[4]).toBe('none');
    expect(names(tokenCategories(TOKENS, [claim(9, 12, 'fact')]))).toEqual(['none', 'none', 'none', 'none', 'none', 'fact']);
    // Tokens [0,2) and [3,5): 1 of 2 each → counted.
    expect(names(tokenCategories(TOKENS, [claim(1, 4, 'speculation')]))).toEqual(['speculation', 'speculation', 'speculation', 'none', 'none', 'none']);
  });

  it('gives a token covered twice to the larger overlap, then to the earlier label', () => {
    // Token [6,10): 'opinion' covers 3, 'fact' covers 2 (overlapping claims).
    expect(names(tokenCategories(TOKENS, [claim(6, 8, 'fact'), claim(7, 10, 'opinion')]))[4]).toBe('opinion');
    // Equal overlap 2 and 2: 'fact' comes before 'speculation' in CLAIM_LABELS, whatever the claim order.
    const split = [claim(8, 10, 'speculation'), claim(6, 8, 'fact')];
    expect(names(tokenCategories(TOKENS, split))[4]).toBe('fact');
    expect(names(tokenCategories(TOKENS, [...split].reverse()))[4]).toBe('fact');
  });

  it('ignores orphan and empty claims', () => {
    expect(Array.from(tokenCategories(TOKENS, [claim(0, 12, 'fact', true), claim(3, 3, 'opinion')]))).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('uses the label order of CLAIM_LABELS for codes 1 to 4', () => {
    const codes = tokenCategories(TOKENS, [claim(0, 2, 'fact'), claim(2, 3, 'opinion'), claim(3, 5, 'speculation'), claim(5, 6, 'not-investment-advice')]);
    expect(Array.from(codes)).toEqual([1, 2, 3, 4, 0, 0]);
  });
});
