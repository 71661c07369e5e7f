import { describe, expect, it } from 'vitest';
import { getSchema } from '@tiptap/core';
import { ARTICLE_NODES } from '../../../src/editor/article-schema.ts';
import { EditorState } from '@tiptap/pm/state';
import { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { DecorationSet } from '@tiptap/pm/view';
import { applyHighlightChange, type ClaimHighlight } from '../../../src/editor/claim-decorations.ts';
import { articleDocument } from '../../../src/editor/article-document.ts';
import { paragraphStartsOf, textOffsetToDocPos } from '../../../src/domain/offsets.ts';

const schema = getSchema(ARTICLE_NODES);
const TEXT = '本日、AIに関して大人の対応が必要な状況となっています。\nNVIDIAは時間外取引で11%下落しています。\n𠮷野家👨‍👩‍👧の株価';
const doc = ProseMirrorNode.fromJSON(schema, articleDocument(TEXT));
const starts = paragraphStartsOf(TEXT);

function highlight(id: string, start: number, end: number, label: ClaimHighlight['label'] = 'fact'): ClaimHighlight {
  return { id, label, from: textOffsetToDocPos(starts, start), to: textOffsetToDocPos(starts, end), revision: '1' };
}

function painted(set: DecorationSet): Array<{ id: string; text: string }> {
  return set
    .find()
    .map((d) => ({ id: (d.spec as { claimId: string }).claimId, text: doc.textBetween(d.from, d.to, '\n') }))
    .sort((a, b) => a.id.localeCompare(b.id) || a.text.localeCompare(b.text));
}

describe('claim decorations', () => {
  it('paints each claim over exactly its quoted text, across surrogate pairs and paragraphs', () => {
    const nvidia = TEXT.indexOf('NVIDIA');
    const yoshi = TEXT.indexOf('𠮷野家');
    const set = applyHighlightChange(DecorationSet.empty, doc, {
      remove: [],
      add: [highlight('a', nvidia, nvidia + 'NVIDIAは時間外取引で11%下落しています'.length), highlight('b', yoshi, yoshi + '𠮷野家👨‍👩‍👧'.length, 'opinion')],
    });
    expect(painted(set)).toEqual([
      { id: 'a', text: 'NVIDIAは時間外取引で11%下落しています' },
      { id: 'b', text: '𠮷野家👨‍👩‍👧' },
    ]);
  });

  it('keeps overlapping and nested claims as separate decorations', () => {
    const set = applyHighlightChange(DecorationSet.empty, doc, { remove: [], add: [highlight('outer', 0, 20), highlight('inner', 3, 8, 'speculation'), highlight('overlap', 15, 30)] });
    expect(painted(set).map((p) => p.id)).toEqual(['inner', 'outer', 'overlap']);
  });

  it('changes only the claims named in a change and keeps the other decorations as they were', () => {
    const first = applyHighlightChange(DecorationSet.empty, doc, { remove: [], add: [highlight('a', 0, 2), highlight('b', 3, 5), highlight('c', 6, 9)] });
    const kept = first.find().find((d) => (d.spec as { claimId: string }).claimId === 'c');
    const next = applyHighlightChange(first, doc, { remove: ['b'], add: [highlight('b', 3, 7, 'opinion'), highlight('d', 10, 12)] });
    expect(painted(next).map((p) => `${p.id}:${p.text}`)).toEqual(['a:本日', 'b:AIに関', 'c:関して', 'd:人の']);
    // The untouched decoration keeps its very type object: carried over, not rebuilt.
    const keptType = (kept as unknown as { type: unknown }).type;
    expect(next.find().some((d) => (d as unknown as { type: unknown }).type === keptType)).toBe(true);
    const rebuilt = next.find().find((d) => (d.spec as { claimId: string }).claimId === 'b');
    const oldB = first.find().find((d) => (d.spec as { claimId: string }).claimId === 'b');
    expect((rebuilt as unknown as { type: unknown }).type).not.toBe((oldB as unknown as { type: unknown }).type);
    const removed = applyHighlightChange(next, doc, { remove: ['a', 'c', 'd'], add: [] });
    expect(painted(removed).map((p) => p.id)).toEqual(['b']);
  });

  it('maps decorations through a transaction instead of rebuilding them', () => {
    const state = EditorState.create({ doc, schema });
    const set = applyHighlightChange(DecorationSet.empty, state.doc, { remove: [], add: [highlight('a', TEXT.indexOf('NVIDIA'), TEXT.indexOf('NVIDIA') + 6)] });
    // Not something the app does (the article is read-only), but mapping must hold.
    const tr = state.tr.insertText('速報:', 1);
    const mapped = set.map(tr.mapping, tr.doc);
    const [decoration] = mapped.find();
    expect(tr.doc.textBetween(decoration!.from, decoration!.to)).toBe('NVIDIA');
  });

  it('skips claims that are empty after clamping to the document', () => {
    const set = applyHighlightChange(DecorationSet.empty, doc, { remove: [], add: [{ id: 'x', label: 'fact', from: 5, to: 5, revision: '1' }] });
    expect(set.find()).toEqual([]);
  });
});
