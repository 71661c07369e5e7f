import type { Claim } from './claim.ts';

/** A change to the claims of an article, as recorded for undo and redo. */
export type ClaimChange =
  | { kind: 'create'; claim: Claim }
  | { kind: 'delete'; claim: Claim }
  | { kind: 'edit'; before: Claim; after: Claim }
  /** Several claims made in one step (accepting all suggestions of a label): undone together. */
  | { kind: 'create-many'; claims: Claim[] }
  | { kind: 'delete-many'; claims: Claim[] };

/** Undo and redo stacks; newest change last. Immutable: every operation returns a new history. */
export interface UndoHistory {
  done: readonly ClaimChange[];
  undone: readonly ClaimChange[];
}

/** How many changes are kept for undo. */
export const UNDO_LIMIT = 200;

export const emptyHistory: UndoHistory = { done: [], undone: [] };

/** Records a change made by the user; a new change clears the redo stack. */
export function recordChange(history: UndoHistory, change: ClaimChange): UndoHistory {
  return { done: [...history.done.slice(-(UNDO_LIMIT - 1)), change], undone: [] };
}

/** The change that undoes `change`. */
export function inverseOf(change: ClaimChange): ClaimChange {
  switch (change.kind) {
    case 'create':
      return { kind: 'delete', claim: change.claim };
    case 'delete':
      return { kind: 'create', claim: change.claim };
    case 'edit':
      return { kind: 'edit', before: change.after, after: change.before };
    case 'create-many':
      return { kind: 'delete-many', claims: change.claims };
    case 'delete-many':
      return { kind: 'create-many', claims: change.claims };
  }
}

/**
 * Takes the newest change off the undo stack. Returns the change to apply
 * (the inverse) and the new history, or null when there is nothing to undo.
 */
export function undo(history: UndoHistory): { apply: ClaimChange; history: UndoHistory } | null {
  const last = history.done.at(-1);
  if (!last) return null;
  return { apply: inverseOf(last), history: { done: history.done.slice(0, -1), undone: [...history.undone, last] } };
}

/** Re-applies the newest undone change, or null when there is nothing to redo. */
export function redo(history: UndoHistory): { apply: ClaimChange; history: UndoHistory } | null {
  const last = history.undone.at(-1);
  if (!last) return null;
  return { apply: last, history: { done: [...history.done, last], undone: history.undone.slice(0, -1) } };
}
