import type { Transaction } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef } from 'react';
import { textOffsetToDocPos } from '../../domain/offsets.ts';
import { overlayTransaction, withOverlay, type OverlaySpan } from '../../editor/overlay-decorations.ts';

/** A range of the article text, in UTF-16 offsets. */
interface TextRange {
  start: number;
  end: number;
}

/** What a claim created from the previewed range needs from the preview. */
export interface SelectionPreview {
  /** Adds to `tr` the removal of the preview, so a highlight can take its place in the same update. */
  drop: (tr: Transaction) => Transaction;
  /** Shows the preview again (after a highlight that took its place was taken back). */
  restore: () => void;
}

function previewSpans(pending: TextRange | null, paragraphStarts: readonly number[]): OverlaySpan[] {
  if (!pending) return [];
  return [
    {
      from: textOffsetToDocPos(paragraphStarts, pending.start),
      to: textOffsetToDocPos(paragraphStarts, pending.end),
      attrs: { class: 'pending-selection', 'data-testid': 'pending-selection' },
    },
  ];
}

/**
 * Shows the snapped extent of the selection (`pending`) as an overlay.
 *
 * A claim made from it should replace the preview in the transaction that
 * paints it (`drop`): ProseMirror then reuses the preview's element for the
 * highlight, so the text nodes holding the reader's DOM selection stay where
 * they are. Adding the highlight around the preview instead moves them,
 * which resets the DOM selection, and writing it back forces a layout of
 * the whole article before the highlight can be painted.
 */
export function useSelectionPreview(editor: Editor | null, pending: TextRange | null, paragraphStarts: readonly number[]): SelectionPreview {
  const pendingRef = useRef(pending);
  pendingRef.current = pending;
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(overlayTransaction(editor.state, 'pending', previewSpans(pending, paragraphStarts)));
  }, [editor, pending, paragraphStarts]);
  const drop = useCallback((tr: Transaction) => withOverlay(tr, 'pending', []), []);
  const restore = useCallback(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(overlayTransaction(editor.state, 'pending', previewSpans(pendingRef.current, paragraphStarts)));
  }, [editor, paragraphStarts]);
  return { drop, restore };
}
