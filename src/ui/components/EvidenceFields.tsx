import { useTranslation } from 'react-i18next';
import { EVIDENCE_STANCES, type Evidence, type EvidenceStance } from '../../domain/evidence.ts';

/** The fields of one evidence link, edited in place. */
export function EvidenceFields({ evidence, index, problems, onChange, onRemove }: { evidence: Evidence; index: number; problems: readonly string[]; onChange: (next: Evidence) => void; onRemove: () => void }) {
  const { t } = useTranslation();
  const set = <K extends keyof Evidence>(key: K, value: Evidence[K]) => onChange({ ...evidence, [key]: value });
  const errorId = `evidence-${index}-error`;
  return (
    <fieldset className="evidence" aria-invalid={problems.length > 0}>
      <legend>{t('evidence.legend', { n: index + 1 })}</legend>
      <label>
        {t('evidence.url')}
        <input type="url" inputMode="url" value={evidence.url} aria-describedby={problems.length ? errorId : undefined} onChange={(e) => set('url', e.target.value)} />
      </label>
      <label>
        {t('evidence.title')}
        <input value={evidence.title} onChange={(e) => set('title', e.target.value)} />
      </label>
      <label>
        {t('evidence.quote')}
        <textarea rows={2} value={evidence.quote} onChange={(e) => set('quote', e.target.value)} />
      </label>
      <label>
        {t('evidence.stance')}
        <select value={evidence.stance} onChange={(e) => set('stance', e.target.value as EvidenceStance)}>
          {EVIDENCE_STANCES.map((stance) => (
            <option key={stance} value={stance}>
              {t(`evidence.stances.${stance}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('evidence.accessed')}
        <input type="date" value={evidence.accessed} onChange={(e) => set('accessed', e.target.value)} />
      </label>
      <label>
        {t('evidence.archiveUrl')}
        <input type="url" inputMode="url" value={evidence.archiveUrl ?? ''} onChange={(e) => set('archiveUrl', e.target.value)} />
      </label>
      {problems.length > 0 && (
        <p id={errorId} className="error" role="alert">
          {problems.join(' ')}
        </p>
      )}
      <button type="button" className="danger-link" onClick={onRemove}>
        {t('evidence.remove')}
      </button>
    </fieldset>
  );
}
