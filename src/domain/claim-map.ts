import type { ClaimLabel } from './label.ts';
import { CLAIM_LABELS } from './label.ts';

/** How many slices the claim map divides an article into. */
export const CLAIM_MAP_SLOTS = 120;

/** One mark of the claim map: the claims of one label in one slice of the text. */
export interface ClaimMapMark {
  label: ClaimLabel;
  /** Slice index, 0 at the top. */
  slot: number;
  count: number;
  /** The claim to jump to: the first of them in text order. */
  firstId: string;
}

/**
 * Groups claims into at most SLOTS × 4 marks (by slice of the text where
 * they start, and label), so the map stays light with thousands of claims:
 * its job is the shape of the article at a glance, not one mark per claim.
 * `claims` must be in text order.
 */
export function claimMapMarks(claims: readonly { id: string; label: ClaimLabel; start: number }[], textLength: number, slots: number = CLAIM_MAP_SLOTS): ClaimMapMark[] {
  const length = Math.max(1, textLength);
  const marks = new Map<string, ClaimMapMark>();
  for (const claim of claims) {
    const slot = Math.min(slots - 1, Math.floor((claim.start / length) * slots));
    const key = `${slot}:${claim.label}`;
    const mark = marks.get(key);
    if (mark) mark.count += 1;
    else marks.set(key, { label: claim.label, slot, count: 1, firstId: claim.id });
  }
  return [...marks.values()].sort((a, b) => a.slot - b.slot || CLAIM_LABELS.indexOf(a.label) - CLAIM_LABELS.indexOf(b.label));
}
