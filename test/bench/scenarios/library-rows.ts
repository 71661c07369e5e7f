/**
 * Functions that run inside the app's library page (`#/library`), passed to
 * `addInitScript` or `page.evaluate`. Each must be self-contained:
 * Playwright sends its source, not its closure.
 */

/**
 * Init script: from the very start of the page, checks every frame whether
 * the library table shows at least `expected` article rows, and marks
 * `bench:library-painted` after the frame that shows them (the rule of the
 * app's own marks: a requestAnimationFrame, then a macrotask). Rows are
 * rendered once `readLibrary` has the counts, so they come with them.
 */
export function watchLibraryRows(expected: number): void {
  // An init script may run before the context's NAME_HELPER (session.ts): define it here too.
  (globalThis as { __name?: unknown }).__name ??= (fn: unknown) => fn;
  const tick = () => {
    const rows = document.querySelectorAll('.library-table tbody tr[data-article-id]').length;
    if (rows >= expected) {
      setTimeout(() => performance.mark('bench:library-painted', { detail: { rows } }), 0);
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The claims the library table shows, summed over its rows and labels. */
export function libraryClaimTotal(): number {
  let total = 0;
  // The count is the badge's last text, after the icon and the visually hidden label.
  for (const cell of document.querySelectorAll('.library-table [data-testid^="count-"]')) total += Number(cell.lastChild?.textContent ?? '0');
  return total;
}
