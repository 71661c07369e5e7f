import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { ARTICLE_NODES } from '../../../src/editor/article-schema.ts';
import { articleDocument } from '../../../src/editor/article-document.ts';
import { ClaimDecorations } from '../../../src/editor/claim-decorations.ts';
import { Overlays } from '../../../src/editor/overlay-decorations.ts';
import { ReactSelectionShield } from '../../../src/editor/react-selection-shield.ts';

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
    extensions: [...ARTICLE_NODES, ClaimDecorations, Overlays, ReactSelectionShield],
    content: articleDocument(TEXT),
    injectCSS: false,
  });
  return editor;
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
