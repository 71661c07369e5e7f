import { toHiragana, toRomaji } from 'wanakana';
import type { Token } from './token.ts';
import { posDetailInEnglish, posInEnglish } from './pos-names.ts';

/** What the word panel shows about a token, in both languages. */
export interface WordInfo {
  surface: string;
  /** Reading in hiragana ('' when the tokenizer gives none, as for English). */
  reading: string;
  /** Hepburn romaji of the reading ('' when none). */
  romaji: string;
  baseForm: string;
  /** e.g. 名詞・固有名詞 */
  posJa: string;
  /** e.g. noun, proper noun */
  posEn: string;
}

/** Kanji (CJK unified ideographs, extension A, the 𠮷 planes, and 々). */
const KANJI = /[\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** True when `text` holds at least one kanji: only such words get furigana. */
export function hasKanji(text: string): boolean {
  return KANJI.test(text);
}

/** Describes a token for the word panel. */
export function describeWord(token: Token): WordInfo {
  const reading = token.reading && token.reading !== '*' ? toHiragana(token.reading) : '';
  const detailJa = token.posDetail && token.posDetail !== '*' ? `・${token.posDetail}` : '';
  const detailEn = posDetailInEnglish(token.posDetail);
  return {
    surface: token.surface,
    reading,
    romaji: reading ? toRomaji(reading) : '',
    baseForm: token.baseForm && token.baseForm !== '*' ? token.baseForm : token.surface,
    posJa: `${token.pos}${detailJa}`,
    posEn: detailEn ? `${posInEnglish(token.pos)}, ${detailEn}` : posInEnglish(token.pos),
  };
}

/** Furigana for part of a token: UTF-16 offsets relative to the token's start, and the reading. */
export interface Furigana {
  from: number;
  to: number;
  reading: string;
}

/**
 * The reading to show above a token, or null when the token needs none (no
 * kanji, no reading, or the reading spells the surface already). Kana that
 * the surface and the reading share at either end (okurigana such as して in
 * 関して, or the お of お客様) are left out, so the reading sits over the kanji.
 */
export function furiganaFor(token: Pick<Token, 'surface' | 'reading'>): Furigana | null {
  if (!hasKanji(token.surface) || !token.reading || token.reading === '*') return null;
  const surface = toHiragana(token.surface, { passRomaji: true });
  const reading = toHiragana(token.reading);
  if (reading === surface) return null;
  let head = 0;
  while (head < surface.length && head < reading.length && surface[head] === reading[head] && !hasKanji(surface[head]!)) head += 1;
  let tail = 0;
  while (
    tail < surface.length - head &&
    tail < reading.length - head &&
    surface[surface.length - 1 - tail] === reading[reading.length - 1 - tail] &&
    !hasKanji(surface[surface.length - 1 - tail]!)
  ) {
    tail += 1;
  }
  const core = reading.slice(head, reading.length - tail);
  if (!core) return null;
  return { from: head, to: token.surface.length - tail, reading: core };
}
