import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { readStorageReport, requestPersistence, type StorageReport } from '../../storage/persistence.ts';

let report: StorageReport = { persistence: 'unknown', usage: null, quota: null };
let asked = false;
const askedListeners = new Set<() => void>();

/** Whether persistence was asked for in this visit (the warning shows only after the browser said no). */
export function useAskedForPersistence(): boolean {
  return useSyncExternalStore(
    (listener) => {
      askedListeners.add(listener);
      return () => askedListeners.delete(listener);
    },
    () => asked,
  );
}
const listeners = new Set<() => void>();

function publish(next: StorageReport): void {
  report = next;
  for (const listener of listeners) listener();
}

/** Called after each committed save: asks for persistence the first time, refreshes usage always. */
export async function afterSave(): Promise<void> {
  if (!asked) {
    asked = true;
    publish(await requestPersistence());
    askedListeners.forEach((listener) => listener());
  } else {
    publish(await readStorageReport());
  }
}

/** The storage report, live; refreshed on mount and after saves. */
export function useStorageReport(): { report: StorageReport; refresh: () => void } {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => report,
  );
  const refresh = useCallback(() => void readStorageReport().then(publish), []);
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    if (!mounted) {
      setMounted(true);
      refresh();
    }
  }, [mounted, refresh]);
  return { report: current, refresh };
}
