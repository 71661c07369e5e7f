import type { ClaimSetFile } from './claim-set.ts';
import { sortClaimSet } from './serialize-claim-set.ts';

/** The columns, in order; the first row of the file names them. */
export const CSV_COLUMNS = [
  'article_id', 'article_title', 'claim_id', 'label', 'start', 'end', 'quote', 'gloss', 'note', 'evidence_urls', 'author', 'created', 'updated',
] as const;

/**
 * Characters that make a spreadsheet read a cell as a formula (`=SUM(...)`,
 * `+1`, `-1`, `@cmd`), plus tab and carriage return, which some spreadsheets
 * strip before checking: OWASP's list for CSV injection.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One row per claim, for spreadsheets: RFC 4180 (fields with a quote, comma
 * or line break are quoted, quotes doubled; rows end with CRLF), UTF-8 with a
 * byte-order mark so Excel reads Japanese correctly (the string starts with
 * U+FEFF; encode it as UTF-8). `start` and `end` count code points, as in
 * the native format. Evidence URLs are joined with a space (a URL never
 * contains one). Rows follow the native file's order.
 *
 * A text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading
 * apostrophe, so that a quote such as "=HYPERLINK(...)" shows as text
 * instead of running as a formula; the apostrophe is visible in other tools.
 */
export function exportCsv(file: ClaimSetFile): string {
  const sorted = sortClaimSet(file);
  const titleById = new Map(sorted.articles.map((a) => [a.id, a.title]));
  const nameById = new Map(sorted.annotators.map((a) => [a.id, a.name]));
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const claim of sorted.claims) {
    rows.push([
      textCell(claim.articleId),
      textCell(titleById.get(claim.articleId) ?? ''),
      textCell(claim.id),
      textCell(claim.label),
      String(claim.selector.start),
      String(claim.selector.end),
      textCell(claim.selector.exact),
      textCell(claim.gloss),
      textCell(claim.note),
      textCell(claim.evidence.map((e) => e.url).join(' ')),
      textCell(nameById.get(claim.authorId) ?? claim.authorId),
      textCell(claim.createdAt),
      textCell(claim.updatedAt),
    ].join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** One text field: neutralized if it could start a formula, then quoted if needed (RFC 4180). */
export function textCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
