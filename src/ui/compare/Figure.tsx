import { useTranslation } from 'react-i18next';
import type { FigureNote } from '../../domain/agreement/report.ts';
import { formatFigure } from './format-figure.ts';

/**
 * One agreement figure: the value (or a dash when undefined), the reason in
 * plain words when it is undefined, and the counts it was computed from.
 * `name` goes into `data-figure` so tests and styles can find it.
 */
export function Figure({ name, value, note, counts }: { name: string; value: number | null; note: FigureNote | null; counts: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="figure" data-figure={name} data-note={note ?? undefined}>
      <span className="figure__value">{value === null ? '—' : formatFigure(value, i18n.language)}</span>
      {note && <span className="figure__note">{t(`compare.notes.${note}`)}</span>}
      <span className="figure__counts">{counts}</span>
    </div>
  );
}

/** A share (observed or expected agreement) or null, formatted like a figure. */
export function useShare(): (value: number | null) => string {
  const { i18n } = useTranslation();
  return (value) => (value === null ? '—' : formatFigure(value, i18n.language));
}
