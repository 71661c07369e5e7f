import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../domain/claim.ts';
import { CLAIM_LABELS } from '../../domain/label.ts';
import { CLAIM_MAP_SLOTS, claimMapMarks } from '../../domain/claim-map.ts';

/**
 * A slim bar beside the article: where the claims of each label fall, one
 * lane per label, so the shape of the article shows at a glance. Click a
 * mark to jump to its first claim. Memoized: it changes only with the claims.
 */
export const ClaimMap = memo(function ClaimMap({ claims, textLength, onJump }: { claims: readonly Claim[]; textLength: number; onJump: (claimId: string) => void }) {
  const { t } = useTranslation();
  const marks = useMemo(
    () => claimMapMarks(claims.filter((claim) => !claim.orphan).map((claim) => ({ id: claim.id, label: claim.label, start: claim.anchor.start })), textLength),
    [claims, textLength],
  );
  const height = 100 / CLAIM_MAP_SLOTS;
  return (
    <nav className="claim-map" aria-label={t('map.label')}>
      {marks.map((mark) => (
        <button
          key={`${mark.slot}:${mark.label}`}
          type="button"
          tabIndex={-1}
          className={`claim-map__mark claim-map__mark--${mark.label}`}
          style={{ top: `${mark.slot * height}%`, height: `max(3px, ${height}%)`, left: `${CLAIM_LABELS.indexOf(mark.label) * 25}%` }}
          aria-label={t('map.mark', { label: t(`label.${mark.label}`), count: mark.count, percent: Math.round(mark.slot * height) })}
          onClick={() => onJump(mark.firstId)}
        />
      ))}
    </nav>
  );
});
