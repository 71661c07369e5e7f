import { describe, expect, it } from 'vitest';
import { tokenAt, type Token } from '../../../src/domain/token.ts';
import type { CueRule } from '../../../src/domain/cues/cue-rule.ts';
import { findMatches, matchAt } from '../../../src/domain/cues/match-pattern.ts';
import { parseCueRuleSet } from '../../../src/domain/cues/parse-cue-rules.ts';
import { isWhitespaceToken } from '../../../src/domain/cues/segments.ts';
import { tokens, type TokenSpec } from './hand-tokens.ts';

/** A rule with `extra` fields (pattern, notFollowedBy...) over defaults. */
function rule(extra: Record<string, unknown>): CueRule {
  return parseCueRuleSet({
    format: 'shucho.cue-rules',
    version: 1,
    lang: 'ja',
    rules: [{ id: 't.rule', label: 'speculation', cue: 'x', span: 'clause', priority: 1, explanation: { ja: 'x', en: 'x' }, ...extra }],
  }).rules[0]!;
}

/** Materialized tokens and the whitespace-free window over all of them. */
function windowOf(...specs: TokenSpec[]): { text: string; list: Token[]; window: number[] } {
  const { text, table } = tokens(...specs);
  const list = Array.from({ length: table.count }, (_, i) => tokenAt(table, text, i));
  return { text, list, window: list.flatMap((t, i) => (isWhitespaceToken(t) ? [] : [i])) };
}

/** The surfaces of every match of `r`, joined. */
function matched(r: CueRule, ...specs: TokenSpec[]): string[] {
  const { list, window } = windowOf(...specs);
  return findMatches(r, list, window).map((m) => window.slice(m.first, m.last).map((i) => list[i]!.surface).join(''));
}

describe('token matchers', () => {
  it('test every given field, each against a list of values', () => {
    const r = rule({ pattern: [{ surface: 'はず', pos: '名詞' }, { baseForm: ['です', 'だ'] }] });
    expect(matched(r, 'いる/動詞', 'はず/名詞/非自立', 'です/助動詞')).toEqual(['はずです']);
    expect(matched(r, 'はず/名詞', 'だ/助動詞')).toEqual(['はずだ']);
    expect(matched(r, 'はず/副詞', 'です/助動詞')).toEqual([]);
  });

  it('support optional elements, trying to match first', () => {
    const r = rule({ pattern: [{ surface: '可能' }, { surface: '性' }, { pos: '助詞', optional: true }, { baseForm: 'ある' }] });
    expect(matched(r, '可能', '性', 'が/助詞', 'ある/動詞')).toEqual(['可能性がある']);
    expect(matched(r, '可能', '性', 'ある/動詞')).toEqual(['可能性ある']);
    expect(matched(r, '可能', '性', 'は/助詞', 'も/助詞', 'ある/動詞')).toEqual([]);
  });

  it('repeat greedily up to max, and backtrack when the rest needs a token', () => {
    const r = rule({ pattern: [{ pos: '名詞', repeat: true, max: 2 }, { surface: 'に' }] });
    expect(matched(r, 'A/名詞', 'B/名詞', 'C/名詞', 'に/助詞')).toEqual(['BCに', 'Cに']);
    const greedy = rule({ pattern: [{ pos: '名詞', repeat: true }, { pos: '名詞' }] });
    expect(matched(greedy, 'A/名詞', 'B/名詞', 'C/名詞')[0]).toBe('ABC');
  });

  it('gaps skip as few tokens as possible', () => {
    const r = rule({ pattern: [{ posDetail: '数' }, { gap: 3 }, { baseForm: '下落' }] });
    expect(matched(r, '11/名詞/数', '%/名詞', '下落/名詞', 'し/動詞', '下落/名詞')).toEqual(['11%下落']);
    expect(matched(r, '11/名詞/数', 'a', 'b', 'c', 'd', '下落')).toEqual([]);
  });

  it('negate and anyOf', () => {
    const r = rule({ pattern: [{ surface: 'A' }, { pos: '助詞', not: true }] });
    expect(matched(r, 'A', 'B/名詞')).toEqual(['AB']);
    expect(matched(r, 'A', 'が/助詞')).toEqual([]);
    const any = rule({ pattern: [{ anyOf: [{ surface: 'みたい' }, { baseForm: 'らしい', pos: '助動詞' }] }] });
    expect(matched(any, 'みたい/名詞', '雨', 'らしい/助動詞', 'らしい/形容詞')).toEqual(['みたい', 'らしい']);
  });

  it('refuse matches followed or preceded by the excluded tokens', () => {
    const r = rule({ pattern: [{ surface: 'でしょ' }, { surface: 'う' }], notFollowedBy: [{ surface: 'か' }] });
    expect(matched(r, 'でしょ', 'う', 'か')).toEqual([]);
    expect(matched(r, 'でしょ', 'う', '。')).toEqual(['でしょう']);
    expect(matched(r, 'でしょ', 'う')).toEqual(['でしょう']);
    const p = rule({ pattern: [{ surface: 'said' }], notPrecededBy: [{ surface: 'is' }] });
    expect(matched(p, 'it', 'is', 'said')).toEqual([]);
    expect(matched(p, 'he', 'said')).toEqual(['said']);
  });

  it('skip whitespace tokens and capture text across them', () => {
    const r = rule({
      pattern: [{ posDetail: '固有名詞', repeat: true, capture: 'source' }, { surface: 'は' }],
      note: 'Attributed to: {source}',
    });
    const { text, list, window } = windowOf('Sam/名詞/固有名詞', ' /記号/空白', 'Altman/名詞/固有名詞', 'は/助詞');
    const match = matchAt(r, list, window, 0)!;
    const [from, to] = match.captures.get('source')!;
    expect(text.slice(list[window[from]!]!.start, list[window[to - 1]!]!.end)).toBe('Sam Altman');
  });
});
