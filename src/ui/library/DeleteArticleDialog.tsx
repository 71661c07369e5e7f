import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog.tsx';
import type { LibraryRow } from './summarize-library.ts';

/**
 * Asks before an article and everything made on it is deleted, offering to
 * export its claims first (when `onExport` is given). Escape or Cancel keeps
 * everything; focus starts on Cancel, the safe choice.
 */
export function DeleteArticleDialog({
  row,
  busy,
  error,
  onConfirm,
  onCancel,
  onExport,
}: {
  row: LibraryRow;
  busy: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  onExport?: (articleId: string) => void;
}) {
  const { t } = useTranslation();
  const ids = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <ModalDialog
      className="delete-article-dialog"
      labelledBy={`${ids}-title`}
      describedBy={`${ids}-body`}
      {...(busy ? {} : { onEscape: onCancel })}
    >
      <h2 id={`${ids}-title`}>{t('library.delete.title')}</h2>
      <p id={`${ids}-body`}>
        {t('library.delete.explain', { title: row.title, count: row.claims })}
      </p>
      {error && (
        <p className="error" role="alert">
          {t('library.delete.failed', { error })}
        </p>
      )}
      <div className="dialog__actions">
        {onExport && (
          <button type="button" onClick={() => onExport(row.id)} disabled={busy}>
            {t('library.delete.exportFirst')}
          </button>
        )}
        <button type="button" ref={cancel} onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" onClick={onConfirm} disabled={busy}>
          {t('library.delete.confirm')}
        </button>
      </div>
    </ModalDialog>
  );
}
