import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** The flags every test browser starts with: no network of its own, no first-run noise. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Finds a Chromium: `CHROMIUM_PATH`, then the system's, then the npm package
 * `@sparticuz/chromium` if installed. Never skips: with no browser it throws
 * and says how to get one.
 */
export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
  if (system) return system;
  try {
    const moduleName = '@sparticuz/chromium';
    const sparticuz = (await import(/* @vite-ignore */ moduleName)) as { default: { executablePath(): Promise<string> } };
    return await sparticuz.default.executablePath();
  } catch {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary, or `npm install @sparticuz/chromium`.',
    );
  }
}

/** Launches headless Chromium with a fresh profile, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = await findChromium();
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}

/**
 * A persistent profile (a real --user-data-dir) for tests that relaunch the
 * browser on the same storage: crash recovery, two tabs.
 */
export async function launchPersistent(userDataDir: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const executablePath = await findChromium();
  return chromium.launchPersistentContext(userDataDir, { executablePath, args: CHROMIUM_FLAGS, headless: true, ...options });
}

/** A fresh temporary profile folder and its cleanup. */
export function temporaryProfile(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'shucho-profile-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * One headless Chromium for the test file: launched before its tests,
 * closed after. Returns a getter (the browser exists only once beforeAll ran).
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser(): the browser is launched in beforeAll; use the getter inside tests and hooks');
    return browser;
  };
}

/** Crashes the page's renderer (CDP Page.crash), as a tab killed mid-work would be, and waits until it is gone. */
export async function crashRenderer(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const crashed = new Promise((resolve) => page.once('crash', resolve));
  // The reply never comes: the renderer is gone. Wait for the crash event instead.
  void cdp.send('Page.crash').catch(() => {});
  await crashed;
}
