import { describe, expect, it } from 'vitest';
import { articleUrl, claimReviewsOf, serializeClaimReviews, type ClaimReviewInput } from '../../../src/domain/format/claim-review-export.ts';
import type { Annotator, Claim } from '../../../src/domain/claim.ts';
import type { ClaimLabel } from '../../../src/domain/label.ts';
import type { Review, ReviewVerdict } from '../../../src/domain/review.ts';

const TEXT = '𠮷野家の株価は１２３円だった。👨‍👩‍👧か\u3099と言う。';
const ARTICLE = { id: 'yoshinoya 1', title: '吉野家', published: '2025-01-27' };
const PEOPLE = new Map<string, Annotator>([
  ['aiko', { id: 'aiko', name: 'Aiko' }],
  ['chie', { id: 'chie', name: 'Chie' }],
]);

const claim = (id: string, start: number, end: number, label: ClaimLabel, authorId = 'aiko'): Claim => ({
  id,
  articleId: ARTICLE.id,
  anchor: { start, end, exact: TEXT.slice(start, end), prefix: '', suffix: '', contentHash: 'h' },
  label,
  gloss: '',
  note: '',
  evidence: [],
  authorId,
  createdAt: `2025-01-28T0${start % 10}:00:00.000Z`,
  updatedAt: '2025-01-28T00:00:00.000Z',
  version: 1,
});

let reviewIds = 0;
const review = (claimId: string, reviewerId: string, verdict: ReviewVerdict, createdAt: string, comment = ''): Review => ({
  id: `r${++reviewIds}`,
  claimId,
  reviewerId,
  verdict,
  ...(verdict === 'relabel' ? { proposedLabel: 'opinion' as const } : {}),
  comment,
  createdAt,
});

const FACT = claim('f1', 0, 16, 'fact');
const input = (overrides: Partial<ClaimReviewInput> = {}): ClaimReviewInput => ({ article: ARTICLE, claims: [FACT], reviews: [], annotators: PEOPLE, ...overrides });

describe('claimReviewsOf', () => {
  it('writes a schema.org ClaimReview for a reviewed fact claim', () => {
    const [only, ...rest] = claimReviewsOf(input({ reviews: [review('f1', 'chie', 'accept', '2025-01-29T10:00:00.000Z', ' Checked. ')] }));
    expect(rest).toEqual([]);
    expect(only).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      claimReviewed: '𠮷野家の株価は１２３円だった。',
      itemReviewed: {
        '@type': 'Claim',
        appearance: { '@type': 'CreativeWork', url: 'urn:shucho:article:yoshinoya%201', headline: '吉野家', datePublished: '2025-01-27' },
        author: { '@type': 'Person', name: 'Aiko', identifier: 'aiko' },
        datePublished: '2025-01-28T00:00:00.000Z',
      },
      reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 3, worstRating: 1, alternateName: 'Accurate', ratingExplanation: 'Checked.' },
      author: { '@type': 'Person', name: 'Chie', identifier: 'chie' },
      datePublished: '2025-01-29T10:00:00.000Z',
    });
  });

  it('maps accept, relabel and reject to Accurate, Disputed and Inaccurate', () => {
    const reviews = [review('f1', 'a', 'accept', '1'), review('f1', 'b', 'relabel', '2'), review('f1', 'c', 'reject', '3')];
    const ratings = claimReviewsOf(input({ reviews })).map((r) => [r.reviewRating.alternateName, r.reviewRating.ratingValue, r.author.name]);
    // Unknown reviewers are named by their id.
    expect(ratings).toEqual([
      ['Accurate', 3, 'a'],
      ['Disputed', 2, 'b'],
      ['Inaccurate', 1, 'c'],
    ]);
  });

  it("uses each reviewer's latest review only", () => {
    const reviews = [review('f1', 'chie', 'accept', '2025-01-29T10:00:00.000Z'), review('f1', 'chie', 'reject', '2025-01-30T10:00:00.000Z')];
    const list = claimReviewsOf(input({ reviews }));
    expect(list.map((r) => [r.reviewRating.alternateName, r.datePublished])).toEqual([['Inaccurate', '2025-01-30T10:00:00.000Z']]);
    expect(list[0]!.reviewRating).not.toHaveProperty('ratingExplanation');
  });

  it('leaves out claims that are not facts, unreviewed facts, and claims of other articles', () => {
    const opinion = claim('o1', TEXT.indexOf('👨'), TEXT.length, 'opinion');
    const unreviewed = claim('f2', 2, 5, 'fact');
    const elsewhere = { ...claim('f3', 0, 3, 'fact'), articleId: 'other' };
    const reviews = [review('o1', 'chie', 'accept', '1'), review('f3', 'chie', 'accept', '1')];
    expect(claimReviewsOf(input({ claims: [opinion, unreviewed, elsewhere], reviews }))).toEqual([]);
  });

  it('orders by claim position, then review time, whatever the input order', () => {
    const second = claim('f9', TEXT.indexOf('👨'), TEXT.length, 'fact');
    const reviews = [review('f9', 'chie', 'accept', '1'), review('f1', 'chie', 'reject', '5'), review('f1', 'aiko', 'accept', '2')];
    const list = claimReviewsOf(input({ claims: [second, FACT], reviews }));
    expect(list.map((r) => [r.claimReviewed, r.author.identifier])).toEqual([
      ['𠮷野家の株価は１２３円だった。', 'aiko'],
      ['𠮷野家の株価は１２３円だった。', 'chie'],
      ['👨‍👩‍👧か\u3099と言う。', 'chie'],
    ]);
  });

  it("uses the article's URL when it has one, and a review URL when given", () => {
    const reviews = [review('f1', 'chie', 'accept', '1')];
    const [r] = claimReviewsOf(input({ article: { ...ARTICLE, url: 'https://example.com/a' }, reviews, reviewUrl: (x) => `https://example.com/review/${x.id}` }));
    expect(r!.itemReviewed.appearance.url).toBe('https://example.com/a');
    expect(r!.url).toMatch(/^https:\/\/example\.com\/review\/r\d+$/);
    expect(articleUrl({ id: 'a/b', url: undefined })).toBe('urn:shucho:article:a%2Fb');
  });
});

describe('serializeClaimReviews', () => {
  it('writes a JSON array that reads back to the same objects', () => {
    const list = claimReviewsOf(input({ reviews: [review('f1', 'chie', 'accept', '1')] }));
    const text = serializeClaimReviews(list);
    expect(text.endsWith(']\n')).toBe(true);
    expect(JSON.parse(text)).toEqual(list);
    expect(serializeClaimReviews([])).toBe('[]\n');
  });
});
