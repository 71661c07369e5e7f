/**
 * Browser plumbing shared by the scenarios: fresh contexts, seeding
 * IndexedDB through the bench's seed page, and reading User Timing entries
 * out of a page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BENCH_BASE } from './build-pages.ts';
import { MILESTONE_TIMEOUT_MS, VIEWPORT } from './config.ts';
import type { SeedPayload } from './pages/seed.ts';

/** A User Timing entry as read from a page: its time since navigation start, and its detail. */
export interface TimingEntry {
  startTime: number;
  duration: number;
  detail: Record<string, unknown> | null;
}

/**
 * tsx compiles with esbuild's keepNames, which wraps inner functions in a
 * `__name(fn, "name")` helper; functions sent to a page carry those calls
 * but not the helper. Defined in every page of a bench context.
 */
export const NAME_HELPER = 'globalThis.__name ??= (fn) => fn;';

/** A new browser context: empty HTTP cache, Cache Storage, IndexedDB and no service worker. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: NAME_HELPER });
  return context;
}

/** Stores `payload` in the app's database of `context`'s origin, through /__bench/seed.html. */
export async function seed(context: BrowserContext, origin: string, payload: SeedPayload): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${BENCH_BASE}seed.html`);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    await page.evaluate((data) => (window as unknown as { benchSeed(data: SeedPayload): Promise<unknown> }).benchSeed(data), payload);
  } finally {
    await page.close();
  }
}

/**
 * Waits until `page` has a User Timing entry `name` and returns the first
 * one. Polls every 100 ms rather than every frame, to stay out of the way of
 * what is being timed.
 * @throws if a `failName` mark appears first, or on timeout.
 */
export async function waitForEntry(page: Page, name: string, failName?: string, timeout = MILESTONE_TIMEOUT_MS): Promise<TimingEntry> {
  try {
    await page.waitForFunction(
      ({ name, failName }) => performance.getEntriesByName(name).length > 0 || (failName !== undefined && performance.getEntriesByName(failName).length > 0),
      { name, failName },
      { polling: 100, timeout },
    );
  } catch (error) {
    const status = await page.locator('.tokenizer-status').first().textContent({ timeout: 1000 }).catch(() => null);
    throw new Error(`${name} did not happen on ${page.url()} (tokenizer status: ${status ?? 'none'})`, { cause: error });
  }
  const entry = await readEntry(page, name);
  if (!entry) {
    const failure = failName ? await readEntry(page, failName) : null;
    throw new Error(`${name} did not happen: ${JSON.stringify(failure?.detail ?? null)}`);
  }
  return entry;
}

/** The first User Timing (or paint) entry `name` of `page`, or null. */
export async function readEntry(page: Page, name: string): Promise<TimingEntry | null> {
  return page.evaluate((name) => {
    const entry = performance.getEntriesByName(name)[0] as (PerformanceEntry & { detail?: unknown }) | undefined;
    if (!entry) return null;
    const detail = entry.detail && typeof entry.detail === 'object' ? (entry.detail as Record<string, unknown>) : null;
    return { startTime: entry.startTime, duration: entry.duration, detail };
  }, name);
}

/** Every entry `name` of `page`, in the order they were made. */
export async function readEntries(page: Page, name: string): Promise<TimingEntry[]> {
  return page.evaluate((name) =>
    performance.getEntriesByName(name).map((entry) => {
      const detail = (entry as PerformanceEntry & { detail?: unknown }).detail;
      return { startTime: entry.startTime, duration: entry.duration, detail: detail && typeof detail === 'object' ? (detail as Record<string, unknown>) : null };
    }),
  name);
}

/** A number from an entry's detail, or null. */
export function detailNumber(entry: TimingEntry | null, key: string): number | null {
  const value = entry?.detail?.[key];
  return typeof value === 'number' ? value : null;
}
