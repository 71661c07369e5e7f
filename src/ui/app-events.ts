/** App-wide notices that arrive from outside React (storage, service worker). */
export type AppEvent = 'database-upgraded';

type Listener = (event: AppEvent) => void;

const listeners = new Set<Listener>();
const seen = new Set<AppEvent>();

/** A tiny bus: events are remembered, so a late subscriber still learns of them. */
export const appEvents = {
  emit(event: AppEvent): void {
    seen.add(event);
    for (const listener of listeners) listener(event);
  },
  has(event: AppEvent): boolean {
    return seen.has(event);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
