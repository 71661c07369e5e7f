import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { docPosToTextOffset } from '../../domain/offsets.ts';

/** The editor's selection as a UTF-16 range of the article text, plus whether Alt was held. */
export interface TextSelection {
  start: number;
  end: number;
  /** Alt held while selecting: keep exact characters instead of snapping to tokens. */
  exact: boolean;
  /** The caret (selection head) as a text offset, for the word-information panel. */
  head: number;
}

/**
 * Follows the editor's selection. ProseMirror reads it from the DOM; we map
 * document positions to text offsets, so nothing here ever reads text from
 * the DOM (ruby readings and widgets cannot leak into offsets).
 */
export function useTextSelection(editor: Editor | null, paragraphStarts: readonly number[], textLength: number): TextSelection | null {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  useEffect(() => {
    if (!editor) return;
    let altHeld = false;
    const update = () => {
      const { from, to, head } = editor.state.selection;
      const start = docPosToTextOffset(paragraphStarts, from, textLength);
      const end = docPosToTextOffset(paragraphStarts, to, textLength);
      setSelection({ start, end, exact: altHeld, head: docPosToTextOffset(paragraphStarts, head, textLength) });
    };
    // Alt counts when it is held while the selection is made: on the mouse
    // events of a drag, or on the arrow keys that extend it.
    const trackAlt = (event: KeyboardEvent | MouseEvent) => {
      if (event instanceof KeyboardEvent && !event.key.startsWith('Arrow')) return;
      if (altHeld === event.altKey) return;
      altHeld = event.altKey;
      update();
    };
    const dom = editor.view.dom;
    dom.addEventListener('mousedown', trackAlt);
    dom.addEventListener('mouseup', trackAlt);
    dom.addEventListener('keydown', trackAlt);
    editor.on('selectionUpdate', update);
    return () => {
      dom.removeEventListener('mousedown', trackAlt);
      dom.removeEventListener('mouseup', trackAlt);
      dom.removeEventListener('keydown', trackAlt);
      editor.off('selectionUpdate', update);
    };
  }, [editor, paragraphStarts, textLength]);
  return selection;
}
