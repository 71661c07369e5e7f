import { useSyncExternalStore } from 'react';

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; error: string };

/** A save state plus how many writes have committed since the store was made. */
export type SaveStatus = SaveState & { committed: number };

/**
 * Where the last write stands, outside React state on purpose: only the
 * small status line re-renders when it changes, not the article page, so a
 * key press paints its highlight without waiting for a page render.
 */
export function createSaveStatusStore() {
  let current: SaveStatus = { state: 'idle', committed: 0 };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: SaveState) {
      // The count tells one "saved" from the next, which look the same otherwise.
      current = { ...next, committed: current.committed + (next.state === 'saved' ? 1 : 0) };
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SaveStatusStore = ReturnType<typeof createSaveStatusStore>;

/** The store's state, live. */
export function useSaveStatus(store: SaveStatusStore): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get);
}
