import type { ArticleLanguage } from '../article.ts';

/**
 * How much of a text is read to guess its language, in UTF-16 code units.
 * The guess runs on every edit of the paste box, so it must stay cheap on a
 * 1,000,000-character article; the opening of an article says enough.
 */
export const LANGUAGE_SAMPLE_LENGTH = 20_000;

/**
 * The share of letters that must be Japanese (kana or kanji) for a text to
 * count as Japanese. Japanese writes about one character per syllable and
 * English about five letters per word, so a Japanese article full of English
 * names (NVIDIA, DeepSeek, App Store) stays well above it, and an English
 * article that quotes a few Japanese words stays well below.
 */
export const JAPANESE_SHARE_THRESHOLD = 0.3;

/** Hiragana, katakana (with phonetic extensions and half-width forms) and the CJK ideograph blocks. */
const JAPANESE = /[\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005\u3006\u303b\u{20000}-\u{323af}]/gu;
/** ASCII and Latin-1/Latin Extended letters, as English (and its borrowed words) writes them. */
const LATIN = /[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/g;

/** Counts of the letters the guess is based on. */
export interface LetterCounts {
  japanese: number;
  latin: number;
}

/**
 * Counts Japanese letters (hiragana, katakana, kanji including those outside
 * the BMP such as 𠮷, and the marks 々 〆 〻) and Latin letters in the first
 * `LANGUAGE_SAMPLE_LENGTH` code units of `text`. Digits, punctuation, emoji
 * and full-width Latin letters (ＡＢＣ, a Japanese typographic habit but not
 * English) count as neither.
 */
export function countLetters(text: string): LetterCounts {
  // Cutting inside a surrogate pair is harmless: the lone half matches neither pattern.
  const sample = text.slice(0, LANGUAGE_SAMPLE_LENGTH);
  return { japanese: sample.match(JAPANESE)?.length ?? 0, latin: sample.match(LATIN)?.length ?? 0 };
}

/**
 * Guesses whether an article is Japanese or English from the share of its
 * letters that are kana or kanji (see `countLetters` for what is counted).
 *
 * @return 'ja' when Japanese letters make up at least
 *   `JAPANESE_SHARE_THRESHOLD` of the counted letters, 'en' when they make up
 *   less, and null when the sample holds no letter of either kind (empty text,
 *   digits or emoji only): the caller keeps the user's or the default choice.
 */
export function guessLanguage(text: string): ArticleLanguage | null {
  const { japanese, latin } = countLetters(text);
  if (japanese + latin === 0) return null;
  return japanese / (japanese + latin) >= JAPANESE_SHARE_THRESHOLD ? 'ja' : 'en';
}
