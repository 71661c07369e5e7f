/**
 * Asking the browser to keep our storage. Without it, IndexedDB is "best
 * effort" and may be evicted under storage pressure, hours of annotation
 * with it. We ask on the first save (browsers decide better with a user
 * gesture and real data behind the request), and report the answer.
 */
export type PersistenceState = 'unknown' | 'persisted' | 'not-persisted' | 'unsupported';

export interface StorageReport {
  persistence: PersistenceState;
  /** Bytes used by this origin, when the browser tells. */
  usage: number | null;
  quota: number | null;
}

type StorageManagerLike = Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>;

function manager(): StorageManagerLike | null {
  return typeof navigator !== 'undefined' && navigator.storage && typeof navigator.storage.persist === 'function' ? navigator.storage : null;
}

/** What the browser says now, without asking for anything. */
export async function readStorageReport(storage: StorageManagerLike | null = manager()): Promise<StorageReport> {
  if (!storage) return { persistence: 'unsupported', usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([storage.persisted().catch(() => false), storage.estimate().catch(() => ({}) as StorageEstimate)]);
  return { persistence: persisted ? 'persisted' : 'not-persisted', usage: estimate.usage ?? null, quota: estimate.quota ?? null };
}

/** Asks for persistent storage (once is enough: the answer sticks) and returns the report after. */
export async function requestPersistence(storage: StorageManagerLike | null = manager()): Promise<StorageReport> {
  if (!storage) return { persistence: 'unsupported', usage: null, quota: null };
  await storage.persist().catch(() => false);
  return readStorageReport(storage);
}
