import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { docPosToTextOffset } from '../../domain/offsets.ts';

/** The text offset under the mouse pointer in the article, or null. */
export function useHoveredOffset(editor: Editor | null, paragraphStarts: readonly number[], textLength: number): number | null {
  const [offset, setOffset] = useState<number | null>(null);
  useEffect(() => {
    if (!editor) return;
    const dom = editor.view.dom;
    let frame = 0;
    const onMove = (event: MouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (editor.isDestroyed) return;
        const found = editor.view.posAtCoords({ left: event.clientX, top: event.clientY });
        // `inside` is -1 between blocks: the pointer is not over a word.
        setOffset(found && found.inside >= 0 ? docPosToTextOffset(paragraphStarts, found.pos, textLength) : null);
      });
    };
    const onLeave = () => setOffset(null);
    dom.addEventListener('mousemove', onMove);
    dom.addEventListener('mouseleave', onLeave);
    return () => {
      cancelAnimationFrame(frame);
      dom.removeEventListener('mousemove', onMove);
      dom.removeEventListener('mouseleave', onLeave);
    };
  }, [editor, paragraphStarts, textLength]);
  return offset;
}
