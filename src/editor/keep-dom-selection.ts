import { Extension } from '@tiptap/core';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/**
 * The selection the reader has in the DOM, as document positions, if it lies
 * in the focused view and differs from the one `tr` would leave; else null.
 */
function newerDomSelection(view: EditorView, tr: Transaction): { anchor: number; head: number } | null {
  if (view.composing || !view.hasFocus()) return null;
  const dom = view.dom.ownerDocument.getSelection();
  if (!dom?.anchorNode || !dom.focusNode || !view.dom.contains(dom.anchorNode) || !view.dom.contains(dom.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
    const head = view.posAtDOM(dom.focusNode, dom.focusOffset);
    return anchor === tr.selection.anchor && head === tr.selection.head ? null : { anchor, head };
  } catch {
    // A DOM position ProseMirror cannot map (outside any node view): leave the selection to it.
    return null;
  }
}

/**
 * Keeps a selection the reader just made from being undone by a highlight
 * or overlay update.
 *
 * ProseMirror learns of a new DOM selection from the `selectionchange`
 * event, a task of its own. A transaction dispatched before that task runs
 * (claims arriving from storage, suggestions recomputed) redraws
 * decorations and then writes the selection it knows, the old one, back
 * into the DOM: the reader's selection is gone. So a transaction that
 * neither changes the document nor sets a selection first takes on the
 * DOM's selection, as the pending `selectionchange` would have.
 */
export const KeepDomSelection = Extension.create({
  name: 'keepDomSelection',
  dispatchTransaction({ transaction, next }) {
    const view = this.editor.view;
    if (!transaction.docChanged && !transaction.selectionSet) {
      const dom = newerDomSelection(view, transaction);
      if (dom) transaction.setSelection(TextSelection.create(transaction.doc, dom.anchor, dom.head));
    }
    next(transaction);
  },
});
