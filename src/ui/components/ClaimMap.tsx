import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Claim } from '../../domain/claim.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../domain/label.ts';
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
  return (
    <nav className="claim-map" aria-label={t('map.label')}>
      {marks.map((mark) => (
        <ClaimMapMark key={`${mark.slot}:${mark.label}`} slot={mark.slot} label={mark.label} count={mark.count} firstId={mark.firstId} onJump={onJump} />
      ))}
    </nav>
  );
});

/**
 * One mark of the map. Memoized by its values: a new claim changes one
 * mark's count, and only that mark renders (each translates its label).
 */
const ClaimMapMark = memo(function ClaimMapMark({ slot, label, count, firstId, onJump }: { slot: number; label: ClaimLabel; count: number; firstId: string; onJump: (claimId: string) => void }) {
  const { t } = useTranslation();
  const height = 100 / CLAIM_MAP_SLOTS;
  return (
    <button
      type="button"
      tabIndex={-1}
      className={`claim-map__mark claim-map__mark--${label}`}
      style={{ top: `${slot * height}%`, height: `max(3px, ${height}%)`, left: `${CLAIM_LABELS.indexOf(label) * 25}%` }}
      aria-label={t('map.mark', { label: t(`label.${label}`), count, percent: Math.round(slot * height) })}
      onClick={() => onJump(firstId)}
    />
  );
});
