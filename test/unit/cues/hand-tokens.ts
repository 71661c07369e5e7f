/**
 * A tiny DSL for hand-made token tables, so that pattern and segment tests
 * do not depend on a dictionary: `tokens('今日/名詞', '、/記号/読点', ...)`.
 * Each spec is surface/pos/posDetail/baseForm/conjugation with '*' (or
 * nothing) for unknown fields; baseForm defaults to the surface. `gaps`
 * text (spaces, line breaks) can be put between tokens with `{ gap: ' ' }`.
 */
import { buildTokenTable, type TokenTable } from '../../../src/domain/token.ts';

export type TokenSpec = string | { gap: string };

/** The text and token table spelled by `specs`. */
export function tokens(...specs: TokenSpec[]): { text: string; table: TokenTable } {
  let text = '';
  const list: Parameters<typeof buildTokenTable>[0][number][] = [];
  for (const spec of specs) {
    if (typeof spec !== 'string') {
      text += spec.gap;
      continue;
    }
    const [surface = '', pos = '*', posDetail = '*', baseForm, conjugation = '*'] = spec.split('/');
    const start = text.length;
    text += surface;
    list.push({ start, end: text.length, pos, posDetail, baseForm: baseForm && baseForm !== '*' ? baseForm : surface, reading: '', conjugation });
  }
  return { text, table: buildTokenTable(list) };
}
