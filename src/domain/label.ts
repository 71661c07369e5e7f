/**
 * The four kinds of claim a span of news text can carry. The order is the
 * order of the keyboard shortcuts 1 to 4 and of every list in the UI.
 */
export const CLAIM_LABELS = ['fact', 'opinion', 'speculation', 'not-investment-advice'] as const;

export type ClaimLabel = (typeof CLAIM_LABELS)[number];

/** True when `value` is one of the four known labels (anything else cannot be saved). */
export function isClaimLabel(value: unknown): value is ClaimLabel {
  return typeof value === 'string' && (CLAIM_LABELS as readonly string[]).includes(value);
}

/** The label bound to keyboard digit `key` ('1' to '4'), or null. */
export function labelForDigit(key: string): ClaimLabel | null {
  const index = Number.parseInt(key, 10) - 1;
  return key.length === 1 && index >= 0 && index < CLAIM_LABELS.length ? CLAIM_LABELS[index]! : null;
}
