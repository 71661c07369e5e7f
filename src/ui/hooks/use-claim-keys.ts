import { useEffect, useRef } from 'react';
import { labelForDigit, type ClaimLabel } from '../../domain/label.ts';

/** The page's keyboard commands. */
export interface ClaimKeyHandlers {
  label: (label: ClaimLabel) => void;
  next: () => void;
  previous: () => void;
  open: () => void;
  close: () => void;
  undo: () => void;
  redo: () => void;
}

/** True when a key press belongs to a text field, where letters and digits are text. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.article-text')) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Keyboard commands: 1 to 4 tag the selection, J/K move between claims,
 * Enter opens the current claim, Esc closes, Ctrl/Cmd+Z undoes and
 * Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes. Keys pressed while an IME composes
 * (isComposing, or keyCode 229 in Chromium) are the IME's, never commands.
 */
export function useClaimKeys(handlers: ClaimKeyHandlers): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.keyCode === 229) return;
      const h = ref.current;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && !event.altKey && (event.key === 'z' || event.key === 'Z')) {
        if (isTypingTarget(event.target)) return;
        event.preventDefault();
        if (event.shiftKey) h.redo();
        else h.undo();
        return;
      }
      if (mod && event.key === 'y') {
        if (isTypingTarget(event.target)) return;
        event.preventDefault();
        h.redo();
        return;
      }
      if (event.key === 'Escape') {
        h.close();
        return;
      }
      if (mod || event.altKey || isTypingTarget(event.target)) return;
      const label = labelForDigit(event.key);
      if (label) {
        event.preventDefault();
        h.label(label);
      } else if (event.key === 'j' || event.key === 'J') {
        event.preventDefault();
        h.next();
      } else if (event.key === 'k' || event.key === 'K') {
        event.preventDefault();
        h.previous();
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement) && !(event.target instanceof HTMLAnchorElement)) {
        event.preventDefault();
        h.open();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
