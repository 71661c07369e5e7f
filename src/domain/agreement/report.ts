import { CLAIM_LABELS, type ClaimLabel } from '../label.ts';
import { placedClaims, type ComparedClaim } from './claim-diff.ts';
import { fleissKappa, type FleissKappaResult } from './fleiss.ts';
import { scoreSpans } from './span-match.ts';
import { cohensKappa, type AgreementNote, type CohensKappaResult } from './kappa.ts';
import { krippendorffAlpha, type KrippendorffAlphaResult } from './krippendorff.ts';
import type { Score, SpanScores } from './span-match.ts';
import { tokenCategories, TOKEN_CATEGORY_COUNT, type TokenSpans } from './token-labels.ts';

/**
 * The agreement report of the comparison view: how far two or more
 * annotators agree on one article, with the counts behind every figure.
 * docs/agreement.md defines each figure; in short:
 *
 * - span F1, per label and overall (micro), with exact and with overlap
 *   matching (span-match.ts), for every pair of annotators;
 * - Cohen's kappa per pair over tokens: each token is one unit, rated with
 *   the label of the claim covering it or 'none' (token-labels.ts);
 * - Fleiss' kappa over tokens when there are three annotators or more;
 * - Krippendorff's alpha (nominal) over tokens, for all annotators together.
 *
 * Tokens that are only whitespace (line breaks between paragraphs) are not
 * units: nobody decides anything about them, and counting them as agreed
 * 'none' would only pad the figures. Orphan claims (no place in the text)
 * are counted per annotator and otherwise left out.
 */

/** One annotator's claims on the article. */
export interface AnnotatorClaims<C extends ComparedClaim = ComparedClaim> {
  annotatorId: string;
  claims: readonly C[];
}

export interface AgreementInput<C extends ComparedClaim = ComparedClaim> {
  /** The article text the claims and tokens point into. */
  text: string;
  /** The article's tokens (a `TokenTable` fits), in the same offsets as the claims. */
  tokens: TokenSpans;
  /** Two or more annotators, each once. */
  sets: readonly AnnotatorClaims<C>[];
}

/** What one annotator brought to the comparison. */
export interface AnnotatorSummary {
  annotatorId: string;
  /** Claims compared (placed in the text). */
  claims: number;
  /** Orphan claims, left out of every figure. */
  orphans: number;
  /** Compared claims per label. */
  perLabel: Record<ClaimLabel, number>;
  /** Units (tokens) per token category, in `TOKEN_CATEGORIES` order ('none' first). */
  unitsPerCategory: number[];
}

/** The figures of one pair of annotators (A is the first of the pair, the reference for precision and recall). */
export interface PairAgreement {
  /** Indexes into the input sets, a < b. */
  a: number;
  b: number;
  annotators: [string, string];
  /** Span scores of B against A with exact matching. */
  exact: SpanScores<ClaimLabel>;
  /** Span scores of B against A with overlap matching. */
  overlap: SpanScores<ClaimLabel>;
  /** Cohen's kappa over the token units. */
  kappa: CohensKappaResult;
}

export interface AgreementReport {
  annotators: AnnotatorSummary[];
  /** Tokens used as units for kappa and alpha. */
  units: number;
  /** Whitespace-only tokens left out. */
  skippedTokens: number;
  /** Every pair (a < b), in order (0,1), (0,2) ... (1,2) ... */
  pairs: PairAgreement[];
  /** Fleiss' kappa over the token units; null with only two annotators (Cohen's kappa of the one pair says it). */
  fleiss: FleissKappaResult | null;
  /** Nominal Krippendorff's alpha of all annotators over the token units. */
  alpha: KrippendorffAlphaResult;
}

/**
 * Why a figure is undefined: the kappa/alpha notes of kappa.ts, or
 * 'no-spans' for an F1 where neither side has a span of that label.
 */
export type FigureNote = AgreementNote | 'no-spans';

/** The note of an F1 score: 'no-spans' when it is undefined, else null. */
export function f1Note(score: Score): FigureNote | null {
  return score.f1 === null ? 'no-spans' : null;
}

/** True for the code units that count as whitespace in a token (ASCII, ideographic space, NBSP). */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0 || code === 0xfeff || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029;
}

/** Indexes of the tokens that hold something other than whitespace. */
function unitTokens(text: string, tokens: TokenSpans): Uint32Array {
  const units = new Uint32Array(tokens.count);
  let count = 0;
  for (let i = 0; i < tokens.count; i++) {
    const end = tokens.end[i]!;
    for (let offset = tokens.start[i]!; offset < end; offset++) {
      if (!isSpace(text.charCodeAt(offset))) {
        units[count++] = i;
        break;
      }
    }
  }
  return units.subarray(0, count);
}

/**
 * The agreement report of `input.sets` on one article. Cost: a pass over the
 * tokens per annotator, and span matching through a sorted index per pair;
 * two sets of 10,000 claims on a 200,000-character text take a few tens of
 * milliseconds (test/unit/agreement/report-performance.test.ts).
 * @throws RangeError with fewer than two sets or an annotator given twice.
 */
export function agreementReport(input: AgreementInput): AgreementReport {
  const { sets, text, tokens } = input;
  if (sets.length < 2) throw new RangeError(`Agreement needs two annotators or more, not ${sets.length}`);
  if (new Set(sets.map((set) => set.annotatorId)).size !== sets.length) throw new RangeError('An annotator appears twice in the comparison');

  const units = unitTokens(text, tokens);
  const placed = sets.map((set) => placedClaims(set.claims));
  const ratings = placed.map((claims) => {
    const all = tokenCategories(tokens, claims);
    const kept = new Uint8Array(units.length);
    for (let u = 0; u < units.length; u++) kept[u] = all[units[u]!]!;
    return kept;
  });
  const spans = placed.map((claims) => claims.map((claim) => ({ start: claim.anchor.start, end: claim.anchor.end, label: claim.label })));

  const annotators = sets.map((set, i): AnnotatorSummary => {
    const perLabel = Object.fromEntries(CLAIM_LABELS.map((label) => [label, 0])) as Record<ClaimLabel, number>;
    for (const claim of placed[i]!) perLabel[claim.label] += 1;
    const unitsPerCategory = new Array<number>(TOKEN_CATEGORY_COUNT).fill(0);
    for (const category of ratings[i]!) unitsPerCategory[category]! += 1;
    return { annotatorId: set.annotatorId, claims: placed[i]!.length, orphans: set.claims.length - placed[i]!.length, perLabel, unitsPerCategory };
  });

  const pairs: PairAgreement[] = [];
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      pairs.push({
        a,
        b,
        annotators: [sets[a]!.annotatorId, sets[b]!.annotatorId],
        exact: scoreSpans(spans[a]!, spans[b]!, CLAIM_LABELS, 'exact'),
        overlap: scoreSpans(spans[a]!, spans[b]!, CLAIM_LABELS, 'overlap'),
        kappa: cohensKappa(ratings[a]!, ratings[b]!, TOKEN_CATEGORY_COUNT),
      });
    }
  }

  return {
    annotators,
    units: units.length,
    skippedTokens: tokens.count - units.length,
    pairs,
    fleiss: sets.length > 2 ? fleissKappa(ratings, TOKEN_CATEGORY_COUNT) : null,
    alpha: krippendorffAlpha(ratings, TOKEN_CATEGORY_COUNT),
  };
}
