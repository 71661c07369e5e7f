/** How a source relates to the claim it is attached to. */
export const EVIDENCE_STANCES = ['supports', 'refutes', 'context'] as const;
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

/**
 * A link to a source for a claim. `url` and `archiveUrl` are always absolute
 * `http:` or `https:` URLs (see `safe-url.ts`); nothing else is ever stored.
 */
export interface Evidence {
  id: string;
  url: string;
  title: string;
  /** A passage quoted from the source. */
  quote: string;
  stance: EvidenceStance;
  /** Date the source was read, ISO `YYYY-MM-DD`. */
  accessed: string;
  archiveUrl?: string;
}
