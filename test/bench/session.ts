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

/**
 * Reports every User Timing mark and measure of a page to the bench through
 * a binding, as it is made. So waiting for a milestone needs no script run
 * in the page: Playwright's `waitForFunction` would first inject its own
 * script (20 to 50 ms of the page's main thread) at a moment set by the
 * page's load event, which for the app falls between its boot script and
 * its first frame, and for the empty page after it.
 */
const ENTRY_REPORTER = `new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) globalThis.__benchEntry?.(entry.name);
}).observe({ entryTypes: ['mark', 'measure'] });`;

/** Per page: the entry names reported since its last navigation, and who waits for which. */
interface EntryLog {
  seen: Set<string>;
  waiters: Set<{ names: string[]; resolve: (name: string) => void }>;
}
const entryLogs = new WeakMap<Page, EntryLog>();

function entryLog(page: Page): EntryLog {
  let log = entryLogs.get(page);
  if (!log) {
    const created: EntryLog = { seen: new Set(), waiters: new Set() };
    entryLogs.set(page, (log = created));
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) created.seen.clear();
    });
  }
  return log;
}

/** A new browser context: empty HTTP cache, Cache Storage, IndexedDB and no service worker. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: NAME_HELPER });
  context.on('page', (page) => entryLog(page));
  await context.exposeBinding('__benchEntry', ({ page }, name: unknown) => {
    if (typeof name !== 'string') return;
    const log = entryLog(page);
    log.seen.add(name);
    for (const waiter of log.waiters) {
      if (waiter.names.includes(name)) {
        log.waiters.delete(waiter);
        waiter.resolve(name);
      }
    }
  });
  await context.addInitScript({ content: ENTRY_REPORTER });
  return context;
}

/** Resolves with the first of `names` that `page` has made, or rejects after `timeout` ms. */
function firstEntryOf(page: Page, names: string[], timeout: number): Promise<string> {
  const log = entryLog(page);
  const made = names.find((name) => log.seen.has(name));
  if (made) return Promise.resolve(made);
  return new Promise((resolve, reject) => {
    const waiter = {
      names,
      resolve: (name: string) => {
        clearTimeout(timer);
        resolve(name);
      },
    };
    const timer = setTimeout(() => {
      log.waiters.delete(waiter);
      reject(new Error(`Timeout ${timeout} ms exceeded waiting for ${names.join(' or ')}`));
    }, timeout);
    log.waiters.add(waiter);
  });
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
 * Waits until `page` (of a `freshContext`) has a User Timing entry `name`
 * and returns the first one. Runs nothing in the page until the entry is
 * there (see ENTRY_REPORTER).
 * @throws if a `failName` mark appears first, or on timeout.
 */
export async function waitForEntry(page: Page, name: string, failName?: string, timeout = MILESTONE_TIMEOUT_MS): Promise<TimingEntry> {
  try {
    await firstEntryOf(page, failName === undefined ? [name] : [name, failName], timeout);
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
