import { normalizeLineBreaks } from '../../text/normalize.ts';

/**
 * The white space trimmed from the end of a line: tab, vertical tab, form
 * feed, space, no-break space, ogham space, the spaces U+2000 to U+200A,
 * narrow no-break space, medium mathematical space, ideographic space U+3000
 * and U+FEFF (a stray byte order mark). Not U+200B to U+200D: the zero-width
 * joiner holds emoji sequences such as 👨‍👩‍👧 together. Not U+2028, U+2029
 * or U+0085, which `normalizeLineBreaks` leaves as they are.
 */
function isTrailingSpace(code: number): boolean {
  return (
    code === 0x09 || code === 0x0b || code === 0x0c || code === 0x20 || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** `line` without its trailing white space; a backwards scan, linear even on a line of a million spaces. */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && isTrailingSpace(line.charCodeAt(end - 1))) end -= 1;
  return end === line.length ? line : line.slice(0, end);
}

/**
 * Makes a new article's text canonical before it is stored, and so before
 * any claim offset is taken on it. Exactly these steps, in this order:
 *
 * 1. Line breaks: CRLF and a lone CR each become one LF (`normalizeLineBreaks`).
 * 2. Each line loses its trailing white space (the characters listed at
 *    `isTrailingSpace`); leading white space, such as the ideographic space
 *    that indents a Japanese paragraph, is kept.
 * 3. Two or more empty lines in a row (three or more line breaks in a row)
 *    become one empty line; a single empty line between paragraphs is kept.
 * 4. Empty lines at the start and at the end are removed, so the text neither
 *    begins nor ends with a line break.
 *
 * Nothing else changes: no Unicode normalization (か + U+3099 stays two code
 * units, full-width digits stay full-width), no change inside a line, no
 * Markdown or HTML processing. Idempotent. A text of only white space and
 * line breaks becomes the empty string.
 */
export function normalizeArticleText(text: string): string {
  const lines = normalizeLineBreaks(text).split('\n');
  const kept: string[] = [];
  let emptyRun = 0;
  for (const line of lines) {
    const trimmed = trimLineEnd(line);
    if (trimmed === '') {
      emptyRun += 1;
      continue;
    }
    // An empty run before the first line is leading blank space: dropped.
    if (emptyRun > 0 && kept.length > 0) kept.push('');
    emptyRun = 0;
    kept.push(trimmed);
  }
  return kept.join('\n');
}
