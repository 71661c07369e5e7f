import { afterEach, describe, expect, it } from 'vitest';
import { renderHook } from '@testing-library/react';
import { Editor } from '@tiptap/core';
import { ARTICLE_NODES } from '../../../src/editor/article-schema.ts';
import { ClaimDecorations } from '../../../src/editor/claim-decorations.ts';
import { articleDocument } from '../../../src/editor/article-document.ts';
import { highlightsOf, useClaimHighlights } from '../../../src/ui/hooks/use-claim-highlights.ts';
import { newClaim } from '../../../src/domain/claim-factory.ts';
import { paragraphsOf, type Article } from '../../../src/domain/article.ts';
import type { Claim } from '../../../src/domain/claim.ts';

const text = 'NVIDIAは時間外取引で11%下落しています。時価総額が数兆ドル規模の企業です。';
const article: Article = { id: 'a', title: 't', lang: 'ja', text, contentHash: 'h', addedAt: '2026-11-29T10:00:00.000Z' };
let ids = 0;
const clock = { now: () => '2026-11-29T10:00:00.000Z', newId: () => `c${(ids += 1)}` };
const starts = paragraphsOf(text).map((paragraph) => paragraph.start);

let editor: Editor;
afterEach(() => editor?.destroy());

function painted(): string[] {
  return [...editor.view.dom.querySelectorAll('.claim')].map((element) => element.getAttribute('data-claim-id')!).filter((id, i, all) => all.indexOf(id) === i);
}

describe('useClaimHighlights', () => {
  it('keeps a claim painted ahead of its write while the stored claims do not have it yet', () => {
    editor = new Editor({ element: document.createElement('div'), extensions: [...ARTICLE_NODES, ClaimDecorations], content: articleDocument(text), editable: false });
    const first = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    const second = newClaim({ article, start: 13, end: 25, label: 'speculation', authorId: 'me' }, clock);
    const { result, rerender } = renderHook(
      ({ claims, selectedId }: { claims: Claim[]; selectedId: string | null }) => useClaimHighlights(editor, claims, starts, selectedId),
      { initialProps: { claims: [first], selectedId: null as string | null } },
    );
    expect(painted()).toEqual([first.id]);

    const cancel = result.current(second);
    expect(painted()).toEqual([first.id, second.id]);
    // The new claim is selected before its write commits: a render with the old stored claims.
    rerender({ claims: [first], selectedId: second.id });
    expect(painted()).toEqual([first.id, second.id]);
    // The stored claims bring it: now drawn as saved, not as "saving".
    rerender({ claims: [first, second], selectedId: second.id });
    expect(painted()).toEqual([first.id, second.id]);
    expect(editor.view.dom.querySelector(`[data-claim-id="${second.id}"]`)?.classList.contains('claim--saving')).toBe(false);
    // Cancelling after it was stored changes nothing.
    cancel();
    expect(painted()).toEqual([first.id, second.id]);
    // A stored claim that goes away is taken away.
    rerender({ claims: [second], selectedId: null });
    expect(painted()).toEqual([second.id]);
  });

  it('takes a claim painted ahead of its write away when the write fails', () => {
    editor = new Editor({ element: document.createElement('div'), extensions: [...ARTICLE_NODES, ClaimDecorations], content: articleDocument(text), editable: false });
    const claim = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    const { result, rerender } = renderHook(({ claims }: { claims: Claim[] }) => useClaimHighlights(editor, claims, starts, null), { initialProps: { claims: [] as Claim[] } });
    const cancel = result.current(claim);
    rerender({ claims: [] });
    expect(painted()).toEqual([claim.id]);
    cancel();
    expect(painted()).toEqual([]);
  });
});

describe('an editor made with its claims', () => {
  it('draws every highlight in its first render, and the hook sends nothing more for them', () => {
    const first = newClaim({ article, start: 0, end: 6, label: 'fact', authorId: 'me' }, clock);
    const second = newClaim({ article, start: 13, end: 25, label: 'speculation', authorId: 'me' }, clock);
    const element = document.createElement('div');
    editor = new Editor({
      element,
      extensions: [...ARTICLE_NODES, ClaimDecorations.configure({ initial: () => highlightsOf([first, second], starts, null) })],
      content: articleDocument(text),
      editable: false,
    });
    expect(painted()).toEqual([first.id, second.id]);
    expect(editor.view.dom.querySelector(`[data-claim-id="${second.id}"]`)?.classList.contains('claim--speculation')).toBe(true);

    let transactions = 0;
    editor.on('transaction', () => (transactions += 1));
    const { rerender } = renderHook(({ claims, selectedId }: { claims: Claim[]; selectedId: string | null }) => useClaimHighlights(editor, claims, starts, selectedId), {
      initialProps: { claims: [first, second], selectedId: null as string | null },
    });
    expect(transactions).toBe(0);
    // Later changes still go through: selecting one repaints that one.
    rerender({ claims: [first, second], selectedId: first.id });
    expect(transactions).toBe(1);
    expect(editor.view.dom.querySelector(`[data-claim-id="${first.id}"]`)?.classList.contains('claim--selected')).toBe(true);
  });
});
