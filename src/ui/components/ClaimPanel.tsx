import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../content-lang.ts';
import type { Claim } from '../../domain/claim.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../domain/label.ts';
import type { ReviewStatus } from '../../domain/review-status.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** At most this many rows are rendered at once; the rest behind "show more" (5,000 claims stay fast). */
const PAGE_SIZE = 200;

/**
 * The article's claims in text order, with counts per label, a label filter
 * and text search. Memoized: it re-renders only when its props change, not
 * with every render of the page (a selection, a hovered word).
 */
interface ClaimRowProps {
  claim: Claim;
  selected: boolean;
  status: ReviewStatus;
  contentLang: string;
  onOpen: (claim: Claim) => void;
}

/** What a row shows of its claim: a re-read claim with the same values draws the same row. */
function sameRow(a: ClaimRowProps, b: ClaimRowProps): boolean {
  const x = a.claim;
  const y = b.claim;
  return (
    a.selected === b.selected &&
    a.status === b.status &&
    a.contentLang === b.contentLang &&
    a.onOpen === b.onOpen &&
    (x === y ||
      (x.id === y.id &&
        x.version === y.version &&
        x.label === y.label &&
        x.anchor.start === y.anchor.start &&
        x.anchor.end === y.anchor.end &&
        x.orphan === y.orphan &&
        x.anchor.exact === y.anchor.exact &&
        x.gloss === y.gloss &&
        x.note === y.note &&
        x.evidence.length === y.evidence.length))
  );
}

/**
 * One claim of the list. Memoized by what it shows, so that a new claim
 * among thousands renders one row, not every row with its translated labels.
 */
const ClaimRow = memo(function ClaimRow({ claim, selected, status, contentLang, onOpen }: ClaimRowProps) {
  const { t } = useTranslation();
  return (
    <li>
      <button type="button" className={`claim-row claim-row--${claim.label}`} aria-current={selected ? 'true' : undefined} data-claim-id={claim.id} onClick={() => onOpen(claim)}>
        <span className={`badge badge--${claim.label}`}>
          <span className="label-icon" aria-hidden="true" />
          {t(`label.${claim.label}`)}
        </span>
        {claim.orphan && <span className="badge badge--orphan">{t('panel.orphan')}</span>}
        <StatusBadge status={status} />
        <q className="claim-row__quote" lang={contentLang}>{claim.anchor.exact}</q>
        {claim.gloss && <span className="claim-row__gloss" lang="en">{claim.gloss}</span>}
        {claim.note && <span className="claim-row__note">{claim.note}</span>}
        <span className="claim-row__evidence">{t('panel.evidenceCount', { count: claim.evidence.length })}</span>
      </button>
    </li>
  );
}, sameRow);

export const ClaimPanel = memo(function ClaimPanel({ claims, selectedId, statusOf, onOpen }: { claims: readonly Claim[]; selectedId: string | null; statusOf: (claimId: string) => ReviewStatus; onOpen: (claim: Claim) => void }) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const [filter, setFilter] = useState<ClaimLabel | 'all'>('all');
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE_SIZE);
  const counts = useMemo(() => {
    const byLabel = new Map<ClaimLabel, number>(CLAIM_LABELS.map((label) => [label, 0]));
    for (const claim of claims) byLabel.set(claim.label, (byLabel.get(claim.label) ?? 0) + 1);
    return byLabel;
  }, [claims]);
  const visible = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return claims.filter(
      (claim) =>
        (filter === 'all' || claim.label === filter) &&
        (!needle || [claim.anchor.exact, claim.gloss, claim.note].some((field) => field.toLowerCase().includes(needle))),
    );
  }, [claims, filter, query]);

  return (
    <section className="claim-panel" aria-labelledby="claim-panel-title">
      <h2 id="claim-panel-title">{t('panel.title', { count: claims.length })}</h2>
      <div className="claim-panel__filters" role="group" aria-label={t('panel.filter')}>
        <button type="button" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
          {t('panel.all')} <span className="count">{claims.length}</span>
        </button>
        {CLAIM_LABELS.map((label) => (
          <button key={label} type="button" className={`chip chip--${label}`} aria-pressed={filter === label} onClick={() => setFilter(label)}>
            <span className="label-icon" aria-hidden="true" />
            {t(`label.${label}`)} <span className="count" data-testid={`count-${label}`}>{counts.get(label)}</span>
          </button>
        ))}
      </div>
      <input type="search" className="claim-panel__search" placeholder={t('panel.search')} aria-label={t('panel.search')} value={query} onChange={(event) => setQuery(event.target.value)} />
      {visible.length === 0 ? (
        <p className="hint">{claims.length === 0 ? t('panel.empty') : t('panel.noMatch')}</p>
      ) : (
        <ol className="claim-list">
          {visible.slice(0, shown).map((claim) => (
            <ClaimRow key={claim.id} claim={claim} selected={claim.id === selectedId} status={statusOf(claim.id)} contentLang={contentLang} onOpen={onOpen} />
          ))}
        </ol>
      )}
      {visible.length > shown && (
        <button type="button" onClick={() => setShown((n) => n + PAGE_SIZE)}>
          {t('panel.showMore', { count: visible.length - shown })}
        </button>
      )}
    </section>
  );
});
