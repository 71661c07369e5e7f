import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CueRuleError, parseCueRuleSet } from '../../../src/domain/cues/parse-cue-rules.ts';

const base = {
  id: 'ja.test.rule',
  label: 'speculation',
  cue: 'はずです',
  span: 'clause',
  priority: 70,
  pattern: [{ surface: 'はず' }],
  explanation: { ja: '推論', en: 'inference' },
};

function file(...rules: unknown[]) {
  return { format: 'shucho.cue-rules', version: 1, lang: 'ja', rules };
}

function errorOf(json: unknown): CueRuleError {
  try {
    parseCueRuleSet(json);
  } catch (error) {
    if (error instanceof CueRuleError) return error;
    throw error;
  }
  throw new Error('expected a CueRuleError');
}

describe('parseCueRuleSet', () => {
  it('reads a rule, normalizing strings to lists and filling defaults', () => {
    const [rule] = parseCueRuleSet(file(base)).rules;
    expect(rule).toMatchObject({
      id: 'ja.test.rule',
      within: 'clause',
      pattern: [{ kind: 'token', test: { surface: ['はず'] }, optional: false, repeat: false, negate: false }],
      examples: { fires: [], doesNotFire: [] },
    });
  });

  it('reads the shipped rule files', () => {
    for (const lang of ['ja', 'en']) {
      const set = parseCueRuleSet(JSON.parse(readFileSync(new URL(`../../../data/cues/${lang}.json`, import.meta.url), 'utf8')));
      expect(set.lang).toBe(lang);
      expect(set.rules.length).toBeGreaterThan(10);
    }
  });

  it.each([
    [{ ...base, label: 'rumour' }, /cue rule "ja.test.rule" \(rules\[0\]\): label must be one of/],
    [{ ...base, pattern: [{ baseform: 'はず' }] }, /"ja.test.rule".*pattern\[0\] has unknown key "baseform"/],
    [{ ...base, pattern: [{ surface: [] }] }, /"ja.test.rule".*pattern\[0\]\.surface must be a non-empty string/],
    [{ ...base, pattern: [{ gap: 3 }, { surface: 'a' }] }, /"ja.test.rule".*cannot start or end with a gap/],
    [{ ...base, pattern: [{ surface: 'a' }, { gap: 99 }, { surface: 'b' }] }, /pattern\[1\]\.gap must be an integer from 1 to 50/],
    [{ ...base, pattern: [{ optional: true }] }, /pattern\[0\] tests nothing/],
    [{ ...base, pattern: [{ surface: 'a', optional: true }] }, /needs at least one required token/],
    [{ ...base, pattern: [{ surface: 'a', max: 3 }] }, /max needs "repeat": true/],
    [{ ...base, note: 'Attributed to: {source}' }, /note refers to \{source\} but no pattern element captures "source"/],
    [{ ...base, span: 'paragraph' }, /span must be "sentence" or "clause"/],
    [{ ...base, span: 'sentence', within: 'clause' }, /cannot be limited to one clause/],
    [{ ...base, priority: 1.5 }, /priority must be an integer/],
    [{ ...base, explanation: { ja: '推論' } }, /explanation must be/],
    [{ ...base, examples: { fires: [{ text: 'これはペンです', expect: 'はず' }] } }, /examples\.fires\[0\]\.expect is not part of its text/],
    [{ ...base, notFollowedBy: [{ surface: 'か', repeat: true }] }, /only allowed in "pattern"/],
    [{ ...base, colour: 'red' }, /"ja.test.rule".*unknown key "colour"/],
    [{ ...base, id: 'Bad Id' }, /cue rule "Bad Id" \(rules\[0\]\): id must be/],
  ])('refuses a bad rule, naming it (%#)', (bad, message) => {
    const error = errorOf(file(bad));
    expect(error.message).toMatch(message);
  });

  it('names the rule in the error object too', () => {
    expect(errorOf(file({ ...base, label: 'x' })).ruleId).toBe('ja.test.rule');
  });

  it('refuses duplicate ids', () => {
    expect(errorOf(file(base, base)).message).toMatch(/cue rule "ja.test.rule" \(rules\[1\]\): id is used by an earlier rule/);
  });

  it('refuses files of another format, version or language', () => {
    expect(errorOf({ ...file(base), format: 'other' }).message).toMatch(/format must be "shucho.cue-rules"/);
    expect(errorOf({ ...file(base), version: 2 }).message).toMatch(/version 2 is not supported/);
    expect(errorOf({ ...file(base), lang: 'fr' }).message).toMatch(/lang must be "ja" or "en"/);
    expect(errorOf([]).message).toMatch(/must be a JSON object/);
  });
});
