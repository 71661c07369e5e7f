import { useTranslation } from 'react-i18next';
import type { Suggestion } from '../../domain/cues/suggestion.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../domain/label.ts';

/**
 * Claims the cue engine proposes: each with its label, the cue that
 * triggered it and why; accept (it becomes your claim), dismiss (remembered
 * for this article), accept all of one label.
 */
export function SuggestionPanel({ suggestions, error = null, focusedId, readOnly, onFocus, onAccept, onDismiss, onAcceptAll }: {
  suggestions: readonly Suggestion[];
  /** Why the engine gave no suggestions, if it failed. */
  error?: string | null;
  focusedId: string | null;
  readOnly: boolean;
  onFocus: (suggestion: Suggestion) => void;
  onAccept: (suggestion: Suggestion) => void;
  onDismiss: (suggestion: Suggestion) => void;
  onAcceptAll: (label: ClaimLabel) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ja' ? 'ja' : 'en';
  const counts = CLAIM_LABELS.map((label) => [label, suggestions.filter((s) => s.label === label).length] as const);
  return (
    <section className="suggestion-panel" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">{t('suggest.title', { count: suggestions.length })}</h2>
      {error !== null ? (
        <p className="error" role="alert">
          {t('suggest.failed', { error })}
        </p>
      ) : suggestions.length === 0 ? (
        <p className="hint">{t('suggest.none')}</p>
      ) : (
        <>
          {!readOnly && (
            <div className="suggestion-panel__all" role="group" aria-label={t('suggest.acceptAllGroup')}>
              {counts
                .filter(([, count]) => count > 0)
                .map(([label, count]) => (
                  <button key={label} type="button" className={`chip chip--${label}`} onClick={() => onAcceptAll(label)}>
                    <span className="label-icon" aria-hidden="true" />
                    {t('suggest.acceptAll', { label: t(`label.${label}`), count })}
                  </button>
                ))}
            </div>
          )}
          <ol className="suggestion-list">
            {suggestions.slice(0, 200).map((suggestion) => (
              <li key={suggestion.id} className={`suggestion-row${suggestion.id === focusedId ? ' is-focused' : ''}`} data-suggestion-id={suggestion.id}>
                <button type="button" className="suggestion-row__jump" onClick={() => onFocus(suggestion)}>
                  <span className={`badge badge--${suggestion.label}`}>
                    <span className="label-icon" aria-hidden="true" />
                    <span lang="ja">{suggestion.cue}</span> → {t(`label.${suggestion.label}`)}
                  </span>
                  <span className="suggestion-row__why">{suggestion.explanation[lang]}</span>
                  {suggestion.note && <span className="claim-row__note">{suggestion.note}</span>}
                </button>
                {!readOnly && (
                  <span className="suggestion-row__actions">
                    <button type="button" onClick={() => onAccept(suggestion)}>{t('suggest.accept')}</button>
                    <button type="button" onClick={() => onDismiss(suggestion)}>{t('suggest.dismiss')}</button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
