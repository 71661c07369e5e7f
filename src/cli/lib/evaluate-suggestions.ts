/**
 * Runs the cue engine on a gold set's article and scores its suggestions
 * against the gold claims (shared by src/cli/eval-suggest.ts and the floor
 * test test/unit/cues/gold-floor.test.ts).
 */
import { readFileSync } from 'node:fs';
import type { ArticleLanguage } from '../../domain/article.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../domain/label.ts';
import type { TokenTable } from '../../domain/token.ts';
import { MATCH_MODES, compareSpans, scoreSpans, type LabelledSpan, type MatchMode, type Score, type SpanScores } from '../../domain/agreement/span-match.ts';
import type { CueRuleSet } from '../../domain/cues/cue-rule.ts';
import { parseCueRuleSet } from '../../domain/cues/parse-cue-rules.ts';
import { suggestClaims } from '../../domain/cues/suggest-claims.ts';
import type { Suggestion } from '../../domain/cues/suggestion.ts';
import type { GoldSet } from './read-gold.ts';

/** Reads and checks data/cues/<lang>.json. */
export function loadRuleSet(lang: ArticleLanguage): CueRuleSet {
  const url = new URL(`../../../data/cues/${lang}.json`, import.meta.url);
  return parseCueRuleSet(JSON.parse(readFileSync(url, 'utf8')));
}

/** The label used when spans are compared without their labels. */
const ANY = 'any';

export interface Evaluation {
  gold: GoldSet;
  suggestions: Suggestion[];
  /** Labelled scores per label and micro overall, by match mode. */
  labelled: Record<MatchMode, SpanScores<ClaimLabel>>;
  /** Span detection only: every label counted as the same. */
  unlabelled: Record<MatchMode, Score>;
}

/** Suggests claims on the gold article with `rules` and scores them against the gold spans. */
export function evaluateSuggestions(gold: GoldSet, tokens: TokenTable, rules: CueRuleSet): Evaluation {
  const suggestions = suggestClaims(gold.text, tokens, rules);
  const predicted: LabelledSpan<ClaimLabel>[] = suggestions.map((s) => ({ start: s.start, end: s.end, label: s.label }));
  const strip = (spans: readonly LabelledSpan[]) => spans.map((s) => ({ start: s.start, end: s.end, label: ANY }));
  const labelled = {} as Record<MatchMode, SpanScores<ClaimLabel>>;
  const unlabelled = {} as Record<MatchMode, Score>;
  for (const mode of MATCH_MODES) {
    labelled[mode] = scoreSpans(gold.spans, predicted, CLAIM_LABELS, mode);
    unlabelled[mode] = scoreSpans(strip(gold.spans), strip(predicted), [ANY], mode).overall;
  }
  return { gold, suggestions, labelled, unlabelled };
}

function ratio(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(3);
}

/**
 * The evaluation as a plain-text table: one row per label and match mode,
 * then the micro average and the unlabelled (span-only) scores. "n/a" marks
 * an undefined ratio (see `Score` in span-match.ts).
 */
export function formatEvaluation(evaluation: Evaluation): string {
  const { gold, suggestions, labelled, unlabelled } = evaluation;
  const header = ['label', 'match', 'gold', 'sugg.', 'tp', 'fp', 'fn', 'precision', 'recall', 'F1'];
  const rows: string[][] = [];
  const add = (name: string, mode: MatchMode, score: Score) =>
    rows.push([name, mode, String(score.tp + score.fn), String(score.tp + score.fp), String(score.tp), String(score.fp), String(score.fn), ratio(score.precision), ratio(score.recall), ratio(score.f1)]);
  for (const label of CLAIM_LABELS) for (const mode of MATCH_MODES) add(label, mode, labelled[mode].perLabel[label]);
  for (const mode of MATCH_MODES) add('overall (micro)', mode, labelled[mode].overall);
  for (const mode of MATCH_MODES) add('spans, any label', mode, unlabelled[mode]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  return [
    `Cue suggestions vs gold: ${gold.articleId} (${gold.lang}), ${gold.spans.length} gold claims, ${suggestions.length} suggestions`,
    'exact = same start and end; overlap = shared text >= half of the longer span (one-to-one, greedy)',
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

/**
 * Lists, for the overlap mode, which suggestions matched a gold claim of
 * the same label, which matched one of another label, and what was missed:
 * the material for improving rules.
 */
export function formatDetails(evaluation: Evaluation): string {
  const { gold, suggestions } = evaluation;
  const quote = (span: { start: number; end: number }) => {
    const text = gold.text.slice(span.start, span.end).replace(/\n/g, '⏎');
    return text.length > 60 ? `${text.slice(0, 57)}...` : text;
  };
  const diff = compareSpans<ClaimLabel>(gold.spans, suggestions, 'overlap');
  const pairOf = new Map(diff.matched.map((pair) => [pair.b, pair.a]));
  const lines: string[] = ['', 'Suggestions, paired one-to-one with gold claims by overlap (labels ignored for pairing):'];
  for (const s of suggestions) {
    const g = pairOf.get(s);
    const verdict = !g ? 'NO GOLD' : g.label === s.label ? 'ok' : `gold says ${g.label}`;
    lines.push(`  [${verdict}] ${s.label} by ${s.ruleId}: ${quote(s)}${s.note ? `  (${s.note})` : ''}`);
  }
  const found = new Set(diff.matched.filter((pair) => pair.a.label === pair.b.label).map((pair) => pair.a));
  lines.push('', 'Gold claims without a suggestion of the same label:');
  for (const span of gold.spans) if (!found.has(span)) lines.push(`  ${span.label}: ${quote(span)}`);
  return lines.join('\n');
}
