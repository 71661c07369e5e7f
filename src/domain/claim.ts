import type { ClaimLabel } from './label.ts';
import type { Evidence } from './evidence.ts';

/**
 * Where a claim sits in its article. `start` and `end` count UTF-16 code units
 * into the article's canonical text (the app's one offset unit, see
 * `offsets.ts`); `exact`, `prefix` and `suffix` let the claim be re-anchored
 * when the offsets no longer fit (another version of the text).
 */
export interface TextAnchor {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  /** Content hash of the article text the offsets were taken on. */
  contentHash: string;
}

/** A span of an article tagged with a label by one annotator. */
export interface Claim {
  id: string;
  articleId: string;
  anchor: TextAnchor;
  label: ClaimLabel;
  /** English gloss of the quoted text. */
  gloss: string;
  note: string;
  evidence: Evidence[];
  authorId: string;
  /** ISO timestamps. */
  createdAt: string;
  updatedAt: string;
  /** Incremented on every saved edit; detects edits made concurrently in two tabs. */
  version: number;
  /** Set when the claim came from an accepted suggestion. */
  suggestedBy?: { ruleId: string };
  /** True when re-anchoring failed: the claim is kept but has no place in the text. */
  orphan?: boolean;
}

/** A person who annotates or reviews, identified by a generated id. */
export interface Annotator {
  id: string;
  name: string;
}
