import type { AdjudicationChoice } from '../../domain/adjudication.ts';
import { isClaimLabel } from '../../domain/label.ts';

/**
 * A decision as the value of a <select> option and back: 'A', 'B', 'drop',
 * 'edited:<label>', or '' for undecided.
 */
export function decisionValue(choice: AdjudicationChoice | null): string {
  if (!choice) return '';
  return choice.take === 'edited' ? `edited:${choice.label}` : choice.take;
}

/** The decision an option value stands for; null for '' or anything unknown. */
export function decisionFromValue(value: string): AdjudicationChoice | null {
  if (value === 'A' || value === 'B' || value === 'drop') return { take: value };
  const label = value.startsWith('edited:') ? value.slice('edited:'.length) : null;
  return label !== null && isClaimLabel(label) ? { take: 'edited', label } : null;
}
