import { paragraphsOf } from './article.ts';

/**
 * Parallel translations are aligned paragraph by paragraph (the n-th line of
 * the translation goes with the n-th line of the article; extra translation
 * lines join the last paragraph), then sentence by sentence inside a
 * paragraph, by position. That is what a translator who keeps the layout
 * produces; nothing cleverer is attempted, and the UI shows both texts so a
 * wrong alignment is visible at once.
 */

/** The translation lines for each paragraph of `text` ('' where none). */
export function alignParagraphs(text: string, translation: string): string[] {
  const source = paragraphsOf(text);
  const lines = translation.split('\n');
  return source.map((_, index) => {
    if (index < source.length - 1) return lines[index] ?? '';
    return lines.slice(index).join(' ').trim();
  });
}

/** Sentence ends in Japanese and English: 。！？ and . ! ? (followed by space or the end). */
const SENTENCE_END = /[。！？!?]+|\.(?=\s|$)/gu;

/** Splits a line into sentences with their start offsets (UTF-16); never empty for non-empty input. */
export function sentencesOf(line: string): { start: number; text: string }[] {
  const sentences: { start: number; text: string }[] = [];
  let start = 0;
  for (const match of line.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (line.slice(start, end).trim()) sentences.push({ start, text: line.slice(start, end).trim() });
    start = end;
  }
  if (line.slice(start).trim()) sentences.push({ start, text: line.slice(start).trim() });
  return sentences;
}

/**
 * The translation sentence aligned with UTF-16 offset `offset` of `text`:
 * same paragraph, same sentence index (the last one when the translation
 * has fewer). Null when the paragraph has no translation.
 */
export function alignedSentence(text: string, translation: string, offset: number): string | null {
  const paragraphs = paragraphsOf(text);
  let index = paragraphs.length - 1;
  while (index > 0 && paragraphs[index]!.start > offset) index -= 1;
  const paragraph = paragraphs[index]!;
  const target = alignParagraphs(text, translation)[index] ?? '';
  const targetSentences = sentencesOf(target);
  if (targetSentences.length === 0) return null;
  const sourceSentences = sentencesOf(paragraph.text);
  const within = offset - paragraph.start;
  let sentence = 0;
  for (let i = 0; i < sourceSentences.length; i += 1) if (sourceSentences[i]!.start <= within) sentence = i;
  return targetSentences[Math.min(sentence, targetSentences.length - 1)]!.text;
}
