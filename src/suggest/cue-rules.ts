import jaRules from '../../data/cues/ja.json';
import enRules from '../../data/cues/en.json';
import type { ArticleLanguage } from '../domain/article.ts';
import type { CueRuleSet } from '../domain/cues/cue-rule.ts';
import { parseCueRuleSet } from '../domain/cues/parse-cue-rules.ts';

const ruleSets = new Map<ArticleLanguage, CueRuleSet>();

/** The shipped cue rule set of a language (`data/cues/`), parsed, and so checked, once per thread. */
export function rulesFor(lang: ArticleLanguage): CueRuleSet {
  let rules = ruleSets.get(lang);
  if (!rules) {
    rules = parseCueRuleSet(lang === 'ja' ? jaRules : enRules);
    ruleSets.set(lang, rules);
  }
  return rules;
}
