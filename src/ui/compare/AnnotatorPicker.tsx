import { useTranslation } from 'react-i18next';
import type { AnnotatorOnArticle } from './use-compare-data.ts';

/** Checkboxes: which of the annotators who tagged the article to compare. */
export function AnnotatorPicker({ annotators, chosen, onChange }: { annotators: readonly AnnotatorOnArticle[]; chosen: ReadonlySet<string>; onChange: (next: Set<string>) => void }) {
  const { t } = useTranslation();
  if (annotators.length === 0) return <p className="hint">{t('compare.annotators.none')}</p>;
  return (
    <fieldset className="compare-annotators">
      <legend>{t('compare.annotators.legend')}</legend>
      {annotators.map(({ annotator, claims }) => (
        <label key={annotator.id}>
          <input
            type="checkbox"
            checked={chosen.has(annotator.id)}
            onChange={(event) => {
              const next = new Set(chosen);
              if (event.target.checked) next.add(annotator.id);
              else next.delete(annotator.id);
              onChange(next);
            }}
          />
          <span>{annotator.name}</span>
          <span className="meta">{t('compare.annotators.claims', { count: claims.length })}</span>
        </label>
      ))}
    </fieldset>
  );
}
