import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import en from '../../src/ui/i18n/en.json';
import ja from '../../src/ui/i18n/ja.json';

const UI_ROOT = join(import.meta.dirname, '../../src/ui');
/** Attributes whose literal values a user reads or hears. */
const USER_FACING_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
/** Letters of any script we write in: a JSX text with none of these (×, —, digits) is not language. */
const LETTERS = /[\p{L}]/u;

function flatten(resource: object, prefix = ''): string[] {
  return Object.entries(resource).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Keys without i18next plural suffixes: Japanese has no singular form. */
function baseKeys(resource: object): Set<string> {
  return new Set(flatten(resource).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx$/.test(entry.name) ? [path] : [];
  });
}

/** Literal user-facing strings in a TSX file: JSX text and string-valued user-facing attributes. */
function literalStrings(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    // Key caps (<kbd>A</kbd>) name keys, which are the same in every language.
    if (ts.isJsxElement(node) && node.openingElement.tagName.getText() === 'kbd') return;
    if (ts.isJsxText(node) && LETTERS.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && USER_FACING_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && LETTERS.test(node.initializer.text)) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every literal key passed to t('...') in the UI. */
function usedKeys(): string[] {
  return sourceFiles(UI_ROOT).flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)].map((match) => match[1]!));
}

describe('UI translations', () => {
  it('has exactly the same keys in Japanese and English', () => {
    const enKeys = baseKeys(en);
    const jaKeys = baseKeys(ja);
    expect([...enKeys].filter((key) => !jaKeys.has(key))).toEqual([]);
    expect([...jaKeys].filter((key) => !enKeys.has(key))).toEqual([]);
  });

  it('has no empty translation', () => {
    const empty = [...flatten(en).map((k) => ['en', k] as const), ...flatten(ja).map((k) => ['ja', k] as const)].filter(([lang, key]) => {
      const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], lang === 'en' ? en : ja);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });

  it('defines every key the components use', () => {
    const known = baseKeys(en);
    expect(usedKeys().filter((key) => !known.has(key))).toEqual([]);
  });

  it('finds no literal user-facing text in components', () => {
    const offenders = sourceFiles(UI_ROOT).flatMap((path) => literalStrings(path).map((text) => `${relative(UI_ROOT, path)}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it('would catch a literal string (the check itself works)', () => {
    const probe = join(import.meta.dirname, '../fixtures/i18n/literal-probe.tsx.txt');
    const texts = literalStrings(probe);
    expect(texts).toEqual(['Delete everything']);
  });
});
