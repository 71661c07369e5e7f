import { afterEach, expect } from 'vitest';
import { openedPages } from './app-page.ts';

/**
 * Every end-to-end test ends with no Content Security Policy violation in
 * any page it opened through AppPage, whatever the test itself checked: the
 * strict policy must hold across the whole suite, not only where a test
 * remembered to look.
 */
afterEach(() => {
  const violations = [...openedPages].flatMap((app) => app.problems.cspViolations);
  openedPages.clear();
  expect(violations).toEqual([]);
});
