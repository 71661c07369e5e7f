import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../domain/review-status.ts';

/** A claim's review status: text plus a shape, never colour alone. */
export function StatusBadge({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`status status--${status}`} data-status={status}>
      <span className="status__icon" aria-hidden="true" />
      {t(`review.status.${status}`)}
    </span>
  );
}
