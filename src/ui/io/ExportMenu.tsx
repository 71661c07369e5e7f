import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useExport, type ExportKind } from './use-export.ts';

/** Export of the current article's claim set (three formats) or of everything. */
export function ExportMenu({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const exportAs = useExport();
  const menu = useRef<HTMLDetailsElement>(null);
  const item = (kind: ExportKind, scope: string | null, label: string) => (
    <button
      type="button"
      role="menuitem"
      onClick={() => {
        if (menu.current) menu.current.open = false;
        void exportAs(kind, scope);
      }}
    >
      {label}
    </button>
  );
  return (
    <details className="menu" ref={menu}>
      <summary>{t('io.export')}</summary>
      <div className="menu__items" role="menu">
        {item('json', articleId, t('io.exportJson'))}
        {item('w3c', articleId, t('io.exportW3c'))}
        {item('csv', articleId, t('io.exportCsv'))}
        {item('json', null, t('io.exportAll'))}
      </div>
    </details>
  );
}
