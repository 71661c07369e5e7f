/**
 * A garbage collection on demand, through the DevTools protocol, for the
 * in-page timings of Issues 4, 5 and 7: each timed step starts on a clean
 * heap, so the garbage of the step before is not collected during it.
 */
import type { CDPSession, Page } from 'playwright-core';

/** Collects garbage in `page`'s renderer; call between timed steps. */
export interface GarbageCollector {
  collect(): Promise<void>;
  detach(): Promise<void>;
}

/** Attaches a DevTools session to `page` (Chromium only). */
export async function garbageCollector(page: Page): Promise<GarbageCollector> {
  const session: CDPSession = await page.context().newCDPSession(page);
  return {
    async collect() {
      await session.send('HeapProfiler.collectGarbage');
    },
    detach: () => session.detach(),
  };
}
