import type { BrowserContext, Locator, Page } from 'playwright-core';

/** CSP violations and uncaught errors seen by a page; every test ends by asserting none. */
export interface PageProblems {
  cspViolations: string[];
  pageErrors: string[];
}

/** Every AppPage opened in the current test; the CSP guard checks them all afterwards. */
export const openedPages = new Set<AppPage>();

/**
 * A page object for the app: what a user sees and does, named as they would
 * name it, so tests read as flows and survive markup changes.
 */
export class AppPage {
  readonly problems: PageProblems = { cspViolations: [], pageErrors: [] };

  private constructor(readonly page: Page, readonly baseUrl: string) {
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply|connect|create)/i.test(message.text())) this.problems.cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => this.problems.pageErrors.push(String(error)));
    // A reload or a route change starts the save count again.
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) this.committedSeen = 0;
    });
  }

  /** Opens a new tab on the app in `context`. */
  static async open(context: BrowserContext, baseUrl: string, path = '/'): Promise<AppPage> {
    const page = await context.newPage();
    const app = new AppPage(page, baseUrl);
    openedPages.add(app);
    await page.addInitScript(() => {
      (window as unknown as { __csp: string[] }).__csp = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { __csp: string[] }).__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(baseUrl + path);
    return app;
  }

  get articleText(): Locator {
    return this.page.locator('.ProseMirror.article-text');
  }

  get tokenizerStatus(): Locator {
    return this.page.locator('.tokenizer-status');
  }

  /** Waits until kuromoji's tokens are in the view. */
  async waitForTokens(timeout = 45_000): Promise<void> {
    await this.page.locator('.tokenizer-status[data-state="ready"]').waitFor({ timeout });
  }

  /**
   * Waits until the suggestions' outlines are in the text (for an article
   * that has some): their cue hints take room in the lines, so text must be
   * measured for the mouse only after they came from their worker.
   */
  async waitForSuggestions(): Promise<void> {
    await this.page.locator('.article-text .suggestion-hint').first().waitFor();
  }

  /**
   * Turns the suggestions off and waits until their outlines have left the
   * text: their cue hints take room in the lines, so text measured for a
   * mouse drag must not move under it. Suggestions come from their worker
   * some time after the tokens; once off, a late answer is dropped.
   */
  async hideSuggestions(): Promise<void> {
    await this.page.getByRole('checkbox', { name: 'Suggestions', exact: true }).uncheck();
    await this.page.locator('.article-text .suggestion, .article-text .suggestion-hint').first().waitFor({ state: 'detached' });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.articleText.waitFor();
  }

  /**
   * Finds the `occurrence`-th `quote` in the article's text nodes (never
   * ruby pseudo-content), shifted inwards by the offsets. With `select`, sets
   * the DOM selection to it; otherwise returns the mouse points at its first
   * and last characters. One in-page function for both, as page.evaluate needs
   * a self-contained function.
   */
  private async findInArticle(
    quote: string,
    options: { occurrence?: number; startOffset?: number; endOffset?: number },
    select: boolean,
  ): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
    return this.page.evaluate(
      ({ quote, occurrence, startOffset, endOffset, select }) => {
        const root = document.querySelector('.ProseMirror.article-text')!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: Text[] = [];
        let all = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push(node as Text);
          all += (node as Text).data;
        }
        let index = -1;
        for (let i = 0; i <= occurrence; i += 1) {
          index = all.indexOf(quote, index + 1);
          if (index < 0) throw new Error(`"${quote}" not found in the article`);
        }
        // A start at a node boundary goes to the next node, an end to the previous one.
        const locate = (offset: number, isStart: boolean): [Text, number] => {
          let seen = 0;
          for (const node of nodes) {
            if (isStart ? offset < seen + node.data.length : offset <= seen + node.data.length) return [node, offset - seen];
            seen += node.data.length;
          }
          throw new Error('offset out of range');
        };
        const start = index + startOffset;
        const end = index + quote.length - endOffset;
        const rangeOf = (from: number, to: number) => {
          const range = document.createRange();
          range.setStart(...locate(from, true));
          range.setEnd(...locate(to, false));
          return range;
        };
        if (select) {
          (root as HTMLElement).focus();
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(rangeOf(start, end));
          return { x1: 0, y1: 0, x2: 0, y2: 0 };
        }
        // One character each: a range ending at a node's end would measure the next line.
        const first = rangeOf(start, start + 1).getBoundingClientRect();
        const last = rangeOf(end - 1, end).getBoundingClientRect();
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
      },
      { quote, occurrence: options.occurrence ?? 0, startOffset: options.startOffset ?? 0, endOffset: options.endOffset ?? 0, select },
    );
  }

  /** Selects the `occurrence`-th `quote` with the DOM Selection API (as a mouse drag would). */
  async selectInArticle(quote: string, options: { occurrence?: number; startOffset?: number; endOffset?: number } = {}): Promise<void> {
    await this.findInArticle(quote, options, true);
    await this.page.locator('[data-testid="pending-selection"]').first().waitFor();
  }

  /** Selects by dragging the mouse across the `occurrence`-th `quote`, as a user would. */
  async dragSelect(quote: string, options: { occurrence?: number; startOffset?: number; endOffset?: number } = {}): Promise<void> {
    const points = await this.findInArticle(quote, options, false);
    await this.page.mouse.move(points.x1, points.y1);
    await this.page.mouse.down();
    await this.page.mouse.move((points.x1 + points.x2) / 2, (points.y1 + points.y2) / 2, { steps: 4 });
    await this.page.mouse.move(points.x2, points.y2, { steps: 4 });
    await this.page.mouse.up();
    await this.page.locator('[data-testid="pending-selection"]').first().waitFor();
  }

  /** The text the snapped preview covers. */
  async pendingText(): Promise<string> {
    return (await this.page.locator('[data-testid="pending-selection"]').allTextContents()).join('');
  }

  /** Whether this page has already answered (or not needed) the name prompt. */
  private named = false;

  /**
   * Answers the first-tag name prompt. The prompt opens a moment after the
   * key press, so the first time this waits for it (briefly: the identity may
   * already exist, set in another tab of the same profile).
   */
  async giveNameIfAsked(name = 'Test Annotator'): Promise<void> {
    const dialog = this.page.getByRole('dialog');
    if (!this.named) await dialog.waitFor({ timeout: 3000 }).catch(() => {});
    if (await dialog.isVisible()) {
      await dialog.getByRole('textbox').fill(name);
      await dialog.getByRole('button', { name: /Save and tag|保存してタグ付け/ }).click();
    }
    this.named = true;
  }

  /** How many committed writes the save indicator had reported when last asked. */
  private committedSeen = 0;

  /**
   * Waits for the save indicator to report a write committed since the last
   * call: a "Saved" left over from the previous write does not count.
   */
  async waitSaved(): Promise<void> {
    const status = this.page.locator('.save-status');
    const seen = this.committedSeen;
    await this.page.waitForFunction(
      (after) => {
        const element = document.querySelector('.save-status');
        return element?.getAttribute('data-state') === 'saved' && Number(element.getAttribute('data-committed')) > after;
      },
      seen,
    );
    this.committedSeen = Number(await status.getAttribute('data-committed'));
  }

  highlight(label?: string): Locator {
    return this.page.locator(label ? `.article-text .claim[data-label="${label}"]` : '.article-text .claim');
  }

  /** Reads all claims straight from IndexedDB, to check what was really stored. */
  async storedClaims(): Promise<Array<{ id: string; label: string; anchor: { start: number; end: number; exact: string; prefix: string; suffix: string }; note: string; gloss: string; evidence: Array<{ url: string; title: string }> }>> {
    return this.storedRows('claims');
  }

  /** Every row of one store of the app's IndexedDB, read straight from it (not through the app). */
  async storedRows<Row>(store: string): Promise<Row[]> {
    return this.page.evaluate(
      (name) =>
        new Promise<Row[]>((resolve, reject) => {
          const open = indexedDB.open('shucho');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const request = db.transaction(name).objectStore(name).getAll();
            request.onsuccess = () => {
              resolve(request.result as Row[]);
              db.close();
            };
            request.onerror = () => reject(request.error);
          };
        }),
      store,
    );
  }

  /**
   * Writes rows straight into the app's IndexedDB (store name → rows), in
   * one transaction, as another tab or an import would.
   */
  async putRows(rows: Record<string, unknown[]>): Promise<void> {
    await this.page.evaluate(
      (byStore) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('shucho');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(Object.keys(byStore), 'readwrite');
            for (const [store, list] of Object.entries(byStore)) for (const row of list) tx.objectStore(store).put(row);
            tx.oncomplete = () => {
              db.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      rows,
    );
  }

  /** Asserts nothing broke the page: no CSP violations, no uncaught errors. */
  async problemsSeen(): Promise<string[]> {
    const inPage = await this.page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
    return [...this.problems.cspViolations, ...inPage.map((v) => `CSP: ${v}`), ...this.problems.pageErrors];
  }
}

/** Exports through the Export menu and returns the downloaded file's path and text. */
export async function exportFrom(app: AppPage, item: RegExp | string): Promise<{ path: string; text: string; name: string }> {
  await app.page.locator('.menu summary').click();
  const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('menuitem', { name: item }).click()]);
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return { path, text: await readFile(path, 'utf8'), name: download.suggestedFilename() };
}

/** Imports a file through the Import button and waits for the preview (or the problems). */
export async function importInto(app: AppPage, file: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await app.page.getByTestId('import-file').setInputFiles(file);
  await app.page.locator('[data-testid="import-summary"], .import-problems').first().waitFor({ timeout: 30_000 });
}

/** Confirms the import preview and returns the report's figures. */
export async function confirmImport(app: AppPage): Promise<Record<string, number>> {
  await app.page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
  const report = app.page.getByTestId('import-report');
  await report.waitFor({ timeout: 30_000 });
  const figures: Record<string, number> = {};
  for (const field of ['added', 'updated', 'skipped', 'conflicts', 'orphans']) {
    figures[field] = Number(await report.locator(`[data-field="${field}"] dd`).textContent());
  }
  await app.page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  return figures;
}
