import { describe, expect, it } from 'vitest';
import { tokenAt } from '../../../src/domain/token.ts';
import { isTokenTable } from '../../../src/nlp/protocol.ts';
import { TokenTableBuilder } from '../../../src/nlp/token-table-builder.ts';

describe('TokenTableBuilder', () => {
  it('grows past its capacity hint and interns repeated strings once', () => {
    const builder = new TokenTableBuilder(2);
    const text = 'ab'.repeat(50);
    for (let i = 0; i < 100; i++) builder.push(i, i + 1, i % 2 ? 'b' : 'a', '*', text[i]!, '', '*');
    const table = builder.finish();
    expect(isTokenTable(table)).toBe(true);
    expect(table.count).toBe(100);
    expect(table.start).toHaveLength(100);
    expect(tokenAt(table, text, 99)).toMatchObject({ start: 99, end: 100, surface: 'b', pos: 'b', baseForm: 'b' });
    expect(table.strings).toEqual(['a', '*', '', 'b']);
  });

  it('gives every column its own exact buffer', () => {
    const builder = new TokenTableBuilder(64);
    builder.push(0, 1, 'x', 'x', 'x', 'x', 'x');
    const table = builder.finish();
    const buffers = [table.start, table.end, table.pos, table.posDetail, table.baseForm, table.reading, table.conjugation].map((c) => c.buffer);
    expect(new Set(buffers).size).toBe(7);
    for (const buffer of buffers) expect(buffer.byteLength).toBe(4);
  });

  it('refuses empty tokens and tokens that overlap the previous one', () => {
    const builder = new TokenTableBuilder();
    builder.push(0, 2, 'x', '*', '*', '', '*');
    expect(() => builder.push(1, 3, 'x', '*', '*', '', '*')).toThrow(/overlaps/);
    expect(() => builder.push(3, 3, 'x', '*', '*', '', '*')).toThrow(/empty/);
    builder.push(2, 3, 'x', '*', '*', '', '*');
    expect(builder.finish().count).toBe(2);
  });
});
