import { useEffect } from 'react';
import { SHIPPED_ARTICLE_ID } from '../../content/shipped-article.ts';
import type { Article } from '../../domain/article.ts';
import { browserStorage, forgetFirstScreen, keepFirstScreen } from '../../storage/first-screen-copy.ts';

/**
 * Keeps the first-screen copy (storage/first-screen-copy.ts) of the article
 * the app shows, so that the next visit paints it before IndexedDB answers,
 * and forgets the copy once storage says the article is gone. `stored` is
 * what storage answered: undefined while it has not. The shipped article
 * needs no copy: the boot script carries its text.
 */
export function useFirstScreenCopy(articleId: string, stored: Article | null | undefined): void {
  useEffect(() => {
    if (stored === undefined || articleId === SHIPPED_ARTICLE_ID) return;
    if (stored === null) forgetFirstScreen(browserStorage(), articleId);
    else if (stored.id === articleId) keepFirstScreen(browserStorage(), stored);
  }, [articleId, stored]);
}
