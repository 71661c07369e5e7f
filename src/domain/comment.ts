/**
 * Review discussion on a claim: a flat list of comments per claim, where a
 * comment may answer another one (`replyTo`), and at most one resolution per
 * claim saying who closed the discussion and when.
 */
export interface Comment {
  id: string;
  claimId: string;
  authorId: string;
  /** Plain text; never rendered as HTML. */
  body: string;
  /** ISO timestamp. */
  createdAt: string;
  /** Id of the comment (on the same claim) this one answers. */
  replyTo?: string;
}

/** The discussion of one claim was closed by `resolvedBy` at `resolvedAt` (ISO timestamp). */
export interface ThreadResolution {
  claimId: string;
  resolvedBy: string;
  resolvedAt: string;
}
