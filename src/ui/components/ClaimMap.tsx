import { useTranslation } from 'react-i18next';
import type { Claim } from '../../domain/claim.ts';

/**
 * A slim bar beside the article: one mark per claim at its place in the text,
 * coloured and shaped by label. Click a mark to jump to its claim.
 */
export function ClaimMap({ claims, textLength, onJump }: { claims: readonly Claim[]; textLength: number; onJump: (claim: Claim) => void }) {
  const { t } = useTranslation();
  const length = Math.max(1, textLength);
  return (
    <nav className="claim-map" aria-label={t('map.label')}>
      {claims
        .filter((claim) => !claim.orphan)
        .map((claim) => (
          <button
            key={claim.id}
            type="button"
            tabIndex={-1}
            className={`claim-map__mark claim-map__mark--${claim.label}`}
            style={{ top: `${(claim.anchor.start / length) * 100}%`, height: `max(3px, ${((claim.anchor.end - claim.anchor.start) / length) * 100}%)` }}
            aria-label={t('map.mark', { label: t(`label.${claim.label}`), quote: claim.anchor.exact.slice(0, 40) })}
            onClick={() => onJump(claim)}
          />
        ))}
    </nav>
  );
}
