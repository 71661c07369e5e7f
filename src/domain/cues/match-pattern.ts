/**
 * Token pattern matching: does a rule's sequence of token matchers fit the
 * tokens of a window (one sentence or one clause), and where.
 *
 * A window is a list of token indices with whitespace tokens left out, so
 * that "App Store" or "Sam Altman" (with kuromoji's space tokens) match a
 * pattern that does not mention spaces. Elements are tried left to right
 * with backtracking: a repeated element takes as many tokens as it can
 * first, an optional element tries to match before trying to be absent, and
 * a gap skips as few tokens as it can first. The first success wins.
 */
import type { Token } from '../token.ts';
import type { CueRule, PatternElement, TokenMatcher, TokenTest } from './cue-rule.ts';
import { TOKEN_FIELDS } from './cue-rule.ts';

/** A match in window positions: tokens window[first] .. window[last - 1]. */
export interface PatternMatch {
  first: number;
  /** Exclusive. */
  last: number;
  /** Captured window ranges by name, [from, to) exclusive. */
  captures: Map<string, [number, number]>;
}

type Predicate = (token: Token) => boolean;

/** A test compiled to sets, since every rule is tried at every token of the article. */
function compileTest(test: TokenTest): Predicate {
  const checks = TOKEN_FIELDS.flatMap((field) => (test[field] ? [[field, new Set(test[field])] as const] : []));
  return (token) => {
    for (const [field, values] of checks) if (!values.has(token[field])) return false;
    return true;
  };
}

const compiled = new WeakMap<TokenMatcher, Predicate>();

function predicateOf(matcher: TokenMatcher): Predicate {
  let predicate = compiled.get(matcher);
  if (!predicate) {
    const own = compileTest(matcher.test);
    const alternatives = matcher.anyOf?.map(compileTest);
    const negate = matcher.negate;
    predicate = alternatives
      ? (token) => (own(token) && alternatives.some((alternative) => alternative(token))) !== negate
      : (token) => own(token) !== negate;
    compiled.set(matcher, predicate);
  }
  return predicate;
}

/** True when `token` satisfies `matcher` (fields, anyOf, then negation). */
export function matchesToken(matcher: TokenMatcher, token: Token): boolean {
  return predicateOf(matcher)(token);
}

type Captures = Map<string, [number, number]>;

function matchFrom(
  pattern: readonly PatternElement[],
  element: number,
  position: number,
  tokens: readonly Token[],
  window: readonly number[],
  captures: Captures,
): { end: number; captures: Captures } | null {
  if (element === pattern.length) return { end: position, captures };
  const current = pattern[element]!;
  if (current.kind === 'gap') {
    for (let skip = 0; skip <= current.max && position + skip <= window.length; skip++) {
      const found = matchFrom(pattern, element + 1, position + skip, tokens, window, captures);
      if (found) return found;
    }
    return null;
  }
  const most = current.repeat ? current.max : 1;
  let count = 0;
  while (count < most && position + count < window.length && matchesToken(current, tokens[window[position + count]!]!)) count++;
  const fewest = current.optional ? 0 : 1;
  for (let taken = count; taken >= fewest; taken--) {
    let next = captures;
    if (current.capture && taken > 0) {
      next = new Map(captures);
      next.set(current.capture, [position, position + taken]);
    }
    const found = matchFrom(pattern, element + 1, position + taken, tokens, window, next);
    if (found) return found;
  }
  return null;
}

/** True when `matchers` fit the window tokens from position `at` on, one token each. */
function sequenceAt(matchers: readonly TokenMatcher[], tokens: readonly Token[], window: readonly number[], at: number): boolean {
  if (at < 0 || at + matchers.length > window.length) return false;
  return matchers.every((matcher, k) => matchesToken(matcher, tokens[window[at + k]!]!));
}

/**
 * The match of `rule.pattern` that starts at window position `at`, or null.
 * A match that consumes no token (all optional) is not a match, and one
 * followed by `notFollowedBy` or preceded by `notPrecededBy` is refused.
 */
export function matchAt(rule: CueRule, tokens: readonly Token[], window: readonly number[], at: number): PatternMatch | null {
  // Most positions fail on a required first token: test it before any allocation.
  const head = rule.pattern[0]!;
  if (head.kind === 'token' && !head.optional && (at >= window.length || !matchesToken(head, tokens[window[at]!]!))) return null;
  const found = matchFrom(rule.pattern, 0, at, tokens, window, new Map());
  if (!found || found.end === at) return null;
  if (rule.notFollowedBy && sequenceAt(rule.notFollowedBy, tokens, window, found.end)) return null;
  if (rule.notPrecededBy && sequenceAt(rule.notPrecededBy, tokens, window, at - rule.notPrecededBy.length)) return null;
  return { first: at, last: found.end, captures: found.captures };
}

/**
 * Every match of `rule` in the window, one per start position, left to
 * right. Matches may overlap (a later start inside an earlier match); the
 * caller dedupes by the span they propose.
 */
export function findMatches(rule: CueRule, tokens: readonly Token[], window: readonly number[]): PatternMatch[] {
  const matches: PatternMatch[] = [];
  for (let at = 0; at < window.length; at++) {
    const match = matchAt(rule, tokens, window, at);
    if (match) matches.push(match);
  }
  return matches;
}
