import { useTranslation } from 'react-i18next';
import { CLAIM_LABELS, type ClaimLabel } from '../../domain/label.ts';

/**
 * The four label buttons shown at a selection. Their accessible names are the
 * label names exactly ("Fact" ...); the digit key is shown beside each.
 */
export function SelectionToolbar({ position, onLabel, disabled }: { position: { left: number; top: number }; onLabel: (label: ClaimLabel) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="selection-toolbar" role="toolbar" aria-label={t('toolbar.label')} style={{ left: position.left, top: position.top }}>
      {CLAIM_LABELS.map((label, index) => (
        <button
          key={label}
          type="button"
          className={`label-button label-button--${label}`}
          aria-label={t(`label.${label}`)}
          title={t('toolbar.keyHint', { key: index + 1 })}
          disabled={disabled}
          // Keep the text selection: a mousedown on the button would otherwise clear it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onLabel(label)}
        >
          <span className="label-icon" aria-hidden="true" />
          <span aria-hidden="true">{t(`label.${label}`)}</span>
          <kbd aria-hidden="true">{index + 1}</kbd>
        </button>
      ))}
    </div>
  );
}
