/**
 * A claim the cue engine proposes. It is not a claim until the user accepts
 * it; then the claim remembers `ruleId` in `suggestedBy`.
 */
import type { ClaimLabel } from '../label.ts';
import type { Explanation } from './cue-rule.ts';

export interface Suggestion {
  /** Deterministic: the same rule on the same span always gives the same id (see `suggestionId`). */
  id: string;
  ruleId: string;
  label: ClaimLabel;
  /** The proposed span, UTF-16 offsets into the article text. */
  start: number;
  end: number;
  /** The rule's short display text of its cue, e.g. 'はずです'. */
  cue: string;
  /** Where the matched cue tokens are (UTF-16), to underline them inside the span. */
  cueStart: number;
  cueEnd: number;
  explanation: Explanation;
  /** E.g. "Attributed to: 彼らの主張", when the rule says so. */
  note?: string;
}

/**
 * The id of the suggestion rule `ruleId` makes over [start, end). Rule ids
 * contain no '@', so the id reads back unambiguously; it stays the same
 * across sessions as long as the article text and the rule do, which is
 * what lets a dismissal be remembered.
 */
export function suggestionId(ruleId: string, start: number, end: number): string {
  return `cue:${ruleId}@${start}-${end}`;
}
