/**
 * Scores the cue engine against a gold claim set.
 *
 *   npm run eval:suggest -- <gold.json> [<article.txt>] [--details]
 *
 * Reads the gold set (native `shucho.claim-set` v2 format), tokenizes its
 * article (kuromoji for ja, Intl.Segmenter for en, by the article's lang),
 * runs the rules of data/cues/<lang>.json, and prints precision, recall and
 * F1 per label and overall, for exact and overlap matching. The optional
 * article file replaces the text carried in the gold file. --details lists
 * every suggestion and every missed gold claim.
 */
import { readFileSync } from 'node:fs';
import { evaluateSuggestions, formatDetails, formatEvaluation, loadRuleSet } from './lib/evaluate-suggestions.ts';
import { loadTokenizer } from './lib/node-tokenizer.ts';
import { readGoldSet } from './lib/read-gold.ts';

async function main(args: string[]): Promise<number> {
  const details = args.includes('--details');
  const [goldPath, articlePath] = args.filter((arg) => arg !== '--details');
  if (!goldPath) {
    console.error('usage: eval-suggest <gold claim set .json> [<article text file>] [--details]');
    return 2;
  }
  const articleText = articlePath === undefined ? undefined : readFileSync(articlePath, 'utf8').replace(/\r\n?/g, '\n');
  const gold = readGoldSet(readFileSync(goldPath, 'utf8'), articleText);
  for (const warning of gold.warnings) console.warn(`warning: ${warning}`);
  const tokenize = await loadTokenizer(gold.lang);
  const evaluation = evaluateSuggestions(gold, tokenize(gold.text), loadRuleSet(gold.lang));
  console.log(formatEvaluation(evaluation));
  if (details) console.log(formatDetails(evaluation));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval-suggest: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
