import { useTranslation } from 'react-i18next';
import { useDatabase } from '../hooks/use-storage.ts';
import { AddArticleForm } from './AddArticleForm.tsx';
import { ArticleTable } from './ArticleTable.tsx';
import { DeleteArticleDialog } from './DeleteArticleDialog.tsx';
import { useDeleteArticle } from './use-delete-article.ts';
import { useLibraryRows } from './use-library-rows.ts';

/**
 * The library (`#/library`): every article in this browser with its claim
 * counts and review progress, a form to add one, and deletion after a
 * confirmation. `onExportArticle`, when given, is offered in the delete
 * dialog so the claims can be saved first.
 */
export function LibraryPage({ onExportArticle }: { onExportArticle?: (articleId: string) => void }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const rows = useLibraryRows();
  const deletion = useDeleteArticle();

  if (!db) {
    return (
      <div className="library-page">
        <h1>{t('library.title')}</h1>
        <p className="banner banner--error">{t('library.unavailable')}</p>
      </div>
    );
  }
  return (
    <div className="library-page">
      <section className="library-page__list" aria-labelledby="library-title">
        <h1 id="library-title">{t('library.title')}</h1>
        <p role="status" className="library-page__status">
          {deletion.deleted !== null ? t('library.delete.done', { title: deletion.deleted }) : ''}
        </p>
        {rows === undefined ? <p className="hint">{t('library.loading')}</p> : <ArticleTable rows={rows} onDelete={deletion.ask} />}
      </section>
      <AddArticleForm />
      {deletion.asking && (
        <DeleteArticleDialog
          row={deletion.asking}
          busy={deletion.busy}
          error={deletion.error}
          onConfirm={() => void deletion.confirm()}
          onCancel={deletion.cancel}
          {...(onExportArticle ? { onExport: onExportArticle } : {})}
        />
      )}
    </div>
  );
}
