import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import jaRules from '../../../data/cues/ja.json';
import enRules from '../../../data/cues/en.json';
import type { Article } from '../../domain/article.ts';
import type { Claim } from '../../domain/claim.ts';
import type { CueRuleSet } from '../../domain/cues/cue-rule.ts';
import { parseCueRuleSet } from '../../domain/cues/parse-cue-rules.ts';
import { covers, suggestClaims } from '../../domain/cues/suggest-claims.ts';
import type { Suggestion } from '../../domain/cues/suggestion.ts';
import type { TokenTable } from '../../domain/token.ts';
import { useDatabase } from './use-storage.ts';

const ruleSets = new Map<Article['lang'], CueRuleSet>();

/** The shipped rule set of a language, parsed (and so checked) once. */
function rulesFor(lang: Article['lang']): CueRuleSet {
  let rules = ruleSets.get(lang);
  if (!rules) {
    rules = parseCueRuleSet(lang === 'ja' ? jaRules : enRules);
    ruleSets.set(lang, rules);
  }
  return rules;
}

/**
 * Suggestions still open on an article: computed once per text (the engine
 * is the costly part), then filtered on every change of claims or
 * dismissals, which is cheap: no suggestion is shown where a claim covers
 * at least half of it, nor once dismissed.
 */
export function useSuggestions(article: Article, table: TokenTable | null, claims: readonly Claim[] | undefined, enabled: boolean): Suggestion[] {
  const db = useDatabase();
  // The engine runs once the tokens have been painted, not during render (on
  // a long article it takes a good part of a second), and soon after, before
  // the reader has started selecting text that its outlines would redraw.
  const [all, setAll] = useState<Suggestion[]>([]);
  const claimsLoaded = claims !== undefined;
  useEffect(() => {
    // After the claims, too: on a reopened article the tokens can come from the
    // token cache first, and the claims' highlights must not wait for the engine.
    if (!enabled || !table || !claimsLoaded) {
      setAll([]);
      return;
    }
    return afterNextPaint(() => setAll(suggestClaims(article.text, table, rulesFor(article.lang))));
  }, [enabled, table, claimsLoaded, article.text, article.lang]);
  const dismissed = useLiveQuery(
    async () => new Set(db ? (await db.dismissals.where('articleId').equals(article.id).toArray()).map((row) => row.suggestionId) : []),
    [db, article.id],
  );
  return useMemo(() => {
    if (all.length === 0 || !dismissed) return [];
    const placed = (claims ?? []).filter((claim) => !claim.orphan).map((claim) => ({ start: claim.anchor.start, end: claim.anchor.end }));
    const longest = placed.reduce((max, span) => Math.max(max, span.end - span.start), 0);
    return all.filter((suggestion) => !dismissed.has(suggestion.id) && !isCovered(placed, longest, suggestion));
  }, [all, dismissed, claims]);
}

/**
 * Runs `work` in the first task after the next frame has been painted (the
 * rule of `markAfterPaint`, whose callbacks, registered earlier, run first);
 * returns a cancel function.
 */
function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(work, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * True when a claim covers the suggestion. `spans` are in text order by
 * start (claims come sorted), so only claims starting before the
 * suggestion's end, and not so early that even the longest claim would end
 * before it, are looked at.
 */
function isCovered(spans: readonly { start: number; end: number }[], longest: number, suggestion: Suggestion): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[mid]!.start < suggestion.end) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && spans[i]!.start + longest > suggestion.start; i -= 1) {
    if (covers(spans[i]!, suggestion)) return true;
  }
  return false;
}
