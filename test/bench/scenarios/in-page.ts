/**
 * Functions that run inside the app's page (passed to `page.evaluate` or
 * `addInitScript`). Each must be self-contained: Playwright sends its source,
 * not its closure.
 */

/** What one timed claim creation saw, in page time (ms since navigation start). */
export interface CreationTiming {
  claimId: string;
  /** The key event's own timestamp. */
  keyAt: number;
  /** When the new claim's element was in the DOM. */
  appearedAt: number;
  /** When the save indicator first said 'saved' (the IndexedDB write committed), if it did before the highlight was painted. */
  savedAt: number | null;
  /** The first macrotask after the next frame: the highlight is on screen. */
  paintedAt: number;
}

/**
 * Init script: from the very start of the page, checks every frame whether
 * the live article view (the editor, not the boot script's first paint) is
 * in the DOM with at least `expected` claim elements,
 * and marks `bench:claims-painted` after the frame that shows them (the
 * same rAF-then-macrotask rule as the app's own marks).
 */
export function watchClaimsPainted(expected: number): void {
  // An init script may run before the context's NAME_HELPER (session.ts): define it here too.
  (globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
  const roots = document.getElementsByClassName('article-text');
  const tick = () => {
    const root = [...roots].find((element) => element.classList.contains('ProseMirror'));
    const claims = root ? root.getElementsByClassName('claim').length : 0;
    if (root && root.childElementCount > 0 && claims >= expected) {
      setTimeout(() => performance.mark('bench:claims-painted', { detail: { claims } }), 0);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/**
 * Selects the DOM text from `start` to `end`, counted over the text nodes of
 * `.article-text` (the article's text without its line breaks), after
 * scrolling it to the middle of the screen, as a reader would select what
 * they see. Resolves two frames later.
 */
export function selectDomRange({ start, end }: { start: number; end: number }): Promise<void> {
  const root = document.querySelector<HTMLElement>('.article-text');
  if (!root) throw new Error('No .article-text');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let startPoint: [Text, number] | null = null;
  let endPoint: [Text, number] | null = null;
  for (let node = walker.nextNode() as Text | null; node && !endPoint; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    if (!startPoint && start < seen + length) startPoint = [node, start - seen];
    if (startPoint && end <= seen + length) endPoint = [node, end - seen];
    seen += length;
  }
  if (!startPoint || !endPoint) throw new Error(`DOM range ${start}-${end} is outside the text (${seen})`);
  startPoint[0].parentElement?.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  range.setStart(...startPoint);
  range.setEnd(...endPoint);
  root.focus({ preventScroll: true });
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Resolves when the page's main thread has been idle once (or after a second). */
export function untilIdle(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 1000 }));
}

/**
 * Arms the timing of one claim creation: records the next `key` keydown (in
 * the capture phase, before the app sees it), watches `.article-text` for a
 * claim element with an id not seen before, and stores on `window` a promise
 * of the `CreationTiming`, or null after `timeoutMs`. Call it, press the
 * key, then await `collectCreation`.
 */
export function armCreation({ key, timeoutMs }: { key: string; timeoutMs: number }): void {
  type BenchWindow = Window & { benchKnownClaims?: Set<string>; benchCreation?: Promise<CreationTiming | null> };
  const win = window as BenchWindow;
  const root = document.querySelector('.article-text');
  if (!root) throw new Error('No .article-text');
  const known = (win.benchKnownClaims ??= new Set(Array.from(root.querySelectorAll('.claim'), (el) => el.getAttribute('data-claim-id') ?? '')));
  let keyAt: number | null = null;
  let savedAt: number | null = null;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== key || keyAt !== null) return;
    const now = performance.now();
    // A timestamp from another clock (0, or later than now) would be useless: fall back to now.
    keyAt = event.timeStamp > 0 && event.timeStamp <= now ? event.timeStamp : now;
  };
  window.addEventListener('keydown', onKey, { capture: true });
  win.benchCreation = new Promise<CreationTiming | null>((resolve) => {
    const newClaimIn = (node: Node): string | null => {
      if (!(node instanceof Element)) return null;
      const candidates = node.matches('.claim') ? [node, ...node.querySelectorAll('.claim')] : [...node.querySelectorAll('.claim')];
      for (const element of candidates) {
        const id = element.getAttribute('data-claim-id');
        if (id && !known.has(id)) return id;
      }
      return null;
    };
    const finish = (timing: CreationTiming | null) => {
      observer.disconnect();
      saveObserver.disconnect();
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey, { capture: true });
      resolve(timing);
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const nodes = record.type === 'attributes' ? [record.target] : [...record.addedNodes];
        for (const node of nodes) {
          const id = newClaimIn(node);
          if (!id) continue;
          const appearedAt = performance.now();
          known.add(id);
          observer.disconnect();
          requestAnimationFrame(() =>
            setTimeout(() => finish({ claimId: id, keyAt: keyAt ?? Number.NaN, appearedAt, paintedAt: performance.now(), savedAt }), 0),
          );
          return;
        }
      }
    });
    // Attributes too: ProseMirror may turn an existing wrapper (the selection preview) into the claim's element.
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-claim-id', 'class'] });
    // The save indicator turns 'saving' then 'saved' once the write committed.
    const saveObserver = new MutationObserver((records) => {
      for (const record of records) {
        const target = record.target as Element;
        if (savedAt === null && keyAt !== null && target.matches('.save-status') && target.getAttribute('data-state') === 'saved') savedAt = performance.now();
      }
    });
    saveObserver.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-state'] });
    const timer = setTimeout(() => finish(null), timeoutMs);
  });
}

/** The timing of the creation armed by `armCreation`. */
export function collectCreation(): Promise<CreationTiming | null> {
  const win = window as Window & { benchCreation?: Promise<CreationTiming | null> };
  return win.benchCreation ?? Promise.resolve(null);
}
