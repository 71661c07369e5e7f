import type { Article } from './article.ts';
import type { Claim } from './claim.ts';
import type { Evidence } from './evidence.ts';
import { EVIDENCE_STANCES } from './evidence.ts';
import type { Clock } from './ids.ts';
import { isClaimLabel, type ClaimLabel } from './label.ts';
import { createAnchor } from './anchoring/describe-quote.ts';
import { parseSafeUrl } from './safe-url.ts';

/**
 * Makes a new claim on `article` over UTF-16 range [start, end). The range is
 * expected to be snapped already; the anchor records quote and context.
 */
export function newClaim(
  input: { article: Article; start: number; end: number; label: ClaimLabel; authorId: string; suggestedBy?: { ruleId: string }; gloss?: string; note?: string },
  clock: Clock,
): Claim {
  const now = clock.now();
  return {
    id: clock.newId(),
    articleId: input.article.id,
    anchor: createAnchor(input.article.text, input.start, input.end, input.article.contentHash),
    label: input.label,
    gloss: input.gloss ?? '',
    note: input.note ?? '',
    evidence: [],
    authorId: input.authorId,
    createdAt: now,
    updatedAt: now,
    version: 1,
    ...(input.suggestedBy ? { suggestedBy: input.suggestedBy } : {}),
  };
}

/** The fields of a claim a user edits. */
export type ClaimEdit = Partial<Pick<Claim, 'label' | 'gloss' | 'note' | 'evidence'>>;

/** A reason an edit cannot be saved, keyed for translation. */
export interface ClaimProblem {
  field: 'label' | 'evidence';
  index?: number;
  code: 'unknown-label' | 'url-empty' | 'url-invalid' | 'url-scheme' | 'archive-url-invalid' | 'archive-url-scheme' | 'stance';
}

/** Checks what would be saved; an empty list means it may be saved. */
export function problemsOf(claim: Pick<Claim, 'label' | 'evidence'>): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  if (!isClaimLabel(claim.label)) problems.push({ field: 'label', code: 'unknown-label' });
  claim.evidence.forEach((evidence, index) => {
    const url = parseSafeUrl(evidence.url);
    if (!url.ok) problems.push({ field: 'evidence', index, code: url.reason === 'empty' ? 'url-empty' : url.reason === 'scheme' ? 'url-scheme' : 'url-invalid' });
    if (evidence.archiveUrl) {
      const archive = parseSafeUrl(evidence.archiveUrl);
      if (!archive.ok) problems.push({ field: 'evidence', index, code: archive.reason === 'scheme' ? 'archive-url-scheme' : 'archive-url-invalid' });
    }
    if (!(EVIDENCE_STANCES as readonly string[]).includes(evidence.stance)) problems.push({ field: 'evidence', index, code: 'stance' });
  });
  return problems;
}

/**
 * Applies an edit: returns the next version of the claim, or the problems
 * that forbid saving it. URLs are stored in their parsed, normalized form.
 */
export function editClaim(claim: Claim, edit: ClaimEdit, clock: Clock): { ok: true; claim: Claim } | { ok: false; problems: ClaimProblem[] } {
  const next: Claim = { ...claim, ...edit, version: claim.version + 1, updatedAt: clock.now() };
  const problems = problemsOf(next);
  if (problems.length > 0) return { ok: false, problems };
  next.evidence = next.evidence.map(normalizeEvidence);
  return { ok: true, claim: next };
}

function normalizeEvidence(evidence: Evidence): Evidence {
  const url = parseSafeUrl(evidence.url);
  const archive = evidence.archiveUrl ? parseSafeUrl(evidence.archiveUrl) : null;
  const normalized: Evidence = { ...evidence, url: url.ok ? url.url : evidence.url };
  if (archive?.ok) normalized.archiveUrl = archive.url;
  else delete normalized.archiveUrl;
  return normalized;
}

/** Claims in text order: by start, then longer first, then id (stable). */
export function compareClaimsInTextOrder(a: Claim, b: Claim): number {
  return a.anchor.start - b.anchor.start || b.anchor.end - a.anchor.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
