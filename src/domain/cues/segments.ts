/**
 * Sentences and clauses over tokens: the spans a cue rule can propose.
 *
 * Sentences end after a token made only of 。！？!? (and, in English, a '.'
 * that is not an abbreviation or followed by a lower-case word), together
 * with any closing brackets or quotes right after it (unless a particle
 * follows them: 「そうだ。」と言った is one sentence), and at every line
 * break (a token holding '\n' or '\r', or a line break in the text between
 * two tokens). Whitespace tokens never begin or end a sentence.
 *
 * Clauses are cut inside a sentence:
 * - Japanese: at a 読点 (、 or ，) whose previous token is a conjunctive
 *   particle (助詞/接続助詞) among が, けど, けれど, けれども, し, て, で,
 *   ながら, つつ, itself right after a predicate (動詞, 助動詞 or 形容詞:
 *   "ありませんが、", "しませんし、", "でありながら、", "して、"). These join
 *   clauses that each make their own statement (contrast, listing,
 *   sequence); the predicate condition keeps adverbial uses such as
 *   "残念ながら、" whole. Conditional and causal particles (ば, と,
 *   たら, なら, から, ので) are deliberately NOT cut: the statement means
 *   nothing without its condition or reason. A 読点 after anything else
 *   (a topic は, an adverb, 連用中止 of a verb) does not cut either.
 * - English: at ';', and at ',' when the next word is a conjunction (but,
 *   and, or, so, yet, although, though, while, whereas).
 * The cutting 読点, ',' or ';' belongs to neither clause; a clause keeps its
 * conjunctive particle ("…ありませんが"), and the last clause keeps the
 * sentence's final 。. Spans start at the first token and end at the last.
 */
import type { ArticleLanguage } from '../article.ts';
import type { Token } from '../token.ts';

/** A run of tokens: [tokenStart, tokenEnd) into the token list, [start, end) in UTF-16. */
export interface Segment {
  tokenStart: number;
  tokenEnd: number;
  start: number;
  end: number;
}

export interface Sentence extends Segment {
  clauses: Segment[];
}

/** Conjunctive particles after which a 読点 ends a clause. */
export const JA_CLAUSE_PARTICLES: ReadonlySet<string> = new Set(['が', 'けど', 'けれど', 'けれども', 'し', 'て', 'で', 'ながら', 'つつ']);
/** Parts of speech that end a predicate: a clause-cutting particle must follow one. */
const JA_PREDICATE_POS: ReadonlySet<string> = new Set(['動詞', '助動詞', '形容詞']);
/** Words before which an English comma ends a clause. */
export const EN_CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'so', 'yet', 'although', 'though', 'while', 'whereas']);
/** Words after which an English '.' does not end a sentence. */
const EN_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'inc', 'corp', 'co', 'ltd', 'no', 'e.g', 'i.e', 'u.s', 'u.k', 'jan', 'feb',
  'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const TERMINATOR = /^[。！？!?]+$/u;
const CLOSER = /^[」』）)\]】〉》"'”’]+$/u;
const READOUTEN = new Set(['、', '，']);
const WHITESPACE = /^\s+$/u;
const LINE_BREAK = /[\n\r]/;

/** True for tokens that are only whitespace: they are skipped by patterns and never bound a span. */
export function isWhitespaceToken(token: Token): boolean {
  return WHITESPACE.test(token.surface);
}

function endsSentence(tokens: readonly Token[], i: number, lang: ArticleLanguage): boolean {
  const token = tokens[i]!;
  if (TERMINATOR.test(token.surface)) return true;
  if (lang !== 'en' || token.surface !== '.') return false;
  const previous = tokens[i - 1];
  if (previous && previous.end === token.start && EN_ABBREVIATIONS.has(previous.surface.toLowerCase())) return false;
  if (previous && previous.end === token.start && /^\p{Lu}$/u.test(previous.surface)) return false; // an initial: "J. Smith"
  const next = tokens[i + 1];
  return !next || !/^[\p{Ll}\p{Nd}]/u.test(next.surface);
}

/**
 * Cuts `tokens` (all tokens of `text`, in order) into sentences and each
 * sentence into clauses, as described in the module comment. Sentences and
 * clauses never include whitespace-only tokens at their edges, and a sentence
 * with no token other than whitespace is not returned.
 */
export function cutSentences(text: string, tokens: readonly Token[], lang: ArticleLanguage): Sentence[] {
  const sentences: Sentence[] = [];
  let first = -1;
  let last = -1;
  const close = () => {
    if (first >= 0) {
      const tokenStart = first;
      const tokenEnd = last + 1;
      sentences.push({
        tokenStart,
        tokenEnd,
        start: tokens[tokenStart]!.start,
        end: tokens[last]!.end,
        clauses: cutClauses(tokens, tokenStart, tokenEnd, lang),
      });
    }
    first = -1;
    last = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const gapStart = i === 0 ? 0 : tokens[i - 1]!.end;
    if (LINE_BREAK.test(token.surface) || LINE_BREAK.test(text.slice(gapStart, token.start))) close();
    if (isWhitespaceToken(token)) continue;
    if (first < 0) first = i;
    last = i;
    if (endsSentence(tokens, i, lang)) {
      let closers = 0;
      while (i + 1 < tokens.length && CLOSER.test(tokens[i + 1]!.surface) && tokens[i + 1]!.start === tokens[i]!.end) {
        i++;
        last = i;
        closers++;
      }
      // 「…。」と言った: a quotation closed and followed by a particle goes on.
      const next = tokens[i + 1];
      if (closers > 0 && next?.pos === '助詞' && next.start === tokens[i]!.end) continue;
      close();
    }
  }
  close();
  return sentences;
}

/** Index of the previous non-whitespace token at or after `from`, or -1. */
function previousContent(tokens: readonly Token[], i: number, from: number): number {
  for (let j = i - 1; j >= from; j--) if (!isWhitespaceToken(tokens[j]!)) return j;
  return -1;
}

function nextContent(tokens: readonly Token[], i: number, to: number): number {
  for (let j = i + 1; j < to; j++) if (!isWhitespaceToken(tokens[j]!)) return j;
  return -1;
}

function cutsClause(tokens: readonly Token[], i: number, from: number, to: number, lang: ArticleLanguage): boolean {
  const token = tokens[i]!;
  if (lang === 'ja') {
    if (!READOUTEN.has(token.surface)) return false;
    const p = previousContent(tokens, i, from);
    if (p < 0) return false;
    const particle = tokens[p]!;
    if (particle.pos !== '助詞' || particle.posDetail !== '接続助詞' || !JA_CLAUSE_PARTICLES.has(particle.surface)) return false;
    const q = previousContent(tokens, p, from);
    return q >= 0 && JA_PREDICATE_POS.has(tokens[q]!.pos);
  }
  if (token.surface === ';') return true;
  if (token.surface !== ',') return false;
  const n = nextContent(tokens, i, to);
  return n >= 0 && EN_CLAUSE_CONJUNCTIONS.has(tokens[n]!.surface.toLowerCase());
}

/** Clauses of the sentence made of tokens [from, to). */
function cutClauses(tokens: readonly Token[], from: number, to: number, lang: ArticleLanguage): Segment[] {
  const clauses: Segment[] = [];
  let first = -1;
  let last = -1;
  const close = () => {
    if (first >= 0) clauses.push({ tokenStart: first, tokenEnd: last + 1, start: tokens[first]!.start, end: tokens[last]!.end });
    first = -1;
    last = -1;
  };
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    if (isWhitespaceToken(token)) continue;
    if (cutsClause(tokens, i, from, to, lang)) {
      close();
      continue;
    }
    if (first < 0) first = i;
    last = i;
  }
  close();
  return clauses;
}
