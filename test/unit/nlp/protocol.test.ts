import { describe, expect, it } from 'vitest';
import { buildTokenTable, type TokenTable } from '../../../src/domain/token.ts';
import { errorMessage, isTokenTable, isTokenizerMessage, isTokenizerRequest } from '../../../src/nlp/protocol.ts';

function sampleTable(): TokenTable {
  return buildTokenTable([
    { start: 0, end: 2, pos: '名詞', posDetail: '一般', baseForm: '𠮷', reading: '', conjugation: '*' },
    { start: 2, end: 3, pos: '助詞', posDetail: '格助詞', baseForm: 'で', reading: 'デ', conjugation: '*' },
  ]);
}

describe('isTokenTable', () => {
  it('accepts a table built by buildTokenTable, including an empty one', () => {
    expect(isTokenTable(sampleTable())).toBe(true);
    expect(isTokenTable(buildTokenTable([]))).toBe(true);
  });

  it.each<[string, (table: TokenTable) => unknown]>([
    ['a column that is a plain array', (t) => ({ ...t, pos: [...t.pos] })],
    ['a column of another typed array type', (t) => ({ ...t, end: Int32Array.from(t.end) })],
    ['a column shorter than count', (t) => ({ ...t, reading: t.reading.slice(0, 1) })],
    ['a fractional count', (t) => ({ ...t, count: 1.5 })],
    ['a string index out of range', (t) => ({ ...t, baseForm: Uint32Array.from([0, 99]) })],
    ['a non-string in strings', (t) => ({ ...t, strings: [...t.strings, 3] })],
    ['an empty token', (t) => ({ ...t, end: Uint32Array.from([0, 3]) })],
    ['overlapping tokens', (t) => ({ ...t, start: Uint32Array.from([0, 1]) })],
  ])('rejects %s', (_name, corrupt) => {
    expect(isTokenTable(corrupt(sampleTable()))).toBe(false);
  });
});

describe('isTokenizerMessage', () => {
  it.each([
    { type: 'progress', loadedBytes: 10, totalBytes: 20, filesDone: 1, filesTotal: 12 },
    { type: 'progress', loadedBytes: 0, totalBytes: 0, filesDone: 0, filesTotal: 0 },
    { type: 'ready', ms: 1234.5 },
    { type: 'loadFailed', error: 'Dictionary file base.dat.gz could not be downloaded (HTTP 404)' },
    { type: 'tokenized', id: 3, result: { ok: false, error: 'boom' } },
    { type: 'notCached', id: 4 },
    { type: 'tokenized', id: 5, result: { ok: false, error: 'boom' }, startedAt: 1764460800123.25 },
  ])('accepts %j', (message) => {
    expect(isTokenizerMessage(message)).toBe(true);
  });

  it('accepts a successful tokenized message carrying a table', () => {
    expect(isTokenizerMessage({ type: 'tokenized', id: 0, result: { ok: true, table: sampleTable(), ms: 2 } })).toBe(true);
  });

  it.each([
    null,
    'ready',
    42,
    {},
    { type: 'unknown' },
    { type: 'progress', loadedBytes: 30, totalBytes: 20, filesDone: 1, filesTotal: 12 },
    { type: 'progress', loadedBytes: 1, totalBytes: 2, filesDone: 3, filesTotal: 2 },
    { type: 'progress', loadedBytes: -1, totalBytes: 2, filesDone: 0, filesTotal: 2 },
    { type: 'progress', loadedBytes: '1', totalBytes: 2, filesDone: 0, filesTotal: 2 },
    { type: 'ready' },
    { type: 'ready', ms: Number.NaN },
    { type: 'loadFailed', error: new Error('not a string') },
    { type: 'tokenized', id: '1', result: { ok: false, error: 'x' } },
    { type: 'tokenized', id: 1 },
    { type: 'tokenized', id: 1, result: { ok: false } },
    { type: 'tokenized', id: 1, result: { ok: true, ms: 1 } },
    { type: 'tokenized', id: 1, result: { ok: 'yes', error: 'x' } },
    { type: 'notCached' },
    { type: 'notCached', id: 1.5 },
    { type: 'tokenized', id: 1, result: { ok: false, error: 'x' }, startedAt: Number.NaN },
    { type: 'tokenized', id: 1, result: { ok: false, error: 'x' }, startedAt: '3' },
  ])('rejects %j', (message) => {
    expect(isTokenizerMessage(message)).toBe(false);
  });

  it('rejects a tokenized message whose table is malformed', () => {
    const table = { ...sampleTable(), start: [0, 2] };
    expect(isTokenizerMessage({ type: 'tokenized', id: 1, result: { ok: true, table, ms: 1 } })).toBe(false);
  });
});

describe('isTokenizerRequest', () => {
  it.each([
    { type: 'load' },
    { type: 'load', now: true },
    { type: 'tokenize', id: 1, text: '本日、AIに関して', lang: 'ja' },
    { type: 'tokenize', id: 2, text: '', lang: 'en' },
    { type: 'tokenize', id: 3, text: '本日', lang: 'ja', early: true },
  ])('accepts %j', (request) => {
    expect(isTokenizerRequest(request)).toBe(true);
  });

  it.each([
    undefined,
    { type: 'tokenize', id: 1, text: 'x', lang: 'fr' },
    { type: 'tokenize', id: -1, text: 'x', lang: 'ja' },
    { type: 'tokenize', id: 1, text: 5, lang: 'ja' },
    { type: 'tokenize', text: 'x', lang: 'ja' },
    { type: 'tokenize', id: 1, text: 'x', lang: 'ja', early: 'yes' },
    { type: 'load', now: 1 },
    { type: 'ready', ms: 1 },
  ])('rejects %j', (request) => {
    expect(isTokenizerRequest(request)).toBe(false);
  });
});

describe('errorMessage', () => {
  it('takes the message of an Error, the name of one without message, and stringifies the rest', () => {
    expect(errorMessage(new Error('network down'))).toBe('network down');
    expect(errorMessage(new TypeError())).toBe('TypeError');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(404)).toBe('404');
  });
});
