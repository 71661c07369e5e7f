import { CodePointIndex } from '../offsets.ts';
import { CLAIM_SET_FORMAT, CLAIM_SET_VERSION, type ClaimSetArticle, type ClaimSetClaim, type ClaimSetFile, type ParseResult } from './claim-set.ts';
import { ProblemList, pointer } from './problems.ts';
import { FieldReader, expectArray, expectObject, own, type Findings, type Untrusted } from './validate-fields.ts';
import { KNOWN, hasUsableSelector, readAnnotator, readArticle, readClaim, readComment, readProvenance, readReview, readThread } from './validate-records.ts';

/**
 * Validates a claim set already brought up to the current version (see
 * `upgrade`). Checks every record on its own (validate-records.ts), then what
 * ties them together:
 * - ids are unique within each kind (articles, annotators, claims, reviews,
 *   comments; one thread and one provenance entry per claim; evidence ids
 *   within their claim);
 * - every reference resolves: claim → article and author, review → claim and
 *   reviewer, comment → claim, author and replied-to comment (on the same
 *   claim, without cycles), thread → claim and resolver, provenance → claim
 *   and sources;
 * - a claim whose `contentHash` is its article's: its code-point offsets lie
 *   inside the text and `exact` is the text there (a differing prefix or
 *   suffix is only a warning). A claim made on another version of the text
 *   cannot be checked against this one: it is re-anchored on import, and a
 *   warning per article says how many there are.
 *
 * @return the file rebuilt from fresh objects holding only known fields, with
 *   warnings (unknown fields, context mismatches), or at most
 *   MAX_REPORTED_PROBLEMS errors, each with its JSON Pointer path.
 */
export function validateClaimSet(root: unknown): ParseResult<ClaimSetFile> {
  const findings: Findings = { errors: new ProblemList(), warnings: new ProblemList() };
  const record = expectObject(root, '', findings, 'A claim set');
  if (!record) return { ok: false, errors: findings.errors.list() };
  const f = new FieldReader(record, '', findings, KNOWN.file);
  if (own(record, 'format') !== CLAIM_SET_FORMAT) f.error('format', `"format" must be "${CLAIM_SET_FORMAT}".`);
  if (own(record, 'version') !== CLAIM_SET_VERSION) f.error('version', `"version" must be ${CLAIM_SET_VERSION} here (older files are upgraded first).`);
  const exportedAt = f.dateTime('exportedAt');
  const generator = f.text('generator');

  const articles = readAll(record, 'articles', readArticle, findings);
  const annotators = readAll(record, 'annotators', readAnnotator, findings);
  const claims = readAll(record, 'claims', readClaim, findings);
  const reviews = readAll(record, 'reviews', readReview, findings);
  const comments = readAll(record, 'comments', readComment, findings);
  const threads = readAll(record, 'threads', readThread, findings);
  const provenance = f.has('provenance') ? readAll(record, 'provenance', readProvenance, findings) : undefined;

  const articleById = indexById(articles, 'article', findings);
  const annotatorIds = indexById(annotators, 'annotator', findings);
  const claimById = indexById(claims, 'claim', findings);
  const commentById = indexById(comments, 'comment', findings);
  indexById(reviews, 'review', findings);
  // A list that could not be read at all is reported once; references into it are not.
  const readable = (key: string): boolean => Array.isArray(own(record, key));
  const refer = (ids: ReadonlyMap<string, unknown>, id: string, path: string, what: string): void => {
    if (!ids.has(id) && readable(`${what}s`)) findings.errors.add(path, `No ${what} with id "${id}" in this file.`);
  };

  checkOffsets(claims, articleById, findings);
  claims.forEach(({ value, path }) => {
    refer(articleById, value.articleId, pointer(path, 'articleId'), 'article');
    refer(annotatorIds, value.authorId, pointer(path, 'authorId'), 'annotator');
  });
  reviews.forEach(({ value, path }) => {
    refer(claimById, value.claimId, pointer(path, 'claimId'), 'claim');
    refer(annotatorIds, value.reviewerId, pointer(path, 'reviewerId'), 'annotator');
  });
  comments.forEach(({ value, path }) => {
    refer(claimById, value.claimId, pointer(path, 'claimId'), 'claim');
    refer(annotatorIds, value.authorId, pointer(path, 'authorId'), 'annotator');
    if (value.replyTo === undefined) return;
    const parent = commentById.get(value.replyTo);
    if (!parent) findings.errors.add(pointer(path, 'replyTo'), `No comment with id "${value.replyTo}" in this file.`);
    else if (parent.value.claimId !== value.claimId) findings.errors.add(pointer(path, 'replyTo'), `Comment "${value.replyTo}" is on another claim.`);
  });
  checkReplyCycles(comments, commentById, findings);
  const perClaim = (list: Read<{ claimId: string }>[], what: string): void => {
    const seen = new Map<string, string>();
    list.forEach(({ value, path }) => {
      const claimPath = pointer(path, 'claimId');
      refer(claimById, value.claimId, claimPath, 'claim');
      const earlier = seen.get(value.claimId);
      if (earlier !== undefined) findings.errors.add(claimPath, `A second ${what} for claim "${value.claimId}" (the first is at ${earlier}).`);
      else seen.set(value.claimId, path);
    });
  };
  perClaim(threads, 'thread resolution');
  threads.forEach(({ value, path }) => refer(annotatorIds, value.resolvedBy, pointer(path, 'resolvedBy'), 'annotator'));
  if (provenance) {
    perClaim(provenance, 'provenance entry');
    provenance.forEach(({ value, path }) => value.sources.forEach((source, i) => refer(annotatorIds, source, pointer(pointer(path, 'sources'), i), 'annotator')));
  }

  if (!findings.errors.empty) return { ok: false, errors: findings.errors.list() };
  const file: ClaimSetFile = {
    format: CLAIM_SET_FORMAT,
    version: CLAIM_SET_VERSION,
    exportedAt,
    generator,
    articles: articles.map((r) => r.value),
    annotators: annotators.map((r) => r.value),
    claims: claims.map((r) => r.value),
    reviews: reviews.map((r) => r.value),
    comments: comments.map((r) => r.value),
    threads: threads.map((r) => r.value),
  };
  if (provenance) file.provenance = provenance.map((r) => r.value);
  return { ok: true, value: file, warnings: findings.warnings.list() };
}

/** A record read from the file, with the path it was read at. */
interface Read<T> {
  value: T;
  path: string;
}

function readAll<T>(record: Untrusted, key: string, read: (value: unknown, path: string, findings: Findings) => T | null, findings: Findings): Read<T>[] {
  const list = expectArray(own(record, key), `/${key}`, findings, `"${key}"`) ?? [];
  const out: Read<T>[] = [];
  for (let i = 0; i < list.length; i++) {
    const path = `/${key}/${i}`;
    const value = read(list[i], path, findings);
    if (value) out.push({ value, path });
  }
  return out;
}

/** Map from id to record; reports duplicates at the later one. */
function indexById<T extends { id: string }>(list: Read<T>[], what: string, findings: Findings): Map<string, Read<T>> {
  const byId = new Map<string, Read<T>>();
  for (const item of list) {
    const earlier = byId.get(item.value.id);
    if (earlier) findings.errors.add(pointer(item.path, 'id'), `Duplicate ${what} id "${item.value.id}" (also at ${earlier.path}).`);
    else byId.set(item.value.id, item);
  }
  return byId;
}

/** Offsets and quotes of claims taken on their article's text, as carried in the file. */
function checkOffsets(claims: Read<ClaimSetClaim>[], articleById: Map<string, Read<ClaimSetArticle>>, findings: Findings): void {
  const indexes = new Map<string, CodePointIndex>();
  const otherVersion = new Map<string, number>();
  for (const { value: claim, path } of claims) {
    const article = articleById.get(claim.articleId)?.value;
    const { start, end, exact, prefix, suffix } = claim.selector;
    if (!article || !hasUsableSelector(claim)) continue;
    if (claim.contentHash !== article.contentHash) {
      otherVersion.set(article.id, (otherVersion.get(article.id) ?? 0) + 1);
      continue;
    }
    let index = indexes.get(article.id);
    if (!index) indexes.set(article.id, (index = new CodePointIndex(article.text)));
    const selectorPath = pointer(path, 'selector');
    if (end > index.codePointLength) {
      findings.errors.add(pointer(selectorPath, start > index.codePointLength ? 'start' : 'end'), `Offsets ${start}–${end} go past the end of the article text (${index.codePointLength} code points).`);
      continue;
    }
    const from = index.toUtf16(start);
    const to = index.toUtf16(end);
    const found = article.text.slice(from, to);
    if (found !== exact) {
      findings.errors.add(pointer(selectorPath, 'exact'), `"exact" is not the article text at code points ${start}–${end} (which reads "${clip(found)}").`);
      continue;
    }
    if (article.text.slice(Math.max(0, from - prefix.length), from) !== prefix) {
      findings.warnings.add(pointer(selectorPath, 'prefix'), '"prefix" is not the text just before the quote.');
    }
    if (article.text.slice(to, to + suffix.length) !== suffix) {
      findings.warnings.add(pointer(selectorPath, 'suffix'), '"suffix" is not the text just after the quote.');
    }
  }
  for (const [articleId, count] of otherVersion) {
    findings.warnings.add(articleById.get(articleId)!.path, `${count} claim(s) on article "${articleId}" were made on another version of its text; they will be placed again by their quotes on import.`);
  }
}

/** A reply chain that loops back on itself has no first comment; refuse it. */
function checkReplyCycles(comments: Read<{ id: string; replyTo?: string }>[], byId: Map<string, Read<{ id: string; replyTo?: string }>>, findings: Findings): void {
  const state = new Map<string, 'visiting' | 'done'>();
  for (const start of comments) {
    const chain: string[] = [];
    let current: Read<{ id: string; replyTo?: string }> | undefined = start;
    while (current && !state.has(current.value.id)) {
      state.set(current.value.id, 'visiting');
      chain.push(current.value.id);
      current = current.value.replyTo === undefined ? undefined : byId.get(current.value.replyTo);
    }
    if (current && state.get(current.value.id) === 'visiting') {
      findings.errors.add(pointer(current.path, 'replyTo'), `Comment "${current.value.id}" is part of a reply loop.`);
    }
    for (const id of chain) state.set(id, 'done');
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
