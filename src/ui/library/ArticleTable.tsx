import { useTranslation } from 'react-i18next';
import { CLAIM_LABELS } from '../../domain/label.ts';
import { hrefFor } from '../route.ts';
import type { LibraryRow } from './summarize-library.ts';

/** Every article with its claim counts per label and review progress; titles open the article. */
export function ArticleTable({ rows, onDelete }: { rows: readonly LibraryRow[]; onDelete: (row: LibraryRow) => void }) {
  const { t, i18n } = useTranslation();
  // A publication date (YYYY-MM-DD) is a calendar date, shown as is; a timestamp (addedAt) in the reader's time zone.
  const date = (iso: string) => {
    const dateOnly = iso.length === 10;
    const parsed = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
    return Number.isNaN(parsed.getTime()) ? iso : parsed.toLocaleDateString(i18n.language, { dateStyle: 'medium', ...(dateOnly ? { timeZone: 'UTC' } : {}) });
  };
  if (rows.length === 0) return <p className="hint">{t('library.empty')}</p>;
  return (
    <table className="library-table">
      <caption className="visually-hidden">{t('library.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('library.columns.title')}</th>
          <th scope="col">{t('library.columns.language')}</th>
          <th scope="col">{t('library.columns.added')}</th>
          <th scope="col">{t('library.columns.published')}</th>
          <th scope="col">{t('library.columns.claims')}</th>
          <th scope="col">{t('library.columns.reviewed')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('library.columns.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} data-article-id={row.id}>
            <th scope="row">
              <a href={hrefFor({ page: 'article', articleId: row.id })} lang={row.lang}>
                {row.title}
              </a>
            </th>
            <td>{t(`library.languages.${row.lang}`)}</td>
            <td>
              <time dateTime={row.addedAt}>{date(row.addedAt)}</time>
            </td>
            <td>{row.published ? <time dateTime={row.published}>{date(row.published)}</time> : <span className="hint">{t('library.unknown')}</span>}</td>
            <td>
              <ul className="library-counts" aria-label={t('library.claimsTotal', { count: row.claims })}>
                {CLAIM_LABELS.map((label) => (
                  <li key={label} className={`badge badge--${label}`} data-testid={`count-${label}`} title={t(`label.${label}`)}>
                    <span className="label-icon" aria-hidden="true" />
                    <span className="visually-hidden">{t(`label.${label}`)}: </span>
                    {row.counts[label]}
                  </li>
                ))}
              </ul>
            </td>
            <td>
              <ReviewProgress reviewed={row.reviewed} total={row.claims} />
            </td>
            <td>
              <button type="button" className="danger" aria-label={t('library.delete.button', { title: row.title })} onClick={() => onDelete(row)}>
                {t('library.delete.short')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ReviewProgress({ reviewed, total }: { reviewed: number; total: number }) {
  const { t } = useTranslation();
  const label = t('library.reviewProgress', { reviewed, total });
  return (
    <span className="review-progress" data-testid="review-progress">
      <progress max={Math.max(total, 1)} value={reviewed} aria-label={label} />
      <span>{t('library.reviewFraction', { reviewed, total })}</span>
    </span>
  );
}
