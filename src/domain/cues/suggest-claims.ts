/**
 * The cue engine: runs the rules of a rule set over an article's tokens and
 * returns the claims it suggests.
 *
 * Pipeline (docs/suggestions.md explains each step with examples):
 * 1. Cut the text into sentences and clauses (segments.ts).
 * 2. Match every rule in every sentence (or clause, per `within`); each match
 *    proposes its sentence, or the clause(s) it lies in (`span`). One
 *    candidate per rule and span.
 * 3. Drop candidates already covered by an existing claim.
 * 4. Merge candidates of the same label in the same sentence into one,
 *    spanning from the first to the last: "one claim per label per sentence",
 *    the granularity of the gold set. The merged suggestion takes the rule,
 *    cue and explanation of its strongest member.
 * 5. Resolve overlaps between what is left (necessarily different labels, or
 *    different sentences): strongest first (higher priority, then the
 *    shorter span, then the earlier start, then the rule id); a suggestion
 *    overlapping one already kept is dropped. Suggestions never overlap.
 * 6. Drop what was dismissed (its id, or the id of any candidate merged into
 *    it) or is covered by an existing claim, then sort by start.
 * A dismissed suggestion is removed after step 5 on purpose: the weaker
 * suggestion it beat does not pop up in its place.
 *
 * "Covered": an existing claim covers a suggestion when they share at least
 * half of the suggestion's length (2 * overlap >= suggestion length).
 */
import type { TokenTable, Token } from '../token.ts';
import { tokenAt } from '../token.ts';
import { overlapLength } from '../agreement/span-match.ts';
import type { CueRule, CueRuleSet } from './cue-rule.ts';
import { matchAt, type PatternMatch } from './match-pattern.ts';
import { createRuleIndex, type RuleIndex } from './rule-index.ts';
import { cutSentences, isWhitespaceToken, type Segment, type Sentence } from './segments.ts';
import { suggestionId, type Suggestion } from './suggestion.ts';

export interface SuggestOptions {
  /** Spans of the claims already made on the article (UTF-16). */
  existing?: readonly { start: number; end: number }[];
  /** Ids of suggestions the user dismissed. */
  dismissed?: ReadonlySet<string>;
}

/** What a rule matched, before merging and conflicts. */
interface Candidate {
  rule: CueRule;
  id: string;
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
  note?: string;
  sentence: number;
  /** Ids of the candidates merged into this one (itself included). */
  members: string[];
}

/** True when the span `claim` covers at least half of `suggestion` (see module comment). */
export function covers(claim: { start: number; end: number }, suggestion: { start: number; end: number }): boolean {
  const length = suggestion.end - suggestion.start;
  return length > 0 && 2 * overlapLength(claim, suggestion) >= length;
}

function contentTokens(tokens: readonly Token[], segment: Segment): number[] {
  const window: number[] = [];
  for (let i = segment.tokenStart; i < segment.tokenEnd; i++) if (!isWhitespaceToken(tokens[i]!)) window.push(i);
  return window;
}

/** The span a match proposes: its sentence, or from the clause of its first token to that of its last. */
function spanOf(rule: CueRule, sentence: Sentence, firstToken: number, lastToken: number): { start: number; end: number } {
  if (rule.span === 'sentence') return { start: sentence.start, end: sentence.end };
  // A token between clauses (a cutting 読点) belongs to the clause after it when it starts the match, before it when it ends it.
  const firstClause = sentence.clauses.find((clause) => clause.tokenEnd > firstToken) ?? sentence.clauses[sentence.clauses.length - 1]!;
  const lastClause = sentence.clauses.findLast((clause) => clause.tokenStart <= lastToken) ?? sentence.clauses[0]!;
  return { start: firstClause.start, end: Math.max(firstClause.end, lastClause.end) };
}

function noteOf(rule: CueRule, match: PatternMatch, text: string, tokens: readonly Token[], window: readonly number[]): string | undefined {
  if (rule.note === undefined) return undefined;
  return rule.note.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const range = match.captures.get(name);
    if (!range) return '…';
    return text.slice(tokens[window[range[0]]!]!.start, tokens[window[range[1] - 1]!]!.end);
  });
}

const indexes = new WeakMap<readonly CueRule[], RuleIndex>();

function indexOf(rules: readonly CueRule[]): RuleIndex {
  let index = indexes.get(rules);
  if (!index) indexes.set(rules, (index = createRuleIndex(rules)));
  return index;
}

function candidatesOf(text: string, tokens: readonly Token[], sentences: readonly Sentence[], rules: readonly CueRule[]): Candidate[] {
  const index = indexOf(rules);
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  const rulesHere: CueRule[] = [];
  sentences.forEach((sentence, s) => {
    const sentenceWindow = contentTokens(tokens, sentence);
    const viable = index.viableIn(sentenceWindow.map((i) => tokens[i]!));
    if (viable.size === 0) return;
    // Where each token of the sentence window sits in its clause's window (-1: between clauses).
    const clauseWindows = sentence.clauses.map((clause) => contentTokens(tokens, clause));
    const clauseOf = new Map<number, [number[], number]>();
    for (const window of clauseWindows) window.forEach((token, at) => clauseOf.set(token, [window, at]));
    for (let at = 0; at < sentenceWindow.length; at++) {
      const tokenIndex = sentenceWindow[at]!;
      rulesHere.length = 0;
      index.candidatesAt(tokens[tokenIndex]!, viable, rulesHere);
      for (const rule of rulesHere) {
        let window: readonly number[] = sentenceWindow;
        let position = at;
        if (rule.within === 'clause') {
          const place = clauseOf.get(tokenIndex);
          if (!place) continue;
          [window, position] = place;
        }
        const match = matchAt(rule, tokens, window, position);
        if (!match) continue;
        const firstToken = window[match.first]!;
        const lastToken = window[match.last - 1]!;
        const { start, end } = spanOf(rule, sentence, firstToken, lastToken);
        const id = suggestionId(rule.id, start, end);
        if (seen.has(id)) continue; // positions are visited left to right: the leftmost match has the longest capture
        seen.add(id);
        const note = noteOf(rule, match, text, tokens, window);
        candidates.push({
          rule,
          id,
          start,
          end,
          cueStart: tokens[firstToken]!.start,
          cueEnd: tokens[lastToken]!.end,
          ...(note === undefined ? {} : { note }),
          sentence: s,
          members: [id],
        });
      }
    }
  });
  return candidates;
}

/** Stronger first: priority, then shorter span, then earlier start, then rule id. */
function strongerFirst(a: Candidate, b: Candidate): number {
  return (
    b.rule.priority - a.rule.priority ||
    a.end - a.start - (b.end - b.start) ||
    a.start - b.start ||
    (a.rule.id < b.rule.id ? -1 : a.rule.id > b.rule.id ? 1 : 0)
  );
}

function mergeSameLabel(candidates: readonly Candidate[]): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const candidate of candidates) {
    const key = `${candidate.sentence}\u0000${candidate.rule.label}`;
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }
  const merged: Candidate[] = [];
  for (const group of groups.values()) {
    if (group.length === 1) {
      merged.push(group[0]!);
      continue;
    }
    const ranked = [...group].sort(strongerFirst);
    const strongest = ranked[0]!;
    const start = Math.min(...group.map((c) => c.start));
    const end = Math.max(...group.map((c) => c.end));
    const notes = [...new Set(ranked.map((c) => c.note).filter((note): note is string => note !== undefined))];
    merged.push({
      ...strongest,
      id: suggestionId(strongest.rule.id, start, end),
      start,
      end,
      ...(notes.length > 0 ? { note: notes.join('; ') } : {}),
      members: group.flatMap((c) => c.members),
    });
  }
  return merged;
}

function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  // Spans never leave their sentence, so only candidates of one sentence can overlap.
  const bySentence = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const group = bySentence.get(candidate.sentence);
    if (group) group.push(candidate);
    else bySentence.set(candidate.sentence, [candidate]);
  }
  const kept: Candidate[] = [];
  for (const group of bySentence.values()) {
    const keptHere: Candidate[] = [];
    for (const candidate of group.sort(strongerFirst)) {
      if (keptHere.every((other) => overlapLength(other, candidate) === 0)) keptHere.push(candidate);
    }
    kept.push(...keptHere);
  }
  return kept;
}

/**
 * Suggests claims for `text` from its tokens `table` with the rules of
 * `ruleSet` (whose `lang` decides sentence and clause cutting), following
 * the pipeline in the module comment. Never returns a suggestion that an
 * existing claim covers or that was dismissed; returned suggestions do not
 * overlap and are sorted by start.
 */
export function suggestClaims(text: string, table: TokenTable, ruleSet: CueRuleSet, options: SuggestOptions = {}): Suggestion[] {
  const existing = options.existing ?? [];
  const dismissed = options.dismissed ?? new Set<string>();
  const isCovered = (span: { start: number; end: number }) => existing.some((claim) => covers(claim, span));
  const tokens: Token[] = [];
  for (let i = 0; i < table.count; i++) tokens.push(tokenAt(table, text, i));
  const sentences = cutSentences(text, tokens, ruleSet.lang);
  const candidates = candidatesOf(text, tokens, sentences, ruleSet.rules).filter((c) => !isCovered(c));
  return resolveOverlaps(mergeSameLabel(candidates))
    .filter((c) => !isCovered(c) && !c.members.some((id) => dismissed.has(id)) && !dismissed.has(c.id))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((c) => ({
      id: c.id,
      ruleId: c.rule.id,
      label: c.rule.label,
      start: c.start,
      end: c.end,
      cue: c.rule.cue,
      cueStart: c.cueStart,
      cueEnd: c.cueEnd,
      explanation: c.rule.explanation,
      ...(c.note === undefined ? {} : { note: c.note }),
    }));
}
