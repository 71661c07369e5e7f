import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { ARTICLE_NODES } from '../../../src/editor/article-schema.ts';
import { articleDocument } from '../../../src/editor/article-document.ts';
import { ClaimDecorations, highlightTransaction } from '../../../src/editor/claim-decorations.ts';
import { Overlays, overlaySet, overlayTransaction, withOverlay } from '../../../src/editor/overlay-decorations.ts';
import { ReactSelectionShield } from '../../../src/editor/react-selection-shield.ts';
import { KeepDomSelection } from '../../../src/editor/keep-dom-selection.ts';

const TEXT = '本日、AIに関して大人の対応が必要な状況となっています。\nNVIDIAは時間外取引で11%下落しています。';

let editor: Editor | null = null;
afterEach(() => {
  editor?.destroy();
  editor = null;
  document.body.innerHTML = '';
});

/** A mounted article view, as useArticleEditor makes it (without React). */
function mountArticle(): Editor {
  const host = document.createElement('div');
  document.body.append(host);
  editor = new Editor({
    element: host,
    extensions: [...ARTICLE_NODES, ClaimDecorations, Overlays, ReactSelectionShield, KeepDomSelection],
    content: articleDocument(TEXT),
    injectCSS: false,
  });
  return editor;
}

/** The first text node under `element` holding `text`, and the offset of `text` in it. */
function textPoint(element: Element, text: string): [Text, number] {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(text);
    if (at >= 0) return [node, at];
  }
  throw new Error(`no text node holds ${text}`);
}

/** Document positions of `text` in the article (first occurrence). */
function docRange(view: Editor, text: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  view.state.doc.descendants((node, pos) => {
    const at = node.isText ? node.text!.indexOf(text) : -1;
    if (!found && at >= 0) found = { from: pos + at, to: pos + at + text.length };
  });
  if (!found) throw new Error(`no ${text} in the document`);
  return found;
}

describe('ReactSelectionShield', () => {
  it('gives the view selectionStart/selectionEnd, so React reads them instead of walking the article', () => {
    const view = mountArticle().view;
    const dom = view.dom as HTMLElement & { selectionStart?: number; selectionEnd?: number };
    expect('selectionStart' in dom && 'selectionEnd' in dom).toBe(true);
    expect([dom.selectionStart, dom.selectionEnd]).toEqual([0, 0]);
    // React writes them back when it restores focus; that must neither throw nor move anything.
    dom.selectionStart = 5;
    dom.selectionEnd = 9;
    expect([dom.selectionStart, dom.selectionEnd]).toEqual([0, 0]);
  });

  it('takes the properties away with the view', () => {
    const dom = mountArticle().view.dom;
    editor!.destroy();
    editor = null;
    expect('selectionStart' in dom).toBe(false);
  });
});

describe('KeepDomSelection', () => {
  it('makes a highlight update take on a DOM selection ProseMirror has not read yet, instead of undoing it', () => {
    const view = mountArticle().view;
    view.focus();
    const [node, at] = textPoint(view.dom, 'NVIDIA');
    // The reader selects "NVIDIA"; the selectionchange event that would tell ProseMirror has not run yet.
    document.getSelection()!.setBaseAndExtent(node, at, node, at + 'NVIDIA'.length);
    const before = view.state.selection;
    const target = docRange(editor!, 'NVIDIA');
    expect([before.from, before.to]).not.toEqual([target.from, target.to]);
    // Claims arrive from storage meanwhile.
    const claim = docRange(editor!, '大人');
    view.dispatch(highlightTransaction(view.state, { remove: [], add: [{ id: 'c', label: 'fact', from: claim.from, to: claim.to, revision: '1' }] }));
    expect([view.state.selection.from, view.state.selection.to]).toEqual([target.from, target.to]);
    expect(document.getSelection()!.toString()).toBe('NVIDIA');
  });

  it('leaves alone transactions that set a selection themselves', () => {
    const view = mountArticle().view;
    view.focus();
    const [node, at] = textPoint(view.dom, 'NVIDIA');
    document.getSelection()!.setBaseAndExtent(node, at, node, at + 3);
    const caret = docRange(editor!, '大人').from;
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, caret)));
    expect([view.state.selection.from, view.state.selection.to]).toEqual([caret, caret]);
  });
});

describe('a highlight replacing the selection preview', () => {
  it('reuses the preview element, so the text nodes under the DOM selection stay in place', () => {
    const view = mountArticle().view;
    const range = docRange(editor!, '時間外取引');
    view.dispatch(overlayTransaction(view.state, 'pending', [{ ...range, attrs: { class: 'pending-selection' } }]));
    const preview = view.dom.querySelector('.pending-selection')!;
    const textNode = preview.firstChild;
    view.dispatch(withOverlay(highlightTransaction(view.state, { remove: [], add: [{ id: 'new', label: 'opinion', ...range, revision: 'saving', saving: true }] }), 'pending', []));
    const claim = view.dom.querySelector('[data-claim-id="new"]')!;
    expect(view.dom.querySelector('.pending-selection')).toBeNull();
    expect(claim).toBe(preview);
    expect(claim.firstChild).toBe(textNode);
    expect(claim.className).toBe('claim claim--opinion claim--saving');
  });
});

describe('an overlay layer given new spans', () => {
  it('keeps the decorations of the spans that stay, drops the others, and draws the new ones', () => {
    const view = mountArticle().view;
    const [today, adult, night] = [docRange(editor!, '本日'), docRange(editor!, '大人'), docRange(editor!, '時間外')];
    const outline = { class: 'suggestion' };
    view.dispatch(overlayTransaction(view.state, 'suggestions', [{ ...today, attrs: outline }, { ...adult, attrs: outline }]));
    const before = overlaySet(view.state, 'suggestions').find();
    view.dispatch(
      overlayTransaction(view.state, 'suggestions', [
        { ...today, attrs: outline },
        { ...adult, attrs: { class: 'suggestion suggestion--focused' } },
        { ...night, attrs: outline },
        // Twice the same span, and one outside the document: drawn once, and not at all.
        { ...night, attrs: outline },
        { from: 0, to: 10_000, attrs: outline },
      ]),
    );
    const after = overlaySet(view.state, 'suggestions').find();
    expect(after).toHaveLength(3);
    // find() hands out copies; a decoration kept is one whose spec object is the same.
    const specs = after.map((d) => d.spec);
    expect(specs).toContain(before.find((d) => d.from === today.from)!.spec);
    expect(specs).not.toContain(before.find((d) => d.from === adult.from)!.spec);
    expect([...view.dom.querySelectorAll('.suggestion')].map((el) => el.textContent)).toEqual(['本日', '大人', '時間外']);
    expect(view.dom.querySelector('.suggestion--focused')?.textContent).toBe('大人');

    // The same spans again change nothing at all.
    const set = overlaySet(view.state, 'suggestions');
    view.dispatch(overlayTransaction(view.state, 'suggestions', [{ ...night, attrs: outline }, { ...today, attrs: outline }, { ...adult, attrs: { class: 'suggestion suggestion--focused' } }]));
    expect(overlaySet(view.state, 'suggestions')).toBe(set);
    view.dispatch(overlayTransaction(view.state, 'suggestions', []));
    expect(view.dom.querySelector('.suggestion')).toBeNull();
  });
});


describe('an overlay widget', () => {
  it('is drawn once where it is put, however the inline overlays around it cut the text, and is never text', () => {
    const view = mountArticle().view;
    const fall = docRange(editor!, '11%下落');
    const hint = { class: 'suggestion-hint', 'data-hint': '下落 → Fact', 'aria-hidden': 'true' };
    view.dispatch(overlayTransaction(view.state, 'suggestions', [{ ...fall, attrs: { class: 'suggestion' } }, { from: fall.to, to: fall.to, widget: true, attrs: hint }]));
    // Readings on 下 and 落 cut the outline's text in pieces.
    view.dispatch(
      overlayTransaction(view.state, 'furigana', [
        { from: fall.to - 2, to: fall.to - 1, attrs: { 'data-reading': 'げ' } },
        { from: fall.to - 1, to: fall.to, attrs: { 'data-reading': 'らく' } },
      ]),
    );
    const widgets = view.dom.querySelectorAll('[data-hint]');
    expect(widgets).toHaveLength(1);
    expect(widgets[0]!.getAttribute('contenteditable')).toBe('false');
    expect(widgets[0]!.getAttribute('aria-hidden')).toBe('true');
    expect(widgets[0]!.textContent).toBe('');
    // Right after the cue's last character.
    expect(widgets[0]!.previousSibling?.textContent?.endsWith('落')).toBe(true);
    expect(view.state.doc.textContent).toBe(TEXT.replace('\n', ''));
    // Kept as it is when the same widget is given again; a widget that is not at one point is not drawn.
    const set = overlaySet(view.state, 'suggestions');
    view.dispatch(overlayTransaction(view.state, 'suggestions', [{ ...fall, attrs: { class: 'suggestion' } }, { from: fall.to, to: fall.to, widget: true, attrs: hint }]));
    expect(overlaySet(view.state, 'suggestions')).toBe(set);
    view.dispatch(overlayTransaction(view.state, 'suggestions', [{ ...fall, widget: true, attrs: hint }]));
    expect(view.dom.querySelectorAll('[data-hint]')).toHaveLength(0);
  });
});
