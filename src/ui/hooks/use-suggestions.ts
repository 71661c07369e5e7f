import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import type { Article } from '../../domain/article.ts';
import type { Claim } from '../../domain/claim.ts';
import { covers } from '../../domain/cues/suggest-claims.ts';
import type { Suggestion } from '../../domain/cues/suggestion.ts';
import type { TokenTable } from '../../domain/token.ts';
import { useServices } from '../services.ts';
import { useDatabase } from './use-storage.ts';

/** Open suggestions, or why the engine gave none. */
export interface SuggestionsState {
  suggestions: Suggestion[];
  /** Set when the engine failed (its worker crashed, say): the panel says so instead of "none". */
  error: string | null;
}

/**
 * Suggestions still open on an article: computed once per text by the cue
 * engine, in its worker (the services' `suggester`), then filtered on every
 * change of claims or dismissals, which is cheap: no suggestion is shown
 * where a claim covers at least half of it, nor once dismissed.
 */
export function useSuggestions(article: Article, table: TokenTable | null, claims: readonly Claim[] | undefined, enabled: boolean): SuggestionsState {
  const db = useDatabase();
  const { suggester } = useServices();
  // The engine is asked once the tokens have been painted (copying the
  // table to its worker takes a few milliseconds on a long article), and
  // its answer arrives while the reader reads: the page never waits for it.
  const [all, setAll] = useState<Suggestion[]>([]);
  const [error, setError] = useState<string | null>(null);
  const claimsLoaded = claims !== undefined;
  useEffect(() => {
    // After the claims, too: on a reopened article the tokens can come from the
    // token cache first, and the claims' highlights must not wait for the engine.
    setError(null);
    if (!enabled || !table || !claimsLoaded) {
      setAll([]);
      return;
    }
    let current = true;
    const cancel = afterNextPaint(() => {
      void suggester.suggest(article.text, article.lang, table).then((result) => {
        if (!current) return;
        setAll(result.ok ? result.suggestions : []);
        setError(result.ok ? null : result.error);
      });
    });
    return () => {
      current = false;
      cancel();
    };
  }, [suggester, enabled, table, claimsLoaded, article.text, article.lang]);
  const dismissed = useLiveQuery(
    async () => new Set(db ? (await db.dismissals.where('articleId').equals(article.id).toArray()).map((row) => row.suggestionId) : []),
    [db, article.id],
  );
  const suggestions = useMemo(() => {
    if (all.length === 0 || !dismissed) return [];
    const placed = (claims ?? []).filter((claim) => !claim.orphan).map((claim) => ({ start: claim.anchor.start, end: claim.anchor.end }));
    const longest = placed.reduce((max, span) => Math.max(max, span.end - span.start), 0);
    return all.filter((suggestion) => !dismissed.has(suggestion.id) && !isCovered(placed, longest, suggestion));
  }, [all, dismissed, claims]);
  return useMemo(() => ({ suggestions, error }), [suggestions, error]);
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
