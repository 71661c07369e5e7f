import type { Article } from '../article.ts';
import type { Annotator, Claim } from '../claim.ts';
import type { Comment, ThreadResolution } from '../comment.ts';
import type { Clock } from '../ids.ts';
import { CodePointIndex } from '../offsets.ts';
import type { Review } from '../review.ts';
import type { ClaimStore } from './build-claim-set.ts';
import type { ClaimProvenance, ClaimSetArticle, ClaimSetFile } from './claim-set.ts';
import { describeByCodePoints, placeClaim, type ArticleTarget, type DescribeAnchor, type Reanchor } from './place-claim.ts';
import { sameRecord } from './record-equality.ts';

/** The kinds of record an import adds, skips or finds in conflict (articles aside). */
export const RECORD_KINDS = ['annotator', 'claim', 'review', 'comment', 'thread', 'provenance'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** The app type of each kind. */
export interface RecordOfKind {
  annotator: Annotator;
  claim: Claim;
  review: Review;
  comment: Comment;
  thread: ThreadResolution;
  provenance: ClaimProvenance;
}

/** Rows of every kind. */
export type RecordLists = { [K in RecordKind]: RecordOfKind[K][] };

/**
 * The same record (same id; for threads and provenance, the same claim) is
 * stored locally with other content. `key` (`kind:id`) is what the choices
 * given to `resolveConflicts` are keyed by. `copyId` is the id the incoming
 * copy takes if both are kept (claims, reviews, comments).
 */
export type ImportConflict = {
  [K in RecordKind]: { kind: K; key: string; id: string; mine: RecordOfKind[K]; theirs: RecordOfKind[K]; copyId?: string };
}[RecordKind];

/** Counts of one kind. */
export interface KindCounts {
  added: number;
  updated: number;
  skipped: number;
  conflicts: number;
}

/** What an import did (or, in a plan, will do before conflicts are resolved). */
export interface ImportReport {
  added: number;
  updated: number;
  skipped: number;
  conflicts: number;
  /** Claims added that could not be placed in their article's text. */
  orphans: number;
  byKind: Record<RecordKind | 'article', KindCounts>;
}

/** What importing a claim set into the local store would do. Pure data: nothing is written. */
export interface ImportPlan {
  articles: {
    add: Article[];
    /** Incoming articles already stored with the same text. */
    skipped: number;
    /** Ids of local articles whose text differs from the incoming one: the incoming claims were re-anchored onto the local text. */
    reanchored: string[];
    /** Incoming articles whose text is stored under another id: their claims go to that article. */
    merged: { incomingId: string; localId: string }[];
  };
  add: RecordLists;
  skipped: Record<RecordKind, number>;
  conflicts: ImportConflict[];
  report: ImportReport;
}

export interface PlanOptions {
  reanchor: Reanchor;
  clock: Clock;
  /** Describes a re-anchored range; pass `createAnchor`. Defaults to `describeByCodePoints`. */
  describeAnchor?: DescribeAnchor;
}

/**
 * Plans the import of a validated claim set into `local`, without changing
 * either. Articles: one stored with the same id and text is reused; one
 * stored with the same id but another text stays as it is and the incoming
 * claims are re-anchored onto it; one whose text is stored under another id
 * is merged into that article; otherwise the article is added (`addedAt`
 * from the clock). Claims are converted to UTF-16 and placed (see
 * `placeClaim`); those that cannot be placed are added as orphans, never
 * dropped. Every record is then compared with the local one of the same id:
 * absent → added, identical → skipped (counted), different → a conflict
 * holding both versions. Importing the same file twice changes nothing the
 * second time, given a deterministic `reanchor`.
 */
export function planImport(incoming: ClaimSetFile, local: ClaimStore, options: PlanOptions): ImportPlan {
  const describe = options.describeAnchor ?? describeByCodePoints;
  const articles: ImportPlan['articles'] = { add: [], skipped: 0, reanchored: [], merged: [] };
  const targets = new Map<string, ArticleTarget>();
  const localById = new Map(local.articles.map((a) => [a.id, a]));
  const localByHash = new Map<string, Article>();
  for (const a of local.articles) if (!localByHash.has(a.contentHash)) localByHash.set(a.contentHash, a);
  for (const theirs of incoming.articles) {
    const mine = localById.get(theirs.id);
    const sameText = (a: Article): boolean => a.contentHash === theirs.contentHash && a.text === theirs.text;
    let article: Article;
    if (mine) {
      article = mine;
      articles.skipped++;
      if (!sameText(mine)) articles.reanchored.push(mine.id);
    } else {
      const twin = localByHash.get(theirs.contentHash);
      if (twin && sameText(twin)) {
        article = twin;
        articles.merged.push({ incomingId: theirs.id, localId: twin.id });
      } else {
        article = toArticle(theirs, options.clock.now());
        articles.add.push(article);
      }
    }
    const incomingIndex = new CodePointIndex(theirs.text);
    targets.set(theirs.id, { article, incoming: theirs, incomingIndex, articleIndex: article.text === theirs.text ? incomingIndex : new CodePointIndex(article.text) });
  }

  const theirs: RecordLists = {
    annotator: incoming.annotators.map((a) => ({ id: a.id, name: a.name })),
    claim: incoming.claims.map((c) => placeClaim(c, targets.get(c.articleId)!, options.reanchor, describe)),
    review: incoming.reviews.map((r) => ({ ...r })),
    comment: incoming.comments.map((c) => ({ ...c })),
    thread: incoming.threads.map((t) => ({ ...t })),
    provenance: (incoming.provenance ?? []).map((p) => ({ ...p, sources: [...p.sources] })),
  };
  const mine: RecordLists = {
    annotator: [...local.annotators],
    claim: [...local.claims],
    review: [...(local.reviews ?? [])],
    comment: [...(local.comments ?? [])],
    thread: [...(local.threads ?? [])],
    provenance: [...(local.provenance ?? [])],
  };
  const add = {} as RecordLists;
  const skipped = {} as Record<RecordKind, number>;
  const conflicts: ImportConflict[] = [];
  for (const kind of RECORD_KINDS) {
    const result = diff(kind, theirs[kind], mine[kind], options.clock);
    (add as Record<RecordKind, unknown[]>)[kind] = result.add;
    skipped[kind] = result.skipped;
    conflicts.push(...result.conflicts);
  }
  const byKind = { article: { added: articles.add.length, updated: 0, skipped: articles.skipped + articles.merged.length, conflicts: 0 } } as ImportReport['byKind'];
  for (const kind of RECORD_KINDS) {
    byKind[kind] = { added: add[kind].length, updated: 0, skipped: skipped[kind], conflicts: conflicts.filter((c) => c.kind === kind).length };
  }
  const report = countReport(byKind, add.claim.filter((c) => c.orphan).length);
  return { articles, add, skipped, conflicts, report };
}

/** Identity of a record of `kind`: its id, or its claim for one-per-claim kinds. */
export function recordId(kind: RecordKind, record: RecordOfKind[RecordKind]): string {
  return kind === 'thread' || kind === 'provenance' ? (record as { claimId: string }).claimId : (record as { id: string }).id;
}

function diff<K extends RecordKind>(kind: K, incoming: RecordOfKind[K][], local: RecordOfKind[K][], clock: Clock) {
  const byId = new Map(local.map((r) => [recordId(kind, r), r]));
  const add: RecordOfKind[K][] = [];
  const conflicts: ImportConflict[] = [];
  let skipped = 0;
  for (const theirs of incoming) {
    const id = recordId(kind, theirs);
    const mine = byId.get(id);
    if (!mine) add.push(theirs);
    else if (same(kind, mine, theirs)) skipped++;
    else {
      const copyable = kind === 'claim' || kind === 'review' || kind === 'comment';
      conflicts.push({ kind, key: `${kind}:${id}`, id, mine, theirs, ...(copyable ? { copyId: clock.newId() } : {}) } as ImportConflict);
    }
  }
  return { add, skipped, conflicts };
}

/** Claims compare without their local orphan flag's spelling (false and absent are the same). */
function same(kind: RecordKind, a: unknown, b: unknown): boolean {
  if (kind !== 'claim') return sameRecord(a, b);
  const left = a as Claim;
  const right = b as Claim;
  return sameRecord({ ...left, orphan: left.orphan || undefined }, { ...right, orphan: right.orphan || undefined });
}

function toArticle(a: ClaimSetArticle, addedAt: string): Article {
  const article: Article = { id: a.id, title: a.title, lang: a.lang, text: a.text, contentHash: a.contentHash, addedAt };
  if (a.url !== undefined) article.url = a.url;
  if (a.publisher !== undefined) article.publisher = a.publisher;
  if (a.published !== undefined) article.published = a.published;
  return article;
}

/** Adds up per-kind counts into a report. */
export function countReport(byKind: ImportReport['byKind'], orphans: number): ImportReport {
  const total = (field: keyof KindCounts): number => Object.values(byKind).reduce((sum, counts) => sum + counts[field], 0);
  return { added: total('added'), updated: total('updated'), skipped: total('skipped'), conflicts: total('conflicts'), orphans, byKind };
}
