import { useTranslation } from 'react-i18next';

/** Shown after a delete: the way back is one click (or Ctrl+Z) away. */
export function UndoToast({ onUndo, onDismiss }: { onUndo: () => void; onDismiss: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="toast" role="status">
      <span>{t('undo.deleted')}</span>
      <button type="button" onClick={onUndo}>
        {t('undo.undo')}
      </button>
      <button type="button" className="icon-button" aria-label={t('undo.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
