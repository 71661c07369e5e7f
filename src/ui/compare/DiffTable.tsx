import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceFor, type AdjudicationChoice, type Decisions } from '../../domain/adjudication.ts';
import type { DiffRow } from '../../domain/agreement/claim-diff.ts';
import type { Claim } from '../../domain/claim.ts';
import { DecisionSelect } from './DecisionSelect.tsx';

/** Rows rendered at once; the rest behind "show more", so 10,000 rows stay responsive. */
const PAGE_SIZE = 200;

/**
 * The side-by-side diff of A and B: one row per pair or lone claim, in text
 * order, each with a button that shows it in the text and the adjudication
 * decision.
 */
export function DiffTable({ rows, nameA, nameB, decisions, currentId, onShow, onChoose }: {
  rows: readonly DiffRow<Claim>[];
  nameA: string;
  nameB: string;
  decisions: Decisions;
  currentId: string | null;
  onShow: (row: DiffRow<Claim>) => void;
  onChoose: (row: DiffRow<Claim>, choice: AdjudicationChoice) => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(PAGE_SIZE);
  if (rows.length === 0) return <p className="hint">{t('compare.diff.empty')}</p>;
  return (
    <>
      <table className="compare-table compare-diff">
        <thead>
          <tr>
            <th scope="col">{t('compare.diff.columns.kind')}</th>
            <th scope="col">{t('compare.diff.columns.a', { name: nameA })}</th>
            <th scope="col">{t('compare.diff.columns.b', { name: nameB })}</th>
            <th scope="col">{t('compare.diff.columns.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row, index) => (
            <tr key={row.id} className={`diff-row diff-row--${row.kind}`} data-kind={row.kind} aria-current={row.id === currentId ? 'true' : undefined}>
              <td>
                <span className="diff-kind">{t(`compare.diff.kinds.${row.kind}`)}</span>
                {(row.kind === 'match' || row.kind === 'label') && !row.exact && <span className="meta"> {t('compare.diff.overlapOnly')}</span>}
                <button type="button" className="link-button" onClick={() => onShow(row)}>
                  {t('compare.diff.show')}
                </button>
              </td>
              <td>{row.a ? <ClaimCell claim={row.a} /> : <span className="meta">{t('compare.diff.none')}</span>}</td>
              <td>{row.b ? <ClaimCell claim={row.b} /> : <span className="meta">{t('compare.diff.none')}</span>}</td>
              <td>
                <DecisionSelect row={row} index={index} choice={choiceFor(row, decisions)} onChoose={(choice) => onChoose(row, choice)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {t('compare.diff.showMore', { count: rows.length - shown })}
        </button>
      )}
    </>
  );
}

function ClaimCell({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  return (
    <span className="diff-claim">
      <span className={`badge badge--${claim.label}`} data-label={claim.label}>
        <span className="label-icon" aria-hidden="true" />
        {t(`label.${claim.label}`)}
      </span>
      <q lang="ja">{claim.anchor.exact}</q>
    </span>
  );
}
