import { createHash } from 'node:crypto';
import type { Article } from '../../../src/domain/article.ts';
import type { Annotator, Claim, TextAnchor } from '../../../src/domain/claim.ts';
import type { Comment, ThreadResolution } from '../../../src/domain/comment.ts';
import type { Clock } from '../../../src/domain/ids.ts';
import type { Review } from '../../../src/domain/review.ts';
import type { ClaimStore } from '../../../src/domain/format/build-claim-set.ts';
import type { ClaimSetFile } from '../../../src/domain/format/claim-set.ts';
import type { ImportRows } from '../../../src/domain/format/resolve-conflicts.ts';

/** Test builders: small, readable stores with the awkward characters the brief names. */

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** A clock that counts: ids id-1, id-2...; times one second apart from 2025-02-01. */
export function countingClock(prefix = 'id'): Clock {
  let n = 0;
  let t = Date.parse('2025-02-01T00:00:00.000Z');
  return {
    now: () => new Date((t += 1000)).toISOString(),
    newId: () => `${prefix}-${++n}`,
  };
}

export function article(id: string, text: string, extra: Partial<Article> = {}): Article {
  return { id, title: `Title of ${id}`, lang: 'ja', text, contentHash: sha256(text), addedAt: '2025-01-27T00:00:00.000Z', ...extra };
}

/** An anchor on `text` for the first occurrence of `quote` (UTF-16 offsets), with 4 units of context. */
export function anchorOf(text: string, quote: string, contentHash = sha256(text), from = 0): TextAnchor {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`"${quote}" not in text`);
  const end = start + quote.length;
  return { start, end, exact: quote, prefix: text.slice(Math.max(0, start - 4), start), suffix: text.slice(end, end + 4), contentHash };
}

export function claim(id: string, on: Article, quote: string, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    articleId: on.id,
    anchor: anchorOf(on.text, quote, on.contentHash),
    label: 'fact',
    gloss: '',
    note: '',
    evidence: [],
    authorId: 'alice',
    createdAt: '2025-01-28T10:00:00.000Z',
    updatedAt: '2025-01-28T10:00:00.000Z',
    version: 1,
    ...extra,
  };
}

export const annotators: Annotator[] = [
  { id: 'alice', name: 'Alice 有紀' },
  { id: 'bob', name: 'Bob' },
];

/** Text with a surrogate pair (𠮷), an emoji ZWJ sequence, か + combining dakuten, full-width digits. */
export const TRICKY_TEXT = '𠮷野家の株価は１２３円だった。\n家族👨‍👩‍👧で「か\u3099」と言う。株価は下がるだろう。\nNVIDIAは暴落した。';

/** A store whose lists tests may change. */
export type MutableStore = { -readonly [K in keyof Required<ClaimStore>]: NonNullable<ClaimStore[K]> extends readonly (infer T)[] ? T[] : never };

/** A store with one tricky article, three claims, a review, a discussion and a resolution. */
export function sampleStore(): MutableStore {
  const a = article('art-1', TRICKY_TEXT, { url: 'https://note.com/example/n/n123', publisher: 'note', published: '2025-01-27' });
  const b = article('art-2', 'Plain English text. Prices will fall.', { lang: 'en', title: 'Plain' });
  const claims: Claim[] = [
    claim('c-1', a, '１２３円だった', { note: '=HYPERLINK("http://evil")', gloss: 'It was 123 yen', evidence: [
      { id: 'e-1', url: 'https://example.com/a?x=1,2', title: 'Source "A"', quote: 'line1\nline2', stance: 'supports', accessed: '2025-01-28' },
      { id: 'e-2', url: 'https://example.org/b', title: 'B', quote: '', stance: 'refutes', accessed: '2025-01-29', archiveUrl: 'https://web.archive.org/web/2025/https://example.org/b' },
    ] }),
    claim('c-2', a, '👨‍👩‍👧で「か\u3099」', { label: 'opinion', authorId: 'bob', note: '家族について、\r\n改行あり' }),
    claim('c-3', a, '株価は下がるだろう', { label: 'speculation', suggestedBy: { ruleId: 'darou' }, version: 3, updatedAt: '2025-01-29T11:00:00.000Z' }),
    claim('c-4', b, 'Prices will fall.', { label: 'speculation', authorId: 'bob', gloss: '' }),
  ];
  const reviews: Review[] = [
    { id: 'r-1', claimId: 'c-3', reviewerId: 'bob', verdict: 'relabel', proposedLabel: 'opinion', comment: 'More opinion than speculation', createdAt: '2025-01-30T09:00:00.000Z' },
    { id: 'r-2', claimId: 'c-1', reviewerId: 'bob', verdict: 'accept', comment: '', createdAt: '2025-01-30T09:05:00.000Z' },
  ];
  const comments: Comment[] = [
    { id: 'm-1', claimId: 'c-3', authorId: 'bob', body: 'だろう is a hedge', createdAt: '2025-01-30T09:01:00.000Z' },
    { id: 'm-2', claimId: 'c-3', authorId: 'alice', body: 'Agreed', createdAt: '2025-01-30T09:02:00.000Z', replyTo: 'm-1' },
  ];
  const threads: ThreadResolution[] = [{ claimId: 'c-3', resolvedBy: 'alice', resolvedAt: '2025-01-30T10:00:00.000Z' }];
  return { articles: [a, b], claims, annotators: [...annotators], reviews, comments, threads, provenance: [{ claimId: 'c-1', sources: ['alice', 'bob'], side: 'A' }] };
}

/** What `resolveConflicts` returned, as a store (for exporting it again). */
export function storeOf(rows: ImportRows, base?: ClaimStore): MutableStore {
  return {
    articles: [...(base?.articles ?? []), ...rows.article],
    annotators: [...(base?.annotators ?? []), ...rows.annotator],
    claims: [...(base?.claims ?? []), ...rows.claim],
    reviews: [...(base?.reviews ?? []), ...rows.review],
    comments: [...(base?.comments ?? []), ...rows.comment],
    threads: [...(base?.threads ?? []), ...rows.thread],
    provenance: [...(base?.provenance ?? []), ...rows.provenance],
  };
}

/** A deep copy through JSON, as a file would give. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Never-matching re-anchoring, for tests where texts agree. */
export const noReanchor = (): null => null;

export type { ClaimSetFile };
