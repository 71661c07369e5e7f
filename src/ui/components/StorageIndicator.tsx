import { useTranslation } from 'react-i18next';
import { formatBytes } from '../format-bytes.ts';
import { useAskedForPersistence, useStorageReport } from '../hooks/use-storage-report.ts';

/** Storage used, and a warning when the browser may evict it (with an export reminder). */
export function StorageIndicator() {
  const { t, i18n } = useTranslation();
  const { report } = useStorageReport();
  const asked = useAskedForPersistence();
  return (
    <p className={`storage-indicator storage-indicator--${report.persistence}`} data-persistence={report.persistence}>
      {report.usage !== null && <span>{t('storage.used', { size: formatBytes(report.usage, i18n.language) })}</span>}
      {report.persistence === 'persisted' && <span className="storage-indicator__ok">{t('storage.persisted')}</span>}
      {report.persistence === 'not-persisted' && asked && (
        <span className="storage-indicator__warn" role="note" title={t('storage.notPersistedHelp')}>
          {t('storage.notPersisted')}
        </span>
      )}
    </p>
  );
}
