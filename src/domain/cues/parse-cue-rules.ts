/**
 * Reads and checks a cue rule file (data/cues/<lang>.json). Rule files are
 * written by hand by linguists, so every mistake is reported with the rule
 * it is in and the path to the bad value, and unknown keys are refused (a
 * misspelt "baseform" would otherwise silently match everything).
 *
 * JSON shape (version 1):
 *   { "format": "shucho.cue-rules", "version": 1, "lang": "ja" | "en",
 *     "rules": [ {
 *       "id": "ja.speculation.hazu",           unique, [a-z0-9.-]
 *       "label": "speculation",                a ClaimLabel
 *       "cue": "はずです",                      short display text
 *       "span": "clause" | "sentence",
 *       "within": "clause" | "sentence",       optional, defaults to "span"
 *       "priority": 70,                        integer 0..1000
 *       "pattern": [ element, ... ],
 *       "notFollowedBy": [ matcher, ... ],     optional
 *       "notPrecededBy": [ matcher, ... ],     optional
 *       "explanation": { "ja": "...", "en": "..." },
 *       "note": "Attributed to: {source}",     optional
 *       "examples": { "fires": [ "..." | { "text": "...", "expect": "..." } ],
 *                     "doesNotFire": [ "..." ] }
 *   } ] }
 *   element = matcher | { "gap": n }           (n tokens at most, 1..50)
 *   matcher = { "surface" | "baseForm" | "pos" | "posDetail" | "conjugation":
 *                 string | string[],
 *               "anyOf": [ test, ... ], "not": true, "optional": true,
 *               "repeat": true, "max": n, "capture": "name" }
 */
import { ARTICLE_LANGUAGES, type ArticleLanguage } from '../article.ts';
import { isClaimLabel } from '../label.ts';
import {
  TOKEN_FIELDS,
  type CueRule,
  type CueRuleSet,
  type FiringExample,
  type PatternElement,
  type SpanKind,
  type TokenMatcher,
  type TokenTest,
} from './cue-rule.ts';

export const CUE_RULES_FORMAT = 'shucho.cue-rules';
export const CUE_RULES_VERSION = 1;

/** Longest gap a pattern may hold, in tokens; longer would let a cue and its anchor be unrelated. */
export const MAX_GAP = 50;
/** Default cap of a repeated element. */
export const DEFAULT_REPEAT_MAX = 20;

const RULE_ID = /^[a-z0-9][a-z0-9.-]*$/;
const PLACEHOLDER = /\{([^{}]+)\}/g;
const SPAN_KINDS: readonly SpanKind[] = ['sentence', 'clause'];
const MATCHER_KEYS = new Set<string>([...TOKEN_FIELDS, 'anyOf', 'not', 'optional', 'repeat', 'max', 'capture']);
const RULE_KEYS = new Set([
  'id', 'label', 'cue', 'span', 'within', 'priority', 'pattern', 'notFollowedBy', 'notPrecededBy',
  'explanation', 'note', 'examples', 'comment',
]);

/** A mistake in a rule file; `ruleId` names the rule when it is known. */
export class CueRuleError extends Error {
  readonly ruleId: string | null;
  constructor(message: string, ruleId: string | null) {
    super(message);
    this.name = 'CueRuleError';
    this.ruleId = ruleId;
  }
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Checks and reads one rule; `fail` throws with the rule named. */
class RuleReader {
  readonly captures = new Set<string>();
  private readonly fail: (message: string) => never;
  constructor(fail: (message: string) => never) {
    this.fail = fail;
  }

  test(value: unknown, path: string, allowed: ReadonlySet<string>): TokenTest {
    if (!isObject(value)) this.fail(`${path} must be an object`);
    for (const key of Object.keys(value)) {
      if (!allowed.has(key)) this.fail(`${path} has unknown key "${key}" (known: ${[...allowed].join(', ')})`);
    }
    const test: TokenTest = {};
    for (const field of TOKEN_FIELDS) {
      const raw = value[field];
      if (raw === undefined) continue;
      const values = typeof raw === 'string' ? [raw] : raw;
      if (!Array.isArray(values) || values.length === 0 || !values.every((v) => typeof v === 'string' && v.length > 0)) {
        this.fail(`${path}.${field} must be a non-empty string or a non-empty array of non-empty strings`);
      }
      test[field] = values as string[];
    }
    return test;
  }

  matcher(value: unknown, path: string, inPattern: boolean): TokenMatcher {
    const test = this.test(value, path, MATCHER_KEYS);
    const raw = value as Json;
    const matcher: TokenMatcher = {
      kind: 'token',
      test,
      negate: raw.not === true,
      optional: raw.optional === true,
      repeat: raw.repeat === true,
      max: DEFAULT_REPEAT_MAX,
    };
    for (const flag of ['not', 'optional', 'repeat'] as const) {
      if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') this.fail(`${path}.${flag} must be true or false`);
    }
    if (raw.anyOf !== undefined) {
      if (!Array.isArray(raw.anyOf) || raw.anyOf.length === 0) this.fail(`${path}.anyOf must be a non-empty array`);
      matcher.anyOf = raw.anyOf.map((t, i) => this.test(t, `${path}.anyOf[${i}]`, new Set(TOKEN_FIELDS)));
    }
    if (raw.max !== undefined) {
      if (!matcher.repeat) this.fail(`${path}.max needs "repeat": true`);
      if (!Number.isInteger(raw.max) || (raw.max as number) < 1) this.fail(`${path}.max must be a positive integer`);
      matcher.max = raw.max as number;
    }
    if (raw.capture !== undefined) {
      if (!inPattern) this.fail(`${path}.capture is only allowed in "pattern"`);
      if (!isNonEmptyString(raw.capture) || !/^[a-zA-Z]\w*$/.test(raw.capture)) this.fail(`${path}.capture must be a name like "source"`);
      matcher.capture = raw.capture;
      this.captures.add(raw.capture);
    }
    if (!inPattern && (matcher.optional || matcher.repeat)) this.fail(`${path}: "optional" and "repeat" are only allowed in "pattern"`);
    if (Object.keys(test).length === 0 && !matcher.anyOf) this.fail(`${path} tests nothing: give a field such as "surface" or "baseForm"`);
    return matcher;
  }

  element(value: unknown, path: string): PatternElement {
    if (isObject(value) && 'gap' in value) {
      if (Object.keys(value).length !== 1) this.fail(`${path}: a gap element has only the key "gap"`);
      const max = value.gap;
      if (!Number.isInteger(max) || (max as number) < 1 || (max as number) > MAX_GAP) this.fail(`${path}.gap must be an integer from 1 to ${MAX_GAP}`);
      return { kind: 'gap', max: max as number };
    }
    return this.matcher(value, path, true);
  }

  matchers(value: unknown, path: string): TokenMatcher[] {
    if (!Array.isArray(value) || value.length === 0) this.fail(`${path} must be a non-empty array of matchers`);
    return value.map((m, i) => this.matcher(m, `${path}[${i}]`, false));
  }
}

function readExamples(value: unknown, fail: (message: string) => never): CueRule['examples'] {
  if (value === undefined) return { fires: [], doesNotFire: [] };
  if (!isObject(value)) fail('examples must be an object with "fires" and "doesNotFire"');
  const fires: FiringExample[] = [];
  const rawFires = value.fires ?? [];
  if (!Array.isArray(rawFires)) fail('examples.fires must be an array');
  rawFires.forEach((example, i) => {
    if (isNonEmptyString(example)) fires.push({ text: example });
    else if (isObject(example) && isNonEmptyString(example.text) && (example.expect === undefined || isNonEmptyString(example.expect))) {
      if (example.expect !== undefined && !example.text.includes(example.expect)) fail(`examples.fires[${i}].expect is not part of its text`);
      fires.push(example.expect === undefined ? { text: example.text } : { text: example.text, expect: example.expect });
    } else fail(`examples.fires[${i}] must be a sentence or {"text", "expect"}`);
  });
  const rawNot = value.doesNotFire ?? [];
  if (!Array.isArray(rawNot) || !rawNot.every(isNonEmptyString)) fail('examples.doesNotFire must be an array of sentences');
  return { fires, doesNotFire: rawNot as string[] };
}

function readRule(raw: unknown, index: number, seen: Set<string>): CueRule {
  const where = (id: string | null) => (id ? `cue rule "${id}" (rules[${index}])` : `cue rule rules[${index}]`);
  const id = isObject(raw) && isNonEmptyString(raw.id) ? raw.id : null;
  const fail = (message: string): never => {
    throw new CueRuleError(`${where(id)}: ${message}`, id);
  };
  if (!isObject(raw)) return fail('must be an object');
  for (const key of Object.keys(raw)) if (!RULE_KEYS.has(key)) fail(`unknown key "${key}"`);
  if (id === null || !RULE_ID.test(id)) return fail('id must be lower case letters, digits, dots and dashes');
  if (seen.has(id)) fail('id is used by an earlier rule');
  seen.add(id);
  if (!isClaimLabel(raw.label)) return fail(`label must be one of fact, opinion, speculation, not-investment-advice`);
  if (!isNonEmptyString(raw.cue)) fail('cue (the display text) must be a non-empty string');
  if (!SPAN_KINDS.includes(raw.span as SpanKind)) fail('span must be "sentence" or "clause"');
  const span = raw.span as SpanKind;
  if (raw.within !== undefined && !SPAN_KINDS.includes(raw.within as SpanKind)) fail('within must be "sentence" or "clause"');
  const within = (raw.within as SpanKind | undefined) ?? span;
  if (span === 'sentence' && within === 'clause') fail('a sentence-span rule cannot be limited to one clause');
  if (!Number.isInteger(raw.priority) || (raw.priority as number) < 0 || (raw.priority as number) > 1000) fail('priority must be an integer from 0 to 1000');
  const reader = new RuleReader(fail);
  if (!Array.isArray(raw.pattern) || raw.pattern.length === 0) return fail('pattern must be a non-empty array');
  const pattern = raw.pattern.map((element, i) => reader.element(element, `pattern[${i}]`));
  if (pattern[0]!.kind === 'gap' || pattern[pattern.length - 1]!.kind === 'gap') fail('pattern cannot start or end with a gap');
  if (pattern.every((element) => element.kind === 'gap' || element.optional)) fail('pattern needs at least one required token');
  const explanation = raw.explanation;
  if (!isObject(explanation) || !isNonEmptyString(explanation.ja) || !isNonEmptyString(explanation.en)) {
    return fail('explanation must be {"ja": "...", "en": "..."} with both texts');
  }
  if (raw.note !== undefined && !isNonEmptyString(raw.note)) fail('note must be a non-empty string');
  for (const [, name] of (raw.note as string | undefined)?.matchAll(PLACEHOLDER) ?? []) {
    if (!reader.captures.has(name!)) fail(`note refers to {${name}} but no pattern element captures "${name}"`);
  }
  const rule: CueRule = {
    id,
    label: raw.label,
    cue: raw.cue as string,
    span,
    within,
    priority: raw.priority as number,
    pattern,
    explanation: { ja: explanation.ja, en: explanation.en },
    examples: readExamples(raw.examples, fail),
  };
  if (raw.notFollowedBy !== undefined) rule.notFollowedBy = reader.matchers(raw.notFollowedBy, 'notFollowedBy');
  if (raw.notPrecededBy !== undefined) rule.notPrecededBy = reader.matchers(raw.notPrecededBy, 'notPrecededBy');
  if (raw.note !== undefined) rule.note = raw.note as string;
  return rule;
}

/**
 * Checks a parsed rule file and returns its rules.
 * @throws CueRuleError naming the rule (id and index) and the bad value.
 */
export function parseCueRuleSet(json: unknown): CueRuleSet {
  if (!isObject(json)) throw new CueRuleError('cue rule file: must be a JSON object', null);
  if (json.format !== CUE_RULES_FORMAT) throw new CueRuleError(`cue rule file: format must be "${CUE_RULES_FORMAT}"`, null);
  if (json.version !== CUE_RULES_VERSION) throw new CueRuleError(`cue rule file: version ${String(json.version)} is not supported (expected ${CUE_RULES_VERSION})`, null);
  if (!(ARTICLE_LANGUAGES as readonly unknown[]).includes(json.lang)) throw new CueRuleError('cue rule file: lang must be "ja" or "en"', null);
  if (!Array.isArray(json.rules)) throw new CueRuleError('cue rule file: rules must be an array', null);
  const seen = new Set<string>();
  const rules = json.rules.map((raw, index) => readRule(raw, index, seen));
  return { lang: json.lang as ArticleLanguage, rules };
}
