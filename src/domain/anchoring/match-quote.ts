import search from 'approx-string-match';

/** Where a quote is expected: the text around it and its old start offset. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  /** The old start offset; a candidate nearer to it scores higher. */
  hint: number;
}

/** A place `quote` was found, with its edit distance and a score in [0, 1]. */
export interface QuoteMatch {
  start: number;
  end: number;
  errors: number;
  score: number;
}

// Weights of a candidate's score. The quote itself dominates; the context on
// each side decides between repeated quotes; nearness to the old offset only
// breaks ties (an insertion earlier in the text moves every quote after it).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** At most one error per this many characters of the quote in a fuzzy match. */
export const CHARS_PER_FUZZY_ERROR = 4;
/** Never more than this many errors, however long the quote (cost grows with errors). */
export const MAX_FUZZY_ERRORS = 32;

/** Errors (insertions, deletions, substitutions) a fuzzy match of `quote` may have; 0 below 4 characters. */
export function maxFuzzyErrors(quote: string): number {
  return Math.min(Math.floor(quote.length / CHARS_PER_FUZZY_ERROR), MAX_FUZZY_ERRORS);
}

/**
 * Every exact occurrence of `quote` in `text` (overlapping ones included),
 * the best-scoring first. Empty when `quote` is empty or absent.
 */
export function findExactQuotes(text: string, quote: string, context: QuoteContext): QuoteMatch[] {
  if (quote.length === 0) return [];
  const found: QuoteMatch[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    found.push(scoreMatch(text, quote, context, { start: at, end: at + quote.length, errors: 0 }));
  }
  return rank(found, context.hint);
}

/**
 * The closest approximate occurrences of `quote` in `text` with at most
 * `maxErrors` errors (all with the least error count found), the
 * best-scoring first. Offsets are raw code units: the caller widens them to
 * grapheme boundaries. Empty when nothing is near enough.
 */
export function findFuzzyQuotes(text: string, quote: string, context: QuoteContext, maxErrors: number): QuoteMatch[] {
  if (quote.length === 0 || maxErrors <= 0) return [];
  const found = search(text, quote, maxErrors).map((match) => scoreMatch(text, quote, context, match));
  return rank(found, context.hint);
}

function scoreMatch(text: string, quote: string, context: QuoteContext, match: { start: number; end: number; errors: number }): QuoteMatch {
  const quoteScore = 1 - match.errors / quote.length;
  const before = text.slice(Math.max(0, match.start - context.prefix.length), match.start);
  const after = text.slice(match.end, match.end + context.suffix.length);
  const positionScore = Math.max(0, 1 - Math.abs(match.start - context.hint) / Math.max(1, text.length));
  const raw =
    QUOTE_WEIGHT * quoteScore +
    PREFIX_WEIGHT * similarity(before, context.prefix) +
    SUFFIX_WEIGHT * similarity(after, context.suffix) +
    POSITION_WEIGHT * positionScore;
  return { ...match, score: raw / TOTAL_WEIGHT };
}

/**
 * How well `actual` (text next to a candidate) matches `expected` (the stored
 * context), from 0 to 1: one minus the best edit distance of `expected` within
 * `actual`, per character. No stored context says nothing, hence 1.
 */
function similarity(actual: string, expected: string): number {
  if (expected.length === 0) return 1;
  if (actual === expected) return 1;
  if (actual.length === 0) return 0;
  const best = search(actual, expected, expected.length)[0];
  return best ? 1 - best.errors / expected.length : 0;
}

/** Best score first; equal scores by nearness to the old offset, then text order. */
function rank(matches: QuoteMatch[], hint: number): QuoteMatch[] {
  return matches.sort(
    (a, b) => b.score - a.score || Math.abs(a.start - hint) - Math.abs(b.start - hint) || a.start - b.start,
  );
}
