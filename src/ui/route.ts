/**
 * The app's routes, without React: the boot script reads them too, to paint
 * the right article before the app has loaded.
 */

/** The app's places, addressed by the URL hash so reloads and links keep them. */
export type Route = { page: 'article'; articleId: string | null } | { page: 'library' } | { page: 'compare'; articleId: string | null };

/** Parses `#/article/<id>`, `#/library`, `#/compare/<id>`; anything else is the default article. */
export function parseRoute(hash: string): Route {
  const [page, rawId] = hash.replace(/^#\/?/, '').split('/');
  let id: string | null;
  try {
    id = rawId ? decodeURIComponent(rawId) : null;
  } catch {
    id = null; // A malformed %-escape: treat as no id.
  }
  if (page === 'library') return { page: 'library' };
  if (page === 'compare') return { page: 'compare', articleId: id };
  return { page: 'article', articleId: page === 'article' ? id : null };
}

/** The hash for a route; inverse of `parseRoute`. */
export function hrefFor(route: Route): string {
  if (route.page === 'library') return '#/library';
  const id = route.articleId ? `/${encodeURIComponent(route.articleId)}` : '';
  return `#/${route.page}${id}`;
}

/** The article a route shows: its own id, or the shipped article by default; null on the library page. */
export function articleIdOf(route: Route, defaultId: string): string | null {
  return route.page === 'library' ? null : (route.articleId ?? defaultId);
}
