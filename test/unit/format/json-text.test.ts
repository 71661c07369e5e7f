import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, describeSyntaxError, readJsonText } from '../../../src/domain/format/json-text.ts';
import { parseImportFile } from '../../../src/domain/format/parse-import-file.ts';
import { CodePointIndex } from '../../../src/domain/offsets.ts';
import { looseToCodePoint, looseToUtf16 } from '../../../src/domain/format/loose-offsets.ts';
import { pointer } from '../../../src/domain/format/problems.ts';

describe('readJsonText', () => {
  it('parses JSON and skips a byte-order mark', () => {
    expect(readJsonText('\uFEFF{"a":[1,{"b":null}]}')).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });

  it('refuses what is not text', () => {
    expect(readJsonText(42)).toEqual({ ok: false, errors: [{ path: '', message: 'The file could not be read as text.' }] });
  });

  it('counts lines and columns from the position V8 reports, across CRLF', () => {
    const result = readJsonText('{\r\n  "a": 1,\r\n  "b" 2\r\n}');
    expect(result).toEqual({ ok: false, errors: [{ path: '', message: expect.stringMatching(/^Not valid JSON at line 3, column 7: /) }] });
  });

  it('uses the line and column other engines put in their message', () => {
    const firefox = new SyntaxError('JSON.parse: expected \',\' or \'}\' after property value in object at line 3 column 7 of the JSON data');
    expect(describeSyntaxError('…', firefox)).toBe("Not valid JSON at line 3, column 7: expected ',' or '}' after property value in object.");
    expect(describeSyntaxError('…', new SyntaxError('JSON Parse error: Unexpected identifier "x"'))).toBe('Not valid JSON: JSON Parse error: Unexpected identifier "x".');
  });

  it('accepts nesting up to the limit and refuses one level more', () => {
    const nested = (n: number): string => `${'['.repeat(n)}${']'.repeat(n)}`;
    expect(readJsonText(nested(MAX_JSON_DEPTH)).ok).toBe(true);
    expect(readJsonText(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ ok: false, errors: [{ path: `${'/0'.repeat(MAX_JSON_DEPTH)}` }] });
  });

  it('reports every forbidden key by path, escaping ~ and / in it', () => {
    const result = readJsonText('{"a/b~c":{"prototype":1},"list":[{"constructor":{}}]}');
    expect(result).toEqual({
      ok: false,
      errors: [
        { path: '/a~1b~0c/prototype', message: 'The key "prototype" is not allowed in an import file.' },
        { path: '/list/0/constructor', message: 'The key "constructor" is not allowed in an import file.' },
      ],
    });
  });

  it('escapes JSON Pointer tokens as RFC 6901 says', () => {
    expect(pointer('', 'a/b')).toBe('/a~1b');
    expect(pointer('/x', '~1')).toBe('/x/~01');
    expect(pointer('/x', 3)).toBe('/x/3');
  });
});

describe('parseImportFile', () => {
  it('routes a W3C collection to the W3C reader and the rest to the native one', () => {
    expect(parseImportFile('{"type":"AnnotationCollection","first":{"items":[]}}')).toMatchObject({ kind: 'w3c', ok: false, errors: [{ path: '/@context' }] });
    expect(parseImportFile('{"format":"x"}')).toMatchObject({ kind: 'claim-set', ok: false, errors: [{ path: '/format' }] });
    expect(parseImportFile('nope')).toMatchObject({ kind: 'claim-set', ok: false });
  });
});

describe('loose offsets (hints for claims taken on another text)', () => {
  const index = new CodePointIndex('a𠮷b');
  it('convert like CodePointIndex inside the text', () => {
    expect([0, 1, 3, 4].map((u) => looseToCodePoint(index, u))).toEqual([0, 1, 2, 3]);
    expect([0, 1, 2, 3].map((c) => looseToUtf16(index, c))).toEqual([0, 1, 3, 4]);
  });
  it('map a UTF-16 offset inside a pair to the start of the pair', () => {
    expect(looseToCodePoint(index, 2)).toBe(1);
  });
  it('extend one for one past the end, and back', () => {
    expect(looseToCodePoint(index, 10)).toBe(9);
    expect(looseToUtf16(index, 9)).toBe(10);
  });
});
