import { useTranslation } from 'react-i18next';
import type { Annotator } from '../../domain/claim.ts';
import { CLAIM_LABELS } from '../../domain/label.ts';
import { f1Note, type AgreementReport, type PairAgreement } from '../../domain/agreement/report.ts';
import type { Score } from '../../domain/agreement/span-match.ts';
import { Figure, useShare } from './Figure.tsx';

/**
 * The agreement report: for every pair span F1 (exact, overlap) and Cohen's
 * kappa, then Fleiss' kappa (three annotators or more) and Krippendorff's
 * alpha; each figure with its counts, per-label F1 in a table per pair.
 */
export function AgreementFigures({ report, names }: { report: AgreementReport; names: ReadonlyMap<string, Annotator> }) {
  const { t } = useTranslation();
  const share = useShare();
  const nameOf = (id: string) => names.get(id)?.name ?? id;
  const { alpha, fleiss } = report;
  return (
    <section className="compare-figures" aria-labelledby="compare-figures-title">
      <h2 id="compare-figures-title">{t('compare.figures.title')}</h2>
      <p className="hint">{t('compare.figures.units', { units: report.units, skipped: report.skippedTokens })}</p>
      {report.annotators
        .filter((a) => a.orphans > 0)
        .map((a) => (
          <p key={a.annotatorId} className="hint">{t('compare.figures.orphans', { name: nameOf(a.annotatorId), count: a.orphans })}</p>
        ))}
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.figures.columns.pair')}</th>
            <th scope="col">{t('compare.figures.columns.exactF1')}</th>
            <th scope="col">{t('compare.figures.columns.overlapF1')}</th>
            <th scope="col">{t('compare.figures.columns.kappa')}</th>
          </tr>
        </thead>
        <tbody>
          {report.pairs.map((pair) => {
            const [a, b] = pair.annotators.map(nameOf) as [string, string];
            const f1 = (name: string, score: Score) => <Figure name={name} value={score.f1} note={f1Note(score)} counts={t('compare.figures.f1Counts', { tp: score.tp, fn: score.fn, fp: score.fp, a, b })} />;
            return (
              <tr key={pair.annotators.join('|')} data-pair={pair.annotators.join('|')}>
                <th scope="row">{t('compare.figures.pair', { a, b })}</th>
                <td>{f1('f1-exact', pair.exact.overall)}</td>
                <td>{f1('f1-overlap', pair.overlap.overall)}</td>
                <td>
                  <Figure name="kappa" value={pair.kappa.value} note={pair.kappa.note} counts={t('compare.figures.kappaCounts', { observed: share(pair.kappa.observed), expected: share(pair.kappa.expected), n: pair.kappa.n })} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="compare-figures__group">
        {fleiss && (
          <div>
            <h3>{t('compare.figures.fleiss')}</h3>
            <Figure name="fleiss" value={fleiss.value} note={fleiss.note} counts={t('compare.figures.fleissCounts', { observed: share(fleiss.observed), expected: share(fleiss.expected), n: fleiss.n, raters: fleiss.raters })} />
          </div>
        )}
        <div>
          <h3>{t('compare.figures.alpha')}</h3>
          <Figure name="alpha" value={alpha.value} note={alpha.note} counts={t('compare.figures.alphaCounts', { observed: share(alpha.observedDisagreement), expected: share(alpha.expectedDisagreement), n: alpha.n })} />
        </div>
      </div>
      {report.pairs.map((pair) => (
        <PerLabel key={pair.annotators.join('|')} pair={pair} nameOf={nameOf} open={report.pairs.length === 1} />
      ))}
    </section>
  );
}

/** Span F1 per label for one pair, exact and overlap, with the counts. */
function PerLabel({ pair, nameOf, open }: { pair: PairAgreement; nameOf: (id: string) => string; open: boolean }) {
  const { t } = useTranslation();
  const [a, b] = pair.annotators.map(nameOf) as [string, string];
  return (
    <details className="compare-per-label" open={open}>
      <summary>{t('compare.figures.perLabel', { a, b })}</summary>
      <table className="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.figures.columns.label')}</th>
            <th scope="col">{t('compare.figures.columns.exactF1')}</th>
            <th scope="col">{t('compare.figures.columns.overlapF1')}</th>
          </tr>
        </thead>
        <tbody>
          {CLAIM_LABELS.map((label) => (
            <tr key={label} data-label={label}>
              <th scope="row">
                <span className={`badge badge--${label}`}>
                  <span className="label-icon" aria-hidden="true" />
                  {t(`label.${label}`)}
                </span>
              </th>
              {(['exact', 'overlap'] as const).map((mode) => {
                const score = pair[mode].perLabel[label];
                return (
                  <td key={mode}>
                    <Figure name={`f1-${mode}`} value={score.f1} note={f1Note(score)} counts={t('compare.figures.f1Counts', { tp: score.tp, fn: score.fn, fp: score.fp, a, b })} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
