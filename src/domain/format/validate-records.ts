import { ARTICLE_LANGUAGES } from '../article.ts';
import type { Annotator } from '../claim.ts';
import type { Comment, ThreadResolution } from '../comment.ts';
import { EVIDENCE_STANCES, type Evidence } from '../evidence.ts';
import { CLAIM_LABELS } from '../label.ts';
import { REVIEW_VERDICTS, type Review } from '../review.ts';
import { KEY_ORDER, PROVENANCE_SIDES } from './claim-set.ts';
import type { ClaimProvenance, ClaimSetArticle, ClaimSetClaim, ClaimSetSelector } from './claim-set.ts';
import { pointer } from './problems.ts';
import { FieldReader, expectArray, expectObject, own, type Findings } from './validate-fields.ts';

/*
 * One reader per record kind: each checks the fields of one record on its
 * own (types, formats, enums) and returns a fresh object holding only the
 * known fields, in KEY_ORDER. References between records and offsets into
 * article texts are checked afterwards, in validate-claim-set.ts.
 * Each returns null when the value is not even an object.
 */

/** The known field names of each record kind, for the unknown-field warnings. */
export const KNOWN = Object.fromEntries(
  Object.entries(KEY_ORDER).map(([kind, keys]) => [kind, new Set<string>(keys)]),
) as unknown as { [K in keyof typeof KEY_ORDER]: ReadonlySet<string> };

/** Reads one article. */
export function readArticle(value: unknown, path: string, findings: Findings): ClaimSetArticle | null {
  const record = expectObject(value, path, findings, 'An article');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.article);
  const id = f.id('id');
  const title = f.text('title');
  const lang = f.oneOf('lang', ARTICLE_LANGUAGES, 'language');
  const url = f.has('url') ? f.webUrl('url') : undefined;
  const publisher = f.optionalText('publisher');
  const published = f.has('published') ? f.date('published') : undefined;
  const contentHash = f.contentHash('contentHash');
  const text = f.text('text');
  const article: ClaimSetArticle = {
    id,
    title,
    lang,
    ...(url === undefined ? {} : { url }),
    ...(publisher === undefined ? {} : { publisher }),
    ...(published === undefined ? {} : { published }),
    contentHash,
    text,
  };
  const cr = article.text.indexOf('\r');
  if (cr !== -1) f.error('text', `The article text must use LF line breaks only; found a carriage return at character ${cr}.`);
  return article;
}

/** Reads one annotator. */
export function readAnnotator(value: unknown, path: string, findings: Findings): Annotator | null {
  const record = expectObject(value, path, findings, 'An annotator');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.annotator);
  return { id: f.id('id'), name: f.text('name') };
}

/** Reads one claim, its selector and its evidence. */
export function readClaim(value: unknown, path: string, findings: Findings): ClaimSetClaim | null {
  const record = expectObject(value, path, findings, 'A claim');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.claim);
  const id = f.id('id');
  const articleId = f.id('articleId');
  const errorsBefore = findings.errors.count;
  const selector = readSelector(own(record, 'selector'), f.at('selector'), findings);
  const selectorOk = selector !== null && findings.errors.count === errorsBefore;
  const contentHash = f.contentHash('contentHash');
  const label = f.oneOf('label', CLAIM_LABELS, 'label');
  const gloss = f.text('gloss');
  const note = f.text('note');
  const evidenceList = expectArray(own(record, 'evidence'), f.at('evidence'), findings, '"evidence"') ?? [];
  const evidence: Evidence[] = [];
  const evidenceIds = new Set<string>();
  evidenceList.forEach((item, i) => {
    const itemPath = pointer(f.at('evidence'), i);
    const read = readEvidence(item, itemPath, findings);
    if (!read) return;
    if (evidenceIds.has(read.id)) findings.errors.add(pointer(itemPath, 'id'), `Evidence id "${read.id}" appears twice in this claim.`);
    evidenceIds.add(read.id);
    evidence.push(read);
  });
  const claim: ClaimSetClaim = {
    id,
    articleId,
    selector: selector ?? { start: 0, end: 0, exact: '', prefix: '', suffix: '' },
    contentHash,
    label,
    gloss,
    note,
    evidence,
    authorId: f.id('authorId'),
    createdAt: f.dateTime('createdAt'),
    updatedAt: f.dateTime('updatedAt'),
    version: f.integer('version', 1),
  };
  if (!selectorOk) unusableSelectors.add(claim);
  if (f.has('suggestedBy')) {
    const by = expectObject(own(record, 'suggestedBy'), f.at('suggestedBy'), findings, '"suggestedBy"');
    if (by) claim.suggestedBy = { ruleId: new FieldReader(by, f.at('suggestedBy'), findings, KNOWN.suggestedBy).id('ruleId') };
  }
  return claim;
}

/**
 * Claims whose selector had errors: their offsets are placeholders, so the
 * offset checks skip them rather than pile a second, misleading error on top.
 */
const unusableSelectors = new WeakSet<ClaimSetClaim>();

/** False when the claim's selector was reported as invalid. */
export function hasUsableSelector(claim: ClaimSetClaim): boolean {
  return !unusableSelectors.has(claim);
}

function readSelector(value: unknown, path: string, findings: Findings): ClaimSetSelector | null {
  const record = expectObject(value, path, findings, '"selector"');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.selector);
  const selector = { start: f.integer('start', 0), end: f.integer('end', 0), exact: f.text('exact'), prefix: f.text('prefix'), suffix: f.text('suffix') };
  if (selector.start > selector.end) f.error('start', `"start" (${selector.start}) is after "end" (${selector.end}).`);
  return selector;
}

function readEvidence(value: unknown, path: string, findings: Findings): Evidence | null {
  const record = expectObject(value, path, findings, 'Evidence');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.evidence);
  const evidence: Evidence = {
    id: f.id('id'),
    url: f.webUrl('url'),
    title: f.text('title'),
    quote: f.text('quote'),
    stance: f.oneOf('stance', EVIDENCE_STANCES, 'evidence stance'),
    accessed: f.date('accessed'),
  };
  if (f.has('archiveUrl')) evidence.archiveUrl = f.webUrl('archiveUrl');
  return evidence;
}

/** Reads one review; a relabel must carry `proposedLabel`, other verdicts must not. */
export function readReview(value: unknown, path: string, findings: Findings): Review | null {
  const record = expectObject(value, path, findings, 'A review');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.review);
  const id = f.id('id');
  const claimId = f.id('claimId');
  const reviewerId = f.id('reviewerId');
  const verdict = f.oneOf('verdict', REVIEW_VERDICTS, 'verdict');
  let proposedLabel: Review['proposedLabel'];
  if (f.has('proposedLabel')) {
    proposedLabel = f.oneOf('proposedLabel', CLAIM_LABELS, 'label');
    if (verdict !== 'relabel') f.error('proposedLabel', '"proposedLabel" is only allowed when the verdict is "relabel".');
  } else if (verdict === 'relabel') {
    f.error('proposedLabel', 'A "relabel" verdict must carry "proposedLabel".');
  }
  const review: Review = proposedLabel === undefined
    ? { id, claimId, reviewerId, verdict, comment: f.text('comment'), createdAt: f.dateTime('createdAt') }
    : { id, claimId, reviewerId, verdict, proposedLabel, comment: f.text('comment'), createdAt: f.dateTime('createdAt') };
  return review;
}

/** Reads one comment. */
export function readComment(value: unknown, path: string, findings: Findings): Comment | null {
  const record = expectObject(value, path, findings, 'A comment');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.comment);
  const comment: Comment = { id: f.id('id'), claimId: f.id('claimId'), authorId: f.id('authorId'), body: f.text('body'), createdAt: f.dateTime('createdAt') };
  if (f.has('replyTo')) comment.replyTo = f.id('replyTo');
  return comment;
}

/** Reads one thread resolution. */
export function readThread(value: unknown, path: string, findings: Findings): ThreadResolution | null {
  const record = expectObject(value, path, findings, 'A thread resolution');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.thread);
  return { claimId: f.id('claimId'), resolvedBy: f.id('resolvedBy'), resolvedAt: f.dateTime('resolvedAt') };
}

/** Reads one provenance entry; `sources` is a non-empty list of annotator ids. */
export function readProvenance(value: unknown, path: string, findings: Findings): ClaimProvenance | null {
  const record = expectObject(value, path, findings, 'A provenance entry');
  if (!record) return null;
  const f = new FieldReader(record, path, findings, KNOWN.provenance);
  const claimId = f.id('claimId');
  const list = expectArray(own(record, 'sources'), f.at('sources'), findings, '"sources"') ?? [];
  const sources: string[] = [];
  list.forEach((source, i) => {
    if (typeof source === 'string' && source.length > 0) sources.push(source);
    else findings.errors.add(pointer(f.at('sources'), i), 'Each source must be an annotator id.');
  });
  if (Array.isArray(own(record, 'sources')) && list.length === 0) f.error('sources', '"sources" must name at least one annotator.');
  return { claimId, sources, side: f.oneOf('side', PROVENANCE_SIDES, 'provenance side') };
}
