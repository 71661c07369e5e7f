import { describe, expect, it } from 'vitest';
import { buildClaimSet } from '../../../src/domain/format/build-claim-set.ts';
import { CSV_COLUMNS, exportCsv, textCell } from '../../../src/domain/format/csv-export.ts';
import { sampleStore } from './sample-store.ts';

/**
 * A small RFC 4180 reader, to check the output round-trips: quoted fields may
 * hold commas, doubled quotes and line breaks; records end with CRLF.
 */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  if (field !== '' || row.length > 0) throw new Error('last record not terminated by CRLF');
  return rows;
}

const file = buildClaimSet(sampleStore(), { exportedAt: '2025-02-01T12:00:00.000Z', generator: 'test' });
const csv = exportCsv(file);

describe('exportCsv', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('has one row per claim, every field readable back', () => {
    const rows = readCsv(csv.slice(1));
    expect(rows).toHaveLength(1 + file.claims.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const [, c1, c2, , c4] = rows;
    expect(c1).toEqual([
      'art-1', 'Title of art-1', 'c-1', 'fact', '7', '14', '１２３円だった', 'It was 123 yen',
      `'=HYPERLINK("http://evil")`,
      'https://example.com/a?x=1,2 https://example.org/b',
      'Alice 有紀', '2025-01-28T10:00:00.000Z', '2025-01-28T10:00:00.000Z',
    ]);
    // CRLF inside a note survives, quoted; the emoji sequence and か+゙ are intact.
    expect(c2![8]).toBe('家族について、\r\n改行あり');
    expect(c2![6]).toBe('👨‍👩‍👧で「か\u3099」');
    expect(c4![1]).toBe('Plain');
  });

  it('quotes fields with quotes, commas or line breaks, doubling the quotes', () => {
    expect(textCell('plain')).toBe('plain');
    expect(textCell('a,b')).toBe('"a,b"');
    expect(textCell('say "hi"')).toBe('"say ""hi"""');
    expect(textCell('two\nlines')).toBe('"two\nlines"');
    expect(textCell('cr\ronly')).toBe('"cr\ronly"');
  });

  it('neutralizes cells a spreadsheet would run as formulas', () => {
    for (const danger of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1']) expect(textCell(danger).replace(/^"/, '')[0]).toBe("'");
    expect(textCell('=cmd|" /C calc"!A0')).toBe(`"'=cmd|"" /C calc""!A0"`);
    expect(textCell('１２３')).toBe('１２３');
    expect(textCell('a=b')).toBe('a=b');
  });

  it('an empty claim set is just the header', () => {
    expect(exportCsv({ ...file, claims: [] })).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
  });
});
