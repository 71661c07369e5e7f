/**
 * The shape of a cue rule once loaded and checked (see `parse-cue-rules.ts`
 * for the JSON it is read from, and docs/suggestions.md for the linguists'
 * guide). A rule is data: a token pattern that, when it matches inside a
 * sentence, proposes the sentence or the clause around the match as a claim
 * of some label.
 */
import type { ArticleLanguage } from '../article.ts';
import type { ClaimLabel } from '../label.ts';

/** The token fields a matcher can test; names follow `Token` in token.ts. */
export const TOKEN_FIELDS = ['surface', 'baseForm', 'pos', 'posDetail', 'conjugation'] as const;
export type TokenField = (typeof TOKEN_FIELDS)[number];

/**
 * A test on one token: every field given must hold one of the listed values
 * (exact string equality; English baseForm is lower case). An empty test
 * matches any token.
 */
export type TokenTest = Partial<Record<TokenField, readonly string[]>>;

/** One element of a pattern that consumes tokens. */
export interface TokenMatcher {
  kind: 'token';
  test: TokenTest;
  /** When set, the token must pass the test above AND one of these. */
  anyOf?: readonly TokenTest[];
  /** Inverts the whole test: the token must NOT pass it (it is still consumed). */
  negate: boolean;
  /** The element may be absent. */
  optional: boolean;
  /** The element may match several tokens in a row (greedy), at most `max`. */
  repeat: boolean;
  max: number;
  /** Name under which the matched text is kept, for the note (`{name}`). */
  capture?: string;
}

/** Skips 0 to `max` tokens of any kind (fewest first). */
export interface GapElement {
  kind: 'gap';
  max: number;
}

export type PatternElement = TokenMatcher | GapElement;

/** What a rule proposes: the whole sentence, or the clause(s) the match lies in. */
export type SpanKind = 'sentence' | 'clause';

/** A rule's localized explanation, shown next to the suggestion. */
export interface Explanation {
  ja: string;
  en: string;
}

/** A sentence a rule must fire on, optionally with the text the suggestion must cover. */
export interface FiringExample {
  text: string;
  /** The exact text of the expected suggestion, when the span matters. */
  expect?: string;
}

export interface CueRule {
  id: string;
  label: ClaimLabel;
  /** Short display text of the cue, e.g. 'はずです'. */
  cue: string;
  span: SpanKind;
  /**
   * Where the pattern must fit: inside one clause, or anywhere in the
   * sentence (then a clause-span rule proposes every clause the match touches).
   */
  within: SpanKind;
  /** Higher wins when suggestions conflict. */
  priority: number;
  pattern: readonly PatternElement[];
  /** The match is dropped when these tokens come right after it. */
  notFollowedBy?: readonly TokenMatcher[];
  /** The match is dropped when these tokens come right before it. */
  notPrecededBy?: readonly TokenMatcher[];
  explanation: Explanation;
  /** Note attached to the suggestion; `{name}` is replaced by a capture. */
  note?: string;
  examples: { fires: readonly FiringExample[]; doesNotFire: readonly string[] };
}

/** A rule file: all the rules for one article language. */
export interface CueRuleSet {
  lang: ArticleLanguage;
  rules: readonly CueRule[];
}
