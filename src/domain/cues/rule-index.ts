/**
 * Which rules can start at a token, found by hash lookups instead of trying
 * every rule at every token: a 200,000-character article has about 115,000
 * tokens, and most rules begin with a fixed word (はず, 投資, according).
 *
 * A rule is filed under the most selective field of its first pattern
 * element (surface, then baseForm, then posDetail, then pos) and each of
 * that field's values; a rule whose first element is optional, negated, a
 * bare anyOf, or tests no such field is tried at every token.
 *
 * Second filter, per sentence: a rule is only tried in a sentence holding,
 * for each required element of its pattern that tests surface or baseForm,
 * a token with one of the listed words (〜によると is only tried where よる
 * occurs, however its pattern begins).
 */
import type { Token } from '../token.ts';
import type { CueRule, TokenField } from './cue-rule.ts';

const INDEXED_FIELDS: readonly TokenField[] = ['surface', 'baseForm', 'posDetail', 'pos'];

export interface RuleIndex {
  /**
   * Appends to `out` every rule that may match starting at `token` (each
   * once); `viable` leaves out the rules that cannot match in this sentence.
   */
  candidatesAt(token: Token, viable: ReadonlySet<CueRule>, out: CueRule[]): void;
  /** The rules whose required words all occur among `tokens` (a sentence). */
  viableIn(tokens: readonly Token[]): Set<CueRule>;
}

/** Required surface and baseForm tests of `rule`'s pattern: for each, one of its words must occur. */
function requiredWords(rule: CueRule): { surface: readonly string[][]; baseForm: readonly string[][] } {
  const surface: string[][] = [];
  const baseForm: string[][] = [];
  for (const element of rule.pattern) {
    if (element.kind !== 'token' || element.optional || element.negate) continue;
    if (element.test.surface) surface.push([...element.test.surface]);
    if (element.test.baseForm) baseForm.push([...element.test.baseForm]);
  }
  return { surface, baseForm };
}

/** Builds the index of `rules` (see the module comment). */
export function createRuleIndex(rules: readonly CueRule[]): RuleIndex {
  const buckets = new Map<TokenField, Map<string, CueRule[]>>();
  const always: CueRule[] = [];
  for (const rule of rules) {
    const head = rule.pattern[0]!;
    const field = head.kind === 'token' && !head.optional && !head.negate ? INDEXED_FIELDS.find((f) => head.test[f]) : undefined;
    if (head.kind !== 'token' || field === undefined) {
      always.push(rule);
      continue;
    }
    let bucket = buckets.get(field);
    if (!bucket) buckets.set(field, (bucket = new Map()));
    for (const value of new Set(head.test[field]!)) {
      const list = bucket.get(value);
      if (list) list.push(rule);
      else bucket.set(value, [rule]);
    }
  }
  const fields = [...buckets.entries()];
  const requirements = rules.map((rule) => [rule, requiredWords(rule)] as const);
  return {
    viableIn(tokens) {
      const surfaces = new Set<string>();
      const baseForms = new Set<string>();
      for (const token of tokens) {
        surfaces.add(token.surface);
        baseForms.add(token.baseForm);
      }
      const viable = new Set<CueRule>();
      for (const [rule, required] of requirements) {
        if (
          required.surface.every((words) => words.some((word) => surfaces.has(word))) &&
          required.baseForm.every((words) => words.some((word) => baseForms.has(word)))
        ) {
          viable.add(rule);
        }
      }
      return viable;
    },
    candidatesAt(token, viable, out) {
      for (const [field, bucket] of fields) {
        const list = bucket.get(token[field]);
        if (list) for (const rule of list) if (viable.has(rule)) out.push(rule);
      }
      for (const rule of always) if (viable.has(rule)) out.push(rule);
    },
  };
}
