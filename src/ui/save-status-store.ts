import { useSyncExternalStore } from 'react';

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved'; at: string } | { state: 'failed'; error: string };

/**
 * Where the last write stands, outside React state on purpose: only the
 * small status line re-renders when it changes, not the article page, so a
 * key press paints its highlight without waiting for a page render.
 */
export function createSaveStatusStore() {
  let current: SaveState = { state: 'idle' };
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: SaveState) {
      current = next;
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
export function useSaveStatus(store: SaveStatusStore): SaveState {
  return useSyncExternalStore(store.subscribe, store.get);
}
