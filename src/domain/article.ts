/** Languages an article can be written in; they decide the tokenizer. */
export const ARTICLE_LANGUAGES = ['ja', 'en'] as const;
export type ArticleLanguage = (typeof ARTICLE_LANGUAGES)[number];

/**
 * An article as stored. `text` is canonical: line breaks are LF, and it is
 * never edited after it is added; every claim offset counts UTF-16 code units
 * into this exact string (see `offsets.ts`). `contentHash` is the lowercase hex
 * SHA-256 of the UTF-8 bytes of `text`, so two copies of the same text agree.
 */
export interface Article {
  id: string;
  title: string;
  lang: ArticleLanguage;
  text: string;
  contentHash: string;
  /** Where the article was published, if known. */
  url?: string;
  publisher?: string;
  /** Publication date, ISO `YYYY-MM-DD`. */
  published?: string;
  headerImage?: string;
  /** A parallel translation, paragraph for paragraph, LF line breaks. */
  translation?: string;
  /** ISO timestamp of when it entered this browser. */
  addedAt: string;
}

/** Splits canonical text into paragraphs with their UTF-16 start offsets. */
export function paragraphsOf(text: string): { start: number; text: string }[] {
  const paragraphs: { start: number; text: string }[] = [];
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      paragraphs.push({ start, text: text.slice(start) });
      return paragraphs;
    }
    paragraphs.push({ start, text: text.slice(start, end) });
    start = end + 1;
  }
}
