/**
 * Seeding many records quickly: the payloads cross into the seed page as
 * JSON text, parsed there, rather than as objects (Playwright serializes an
 * object argument value by value, about twice as slow for 10,000 claims),
 * all through one page.
 */
import type { BrowserContext } from 'playwright-core';
import { BENCH_BASE } from './build-pages.ts';
import type { SeedPayload } from './pages/seed.ts';

/** Stores every payload, in order, in the app's database of `context`'s origin, through /__bench/seed.html. */
export async function seedJson(context: BrowserContext, origin: string, payloads: readonly SeedPayload[]): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`${origin}${BENCH_BASE}seed.html`);
    await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
    for (const payload of payloads) {
      await page.evaluate((json) => (window as unknown as { benchSeed(data: SeedPayload): Promise<unknown> }).benchSeed(JSON.parse(json) as SeedPayload), JSON.stringify(payload));
    }
  } finally {
    await page.close();
  }
}
