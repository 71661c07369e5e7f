import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportDialog } from './ImportDialog.tsx';
import { useImport } from './use-import.ts';

/**
 * The Import button (file picker) and the page-wide drop target for claim-set
 * files (native JSON or our W3C JSON-LD).
 */
export function ImportControls() {
  const { t } = useTranslation();
  const flow = useImport();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const { start, available } = flow;

  useEffect(() => {
    if (!available) return;
    const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes('Files');
    const over = (event: DragEvent) => {
      if (!hasFiles(event) || (event.target instanceof Element && event.target.closest('[data-own-drop]'))) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      setDragging(false);
      if (!hasFiles(event) || (event.target instanceof Element && event.target.closest('[data-own-drop]'))) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (file) void start(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [available, start]);

  if (!available) return null;
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>{t('io.importButton')}</button>
      <input
        ref={input}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        hidden
        aria-label={t('io.importButton')}
        data-testid="import-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void flow.start(file);
        }}
      />
      {dragging && <div className="drop-overlay" aria-hidden="true">{t('io.dropHere')}</div>}
      <ImportDialog state={flow.state} onCommit={(choices) => void flow.commit(choices)} onClose={flow.close} />
    </>
  );
}
