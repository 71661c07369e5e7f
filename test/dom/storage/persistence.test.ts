import { describe, expect, it, vi } from 'vitest';
import { readStorageReport, requestPersistence } from '../../../src/storage/persistence.ts';

function fakeStorage(grant: boolean) {
  let persisted = false;
  return {
    persisted: vi.fn(async () => persisted),
    persist: vi.fn(async () => {
      persisted = grant;
      return grant;
    }),
    estimate: vi.fn(async () => ({ usage: 12_345, quota: 1_000_000 })),
  };
}

describe('storage persistence', () => {
  it('asks for persistence and reports it granted, with usage', async () => {
    const storage = fakeStorage(true);
    expect(await readStorageReport(storage)).toEqual({ persistence: 'not-persisted', usage: 12_345, quota: 1_000_000 });
    expect(await requestPersistence(storage)).toEqual({ persistence: 'persisted', usage: 12_345, quota: 1_000_000 });
    expect(storage.persist).toHaveBeenCalledTimes(1);
  });

  it('reports a refusal so the UI can warn', async () => {
    expect((await requestPersistence(fakeStorage(false))).persistence).toBe('not-persisted');
  });

  it('copes with browsers without the Storage API', async () => {
    expect(await requestPersistence(null)).toEqual({ persistence: 'unsupported', usage: null, quota: null });
  });
});
