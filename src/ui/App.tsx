import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { SHIPPED_ARTICLE_ID, SHIPPED_ARTICLE_TEXT, SHIPPED_ARTICLE_TITLE } from '../content/shipped-article.ts';
import type { Article } from '../domain/article.ts';
import { ArticlePage } from './ArticlePage.tsx';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { ImportControls } from './io/ImportControls.tsx';
import { StorageIndicator } from './components/StorageIndicator.tsx';
import { appEvents } from './app-events.ts';
import { useArticle, useClaims } from './hooks/use-storage.ts';
import { useFirstScreenCopy } from './hooks/use-first-screen-copy.ts';
import { useHashRoute } from './hooks/use-hash-route.ts';
import { articleIdOf, hrefFor } from './route.ts';
import { useExport } from './io/use-export.ts';
import { useServices } from './services.ts';

// Pages other than the article load on demand: the first paint needs only the article view.
const LibraryPage = lazy(() => import('./library/LibraryPage.tsx').then((module) => ({ default: module.LibraryPage })));
const ComparePage = lazy(() => import('./compare/ComparePage.tsx').then((module) => ({ default: module.ComparePage })));

/** The shipped article as a read-only fallback when storage cannot be opened. */
const FALLBACK_ARTICLE: Article = {
  id: SHIPPED_ARTICLE_ID,
  title: SHIPPED_ARTICLE_TITLE,
  lang: 'ja',
  text: SHIPPED_ARTICLE_TEXT,
  contentHash: '',
  addedAt: '',
};

export function App() {
  const { t } = useTranslation();
  const { storage, firstArticle } = useServices();
  const upgraded = useSyncExternalStore(appEvents.subscribe, () => appEvents.has('database-upgraded'));
  const route = useHashRoute();
  const exportAs = useExport();
  const articleId = articleIdOf(route, SHIPPED_ARTICLE_ID) ?? SHIPPED_ARTICLE_ID;
  const stored = useArticle(articleId);
  // Started together with the article's read, not after it: one round trip less before highlights.
  const claims = useClaims(articleId);
  useFirstScreenCopy(articleId, stored);
  // Until storage answers, the article boot.ts painted stays on screen, or else the shipped article from the bundle.
  const fallback = firstArticle?.id === articleId ? firstArticle : articleId === SHIPPED_ARTICLE_ID ? FALLBACK_ARTICLE : undefined;
  const article =
    storage.state === 'unavailable' ? FALLBACK_ARTICLE : storage.state === 'opening' || stored === undefined ? fallback : stored;

  useEffect(() => {
    document.title = `${t('app.name')} — ${route.page === 'library' ? t('app.nav.library') : (article?.title ?? '')}`;
  }, [t, article?.title, route.page]);

  return (
    <div className="app">
      <header className="app-header">
        <p className="brand">
          <span className="brand__mark" aria-hidden="true">{t('app.mark')}</span>
          <span>{t('app.name')}</span>
          <span className="brand__tagline">{t('app.tagline')}</span>
        </p>
        <nav className="app-nav" aria-label={t('app.nav.label')}>
          <a href={hrefFor({ page: 'library' })} aria-current={route.page === 'library' ? 'page' : undefined}>
            {t('app.nav.library')}
          </a>
        </nav>
        <div className="app-header__end">
          <ImportControls />
          {storage.state === 'ready' && <StorageIndicator />}
          <LanguageSwitch />
        </div>
      </header>
      {storage.state === 'unavailable' && (
        <p className="banner banner--error" role="alert">
          {t('storage.unavailable', { error: storage.error })}
        </p>
      )}
      {upgraded && (
        <p className="banner banner--warning" role="alert">
          {t('storage.upgraded')} <button type="button" onClick={() => location.reload()}>{t('storage.reload')}</button>
        </p>
      )}
      <main>
        <Suspense fallback={<p className="hint" role="status">{t('app.loading')}</p>}>
        {route.page === 'library' ? (
          <LibraryPage onExportArticle={(id) => void exportAs('json', id)} />
        ) : route.page === 'compare' ? (
          <ComparePage articleId={articleId} />
        ) : article ? (
          <ArticlePage key={article.id} article={article} claims={article.id === articleId ? claims : undefined} />
        ) : article === null ? (
          <p className="banner" role="status">
            {t('app.articleMissing')} <a href={hrefFor({ page: 'library' })}>{t('app.nav.library')}</a>
          </p>
        ) : null}
        </Suspense>
      </main>
    </div>
  );
}
