import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpans, MATCH_MODES, scoreSpans, type LabelledSpan } from '../../../src/domain/agreement/span-match.ts';
import { matchSpansEveryPair, scoreSpansEveryPair } from './every-pair-match.ts';

const LABELS = ['fact', 'opinion', 'speculation'] as const;
type L = (typeof LABELS)[number];

/** Spans piled into a short text so that overlaps, ties and empty spans are common. */
const span = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 16 }), label: fc.constantFrom(...LABELS) }).map(
  ({ start, length, label }): LabelledSpan<L> => ({ start, end: start + length, label }),
);
const spans = fc.array(span, { maxLength: 24 });

describe('matchSpans against the every-pair oracle', () => {
  it('pairs exactly like trying every pair, in both modes, with and without sameLabel', () => {
    fc.assert(
      fc.property(spans, spans, fc.constantFrom(...MATCH_MODES), fc.boolean(), (a, b, mode, sameLabel) => {
        expect(matchSpans(a, b, mode, { sameLabel })).toEqual(matchSpansEveryPair(a, b, mode, { sameLabel }));
      }),
      { seed: 20250127, numRuns: 2000 },
    );
  });

  it('finds a partner that starts before A by up to the length of A (the edge of its search window)', () => {
    // A [10,20) and B [0,20): overlap 10 is half of B's 20 → a match, B starting lenA before A.
    const a = [{ start: 10, end: 20, label: 'fact' }];
    const b = [{ start: 0, end: 20, label: 'fact' }];
    expect(matchSpans(a, b, 'overlap')).toEqual([{ a: 0, b: 0, overlap: 10 }]);
    expect(matchSpans(a, [{ start: -1, end: 20, label: 'fact' }], 'overlap')).toEqual([]);
  });

  it('matches empty spans only exactly', () => {
    const empty = [{ start: 5, end: 5, label: 'fact' }];
    expect(matchSpans(empty, [{ start: 5, end: 5, label: 'fact' }], 'overlap')).toEqual([{ a: 0, b: 0, overlap: 0 }]);
    expect(matchSpans(empty, [{ start: 4, end: 6, label: 'fact' }], 'overlap')).toEqual([]);
  });
});

describe('scoreSpans against the every-pair oracle', () => {
  it('scores exactly like pairing label by label with every pair', () => {
    fc.assert(
      fc.property(spans, spans, (gold, predicted) => {
        for (const mode of MATCH_MODES) {
          expect(scoreSpans(gold, predicted, ['fact', 'opinion'], mode)).toEqual(scoreSpansEveryPair(gold, predicted, ['fact', 'opinion'], mode));
        }
      }),
      { seed: 1234, numRuns: 1000 },
    );
  });
});
