import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../domain/article.ts';
import type { Annotator, Claim } from '../../domain/claim.ts';
import { claimReviewsOf, serializeClaimReviews } from '../../domain/format/claim-review-export.ts';
import { downloadText, fileSlug } from '../../io/download.ts';
import { useReviews } from '../hooks/use-reviews.ts';
import { useServices } from '../services.ts';

/** Offers the article's reviewed fact claims as schema.org ClaimReview (JSON-LD). */
export function ClaimReviewPanel({ article, claims, names }: { article: Article; claims: readonly Claim[]; names: ReadonlyMap<string, Annotator> }) {
  const { t } = useTranslation();
  const { clock } = useServices();
  const claimIds = useMemo(() => claims.map((claim) => claim.id), [claims]);
  const { reviews } = useReviews(claimIds);
  const claimReviews = useMemo(() => claimReviewsOf({ article, claims, reviews, annotators: names }), [article, claims, reviews, names]);
  return (
    <section className="compare-claim-review" aria-labelledby="compare-claim-review-title">
      <h2 id="compare-claim-review-title">{t('compare.claimReview.title')}</h2>
      <p className="hint">{t('compare.claimReview.explain')}</p>
      <p role="status" data-count={claimReviews.length}>{t('compare.claimReview.count', { count: claimReviews.length })}</p>
      <button
        type="button"
        disabled={claimReviews.length === 0}
        onClick={() => downloadText(`${fileSlug(article.title)}-${clock.now().slice(0, 10)}.claim-review.jsonld`, serializeClaimReviews(claimReviews), 'application/ld+json')}
      >
        {t('compare.claimReview.export')}
      </button>
    </section>
  );
}
