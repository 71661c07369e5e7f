import type { Article } from '../article.ts';
import type { Annotator, Claim } from '../claim.ts';
import { latestReviewPerReviewer, reviewsByClaim } from '../review-status.ts';
import type { Review, ReviewVerdict } from '../review.ts';
import { compareText } from './serialize-claim-set.ts';

/**
 * schema.org ClaimReview (JSON-LD) for the reviewed fact claims of one
 * article, the shape fact-checkers publish and search engines read
 * (https://schema.org/ClaimReview). docs/agreement.md lists the choices:
 *
 * - Only claims labelled 'fact' are exported: opinions and speculation are
 *   not checkable, and a ClaimReview of them would read as a verdict.
 * - One ClaimReview per (claim, reviewer), from that reviewer's latest
 *   review (`latestReviewPerReviewer`): a reviewer who changed their mind is
 *   published once, with what they think now; two reviewers who disagree are
 *   two ClaimReviews, as two fact-checkers would be.
 * - The verdict becomes the rating (`RATINGS`). Our verdicts judge the claim
 *   as tagged: publish these only where reviewers accept a fact claim when
 *   its evidence supports it.
 * - `itemReviewed.author` is the annotator who tagged the claim and its
 *   `datePublished` when it was tagged, as the project asked; schema.org
 *   means the person who made the claim, which the app does not record.
 * - The claim's place is the article: its URL, or `urn:shucho:article:<id>`
 *   when it has none.
 */

/** A person, by display name, with the app's id as `identifier`. */
export interface SchemaPerson {
  '@type': 'Person';
  name: string;
  identifier: string;
}

export interface SchemaRating {
  '@type': 'Rating';
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
  /** The reviewer's comment, when there is one. */
  ratingExplanation?: string;
}

export interface SchemaClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  /** The quoted text of the claim. */
  claimReviewed: string;
  itemReviewed: {
    '@type': 'Claim';
    appearance: { '@type': 'CreativeWork'; url: string; headline?: string; datePublished?: string };
    author: SchemaPerson;
    datePublished: string;
  };
  reviewRating: SchemaRating;
  author: SchemaPerson;
  /** When the review was made (ISO timestamp). */
  datePublished: string;
  /** The review's page, when the caller has one. */
  url?: string;
}

/** Rating scale: 1 (worst) to 3 (best). */
export const BEST_RATING = 3;
export const WORST_RATING = 1;

/** How a review verdict reads as a rating. */
export const RATINGS: Record<ReviewVerdict, { ratingValue: number; alternateName: string }> = {
  accept: { ratingValue: 3, alternateName: 'Accurate' },
  relabel: { ratingValue: 2, alternateName: 'Disputed' },
  reject: { ratingValue: 1, alternateName: 'Inaccurate' },
};

/** Where the article is, as a URL: its own, or a URN naming it in this app. */
export function articleUrl(article: Pick<Article, 'id' | 'url'>): string {
  return article.url ? article.url : `urn:shucho:article:${encodeURIComponent(article.id)}`;
}

export interface ClaimReviewInput {
  article: Pick<Article, 'id' | 'title' | 'url' | 'published'>;
  claims: readonly Claim[];
  reviews: readonly Review[];
  /** Names of annotators and reviewers; an unknown id is named by itself. */
  annotators: ReadonlyMap<string, Annotator>;
  /** The page of a review, if the caller publishes reviews somewhere. */
  reviewUrl?: (review: Review) => string | undefined;
}

/**
 * The ClaimReviews of `input.claims` that are labelled 'fact' and belong to
 * `input.article`, one per claim and reviewer (latest review). In text order
 * of the claims, then by review time and reviewer id, so that the same data
 * always gives the same list.
 */
export function claimReviewsOf(input: ClaimReviewInput): SchemaClaimReview[] {
  const { article, annotators } = input;
  const person = (id: string): SchemaPerson => ({ '@type': 'Person', name: annotators.get(id)?.name ?? id, identifier: id });
  const appearance: SchemaClaimReview['itemReviewed']['appearance'] = { '@type': 'CreativeWork', url: articleUrl(article), headline: article.title };
  if (article.published) appearance.datePublished = article.published;
  const byClaim = reviewsByClaim(input.reviews);
  const facts = input.claims
    .filter((claim) => claim.label === 'fact' && claim.articleId === article.id && byClaim.has(claim.id))
    .sort((x, y) => x.anchor.start - y.anchor.start || x.anchor.end - y.anchor.end || compareText(x.id, y.id));
  const out: SchemaClaimReview[] = [];
  for (const claim of facts) {
    const latest = latestReviewPerReviewer(byClaim.get(claim.id)!).sort(
      (x, y) => compareText(x.createdAt, y.createdAt) || compareText(x.reviewerId, y.reviewerId),
    );
    for (const review of latest) {
      const rating: SchemaRating = { '@type': 'Rating', ...RATINGS[review.verdict], bestRating: BEST_RATING, worstRating: WORST_RATING };
      if (review.comment.trim()) rating.ratingExplanation = review.comment.trim();
      const claimReview: SchemaClaimReview = {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: claim.anchor.exact,
        itemReviewed: { '@type': 'Claim', appearance: { ...appearance }, author: person(claim.authorId), datePublished: claim.createdAt },
        reviewRating: rating,
        author: person(review.reviewerId),
        datePublished: review.createdAt,
      };
      const url = input.reviewUrl?.(review);
      if (url) claimReview.url = url;
      out.push(claimReview);
    }
  }
  return out;
}

/** The ClaimReviews as a JSON-LD file: an array of the objects, 2-space indented, final newline. */
export function serializeClaimReviews(reviews: readonly SchemaClaimReview[]): string {
  return `${JSON.stringify(reviews, null, 2)}\n`;
}
