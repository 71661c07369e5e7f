import { useTranslation } from 'react-i18next';
import { isChoiceValid, type AdjudicationChoice } from '../../domain/adjudication.ts';
import type { DiffRow } from '../../domain/agreement/claim-diff.ts';
import type { Claim } from '../../domain/claim.ts';
import { CLAIM_LABELS } from '../../domain/label.ts';
import { decisionFromValue, decisionValue } from './decision-value.ts';

/** The decision on one diff row: take A, take B, change the label, or drop. */
export function DecisionSelect({ row, index, choice, onChoose }: { row: DiffRow<Claim>; index: number; choice: AdjudicationChoice | null; onChoose: (choice: AdjudicationChoice) => void }) {
  const { t } = useTranslation();
  const base = row.a ?? row.b;
  return (
    <select
      className="decision"
      aria-label={t('compare.decision.label', { n: index + 1 })}
      value={decisionValue(choice)}
      data-undecided={choice ? undefined : 'true'}
      onChange={(event) => {
        const next = decisionFromValue(event.target.value);
        if (next) onChoose(next);
      }}
    >
      {!choice && (
        <option value="" disabled>
          {t('compare.decision.undecided')}
        </option>
      )}
      {isChoiceValid(row, { take: 'A' }) && <option value="A">{t('compare.decision.takeA')}</option>}
      {isChoiceValid(row, { take: 'B' }) && <option value="B">{t('compare.decision.takeB')}</option>}
      {CLAIM_LABELS.filter((label) => label !== base?.label).map((label) => (
        <option key={label} value={`edited:${label}`}>
          {t('compare.decision.edit', { label: t(`label.${label}`) })}
        </option>
      ))}
      <option value="drop">{t('compare.decision.drop')}</option>
    </select>
  );
}
