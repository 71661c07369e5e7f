/**
 * Every rule's own examples (data/cues/<lang>.json, "examples"): the rule
 * alone must fire on each "fires" sentence (covering "expect" when given)
 * and stay silent on each "doesNotFire" sentence. Linguists add cases there.
 */
import { describe, expect, it } from 'vitest';
import type { CueRuleSet } from '../../../src/domain/cues/cue-rule.ts';
import { suggestClaims } from '../../../src/domain/cues/suggest-claims.ts';
import { shippedRules, useTokenizers } from './support.ts';

const ruleSets: CueRuleSet[] = (['ja', 'en'] as const).map(shippedRules);

const tokenizer = useTokenizers();

for (const ruleSet of ruleSets) {
  describe(`${ruleSet.lang} rules`, () => {
    for (const rule of ruleSet.rules) {
      const alone: CueRuleSet = { lang: ruleSet.lang, rules: [rule] };
      const run = (text: string) => suggestClaims(text, tokenizer(ruleSet.lang)(text), alone);
      it(`${rule.id} has examples both ways`, () => {
        expect(rule.examples.fires.length).toBeGreaterThan(0);
        expect(rule.examples.doesNotFire.length).toBeGreaterThan(0);
      });
      for (const example of rule.examples.fires) {
        it(`${rule.id} fires on ${example.text}`, () => {
          const found = run(example.text);
          expect(found.map((s) => s.ruleId)).toContain(rule.id);
          expect(found.every((s) => s.label === rule.label)).toBe(true);
          if (example.expect !== undefined) {
            expect(found.map((s) => example.text.slice(s.start, s.end))).toContain(example.expect);
          }
        });
      }
      for (const text of rule.examples.doesNotFire) {
        it(`${rule.id} does not fire on ${text}`, () => {
          expect(run(text)).toEqual([]);
        });
      }
    }
  });
}
