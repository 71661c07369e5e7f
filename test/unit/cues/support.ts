import { readFileSync } from 'node:fs';
import { beforeAll } from 'vitest';
import type { ArticleLanguage } from '../../../src/domain/article.ts';
import type { TokenTable } from '../../../src/domain/token.ts';
import type { CueRuleSet } from '../../../src/domain/cues/cue-rule.ts';
import { parseCueRuleSet } from '../../../src/domain/cues/parse-cue-rules.ts';
import { loadTokenizer } from '../../../src/cli/lib/node-tokenizer.ts';

/** The cue rules the app ships for `lang` (`data/cues/<lang>.json`), parsed and checked. */
export function shippedRules(lang: ArticleLanguage): CueRuleSet {
  return parseCueRuleSet(JSON.parse(readFileSync(new URL(`../../../data/cues/${lang}.json`, import.meta.url), 'utf8')));
}

/**
 * Builds the app's tokenizers for both languages (kuromoji over the real
 * dictionary, Intl.Segmenter) once, before the file's tests, and returns a
 * lookup to call inside them.
 */
export function useTokenizers(): (lang: ArticleLanguage) => (text: string) => TokenTable {
  const tokenizers = new Map<ArticleLanguage, (text: string) => TokenTable>();
  beforeAll(async () => {
    tokenizers.set('ja', await loadTokenizer('ja'));
    tokenizers.set('en', await loadTokenizer('en'));
  }, 30_000);
  return (lang) => {
    const tokenize = tokenizers.get(lang);
    if (!tokenize) throw new Error('useTokenizers(): call its lookup inside a test, after beforeAll');
    return tokenize;
  };
}
