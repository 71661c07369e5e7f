import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog.tsx';

/** Asks for a display name on the first tag; the name is stored locally only. */
export function NameDialog({ onSubmit, onCancel }: { onSubmit: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const trimmed = name.trim();
  return (
    <ModalDialog
      labelledBy="name-dialog-title"
      onEscape={onCancel}
      onSubmit={() => {
        if (trimmed) onSubmit(trimmed.slice(0, 80));
      }}
    >
      <h2 id="name-dialog-title">{t('identity.title')}</h2>
      <p>{t('identity.explain')}</p>
      <label>
        {t('identity.name')}
        <input ref={input} value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
      </label>
      <div className="dialog__actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!trimmed}>
          {t('identity.save')}
        </button>
      </div>
    </ModalDialog>
  );
}
