/**
 * The cue engine against the gold sets (test/fixtures/gold/): the scores
 * must not fall below the figures measured when the rules were last changed.
 * When a rule change raises a figure, raise its floor here too (and update
 * docs/suggestions.md); a change that lowers one must say why.
 *
 * Measured on 2025-02-01 with data/cues/{ja,en}.json as shipped:
 * `npm run eval:suggest -- <gold>`.
 * The Japanese figures are in-sample (the Japanese rules were written while
 * reading this article); the English rendering was not used to write rules.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Score } from '../../../src/domain/agreement/span-match.ts';
import type { MatchMode } from '../../../src/domain/agreement/span-match.ts';
import { evaluateSuggestions, loadRuleSet, type Evaluation } from '../../../src/cli/lib/evaluate-suggestions.ts';
import { loadTokenizer } from '../../../src/cli/lib/node-tokenizer.ts';
import { readGoldSet } from '../../../src/cli/lib/read-gold.ts';

type Row = [label: string, mode: MatchMode, precision: number, recall: number, f1: number];

/** nvidia-deepseek.gold.json (ja, 49 claims): measured figures, as exact fractions. */
const JA_FLOORS: Row[] = [
  ['fact', 'exact', 7 / 7, 7 / 9, 14 / 16],
  ['fact', 'overlap', 7 / 7, 7 / 9, 14 / 16],
  ['opinion', 'exact', 13 / 13, 13 / 27, 26 / 40],
  ['opinion', 'overlap', 13 / 13, 13 / 27, 26 / 40],
  ['speculation', 'exact', 10 / 10, 10 / 10, 20 / 20],
  ['speculation', 'overlap', 10 / 10, 10 / 10, 20 / 20],
  ['not-investment-advice', 'exact', 2 / 3, 2 / 3, 4 / 6],
  ['not-investment-advice', 'overlap', 3 / 3, 3 / 3, 6 / 6],
  ['overall', 'exact', 32 / 33, 32 / 49, 64 / 82],
  ['overall', 'overlap', 33 / 33, 33 / 49, 66 / 82],
];

/** nvidia-deepseek-en.gold.json (en rendering, 49 claims). */
const EN_FLOORS: Row[] = [
  ['fact', 'exact', 3 / 5, 3 / 9, 6 / 14],
  ['fact', 'overlap', 4 / 5, 4 / 9, 8 / 14],
  ['opinion', 'exact', 4 / 4, 4 / 27, 8 / 31],
  ['opinion', 'overlap', 4 / 4, 4 / 27, 8 / 31],
  ['speculation', 'exact', 6 / 8, 6 / 10, 12 / 18],
  ['speculation', 'overlap', 7 / 8, 7 / 10, 14 / 18],
  ['not-investment-advice', 'exact', 2 / 3, 2 / 3, 4 / 6],
  ['not-investment-advice', 'overlap', 3 / 3, 3 / 3, 6 / 6],
  ['overall', 'exact', 15 / 20, 15 / 49, 30 / 69],
  ['overall', 'overlap', 18 / 20, 18 / 49, 36 / 69],
];

/** Rounding slack: the floors are exact fractions, the scores are computed the same way. */
const EPSILON = 1e-9;

async function evaluate(file: string): Promise<Evaluation> {
  const gold = readGoldSet(readFileSync(new URL(`../../fixtures/gold/${file}`, import.meta.url), 'utf8'));
  expect(gold.warnings).toEqual([]);
  const tokenize = await loadTokenizer(gold.lang);
  return evaluateSuggestions(gold, tokenize(gold.text), loadRuleSet(gold.lang));
}

function scoreOf(evaluation: Evaluation, label: string, mode: MatchMode): Score {
  const scores = evaluation.labelled[mode];
  return label === 'overall' ? scores.overall : scores.perLabel[label as keyof typeof scores.perLabel];
}

function checkFloors(evaluation: Evaluation, floors: Row[]): void {
  for (const [label, mode, precision, recall, f1] of floors) {
    const score = scoreOf(evaluation, label, mode);
    const where = `${label} ${mode}`;
    expect(score.precision ?? 0, `${where} precision`).toBeGreaterThanOrEqual(precision - EPSILON);
    expect(score.recall ?? 0, `${where} recall`).toBeGreaterThanOrEqual(recall - EPSILON);
    expect(score.f1 ?? 0, `${where} F1`).toBeGreaterThanOrEqual(f1 - EPSILON);
  }
}

describe('cue engine on the gold sets', () => {
  it('finds all three disclaimers of the shipped article, and keeps speculation and disclaimer precision at 0.8 or more', async () => {
    const evaluation = await evaluate('nvidia-deepseek.gold.json');
    const nia = scoreOf(evaluation, 'not-investment-advice', 'overlap');
    expect(nia.tp + nia.fn).toBe(3);
    expect(nia.tp).toBe(3);
    expect(nia.precision).toBeGreaterThanOrEqual(0.8);
    expect(scoreOf(evaluation, 'speculation', 'overlap').precision).toBeGreaterThanOrEqual(0.8);
    checkFloors(evaluation, JA_FLOORS);
  }, 30_000);

  it('stays at or above its floors on the English rendering', async () => {
    checkFloors(await evaluate('nvidia-deepseek-en.gold.json'), EN_FLOORS);
  }, 30_000);
});
