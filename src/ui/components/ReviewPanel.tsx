import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../content-lang.ts';
import type { Annotator, Claim } from '../../domain/claim.ts';
import { CLAIM_LABELS, labelForDigit, type ClaimLabel } from '../../domain/label.ts';
import { reviewProgress } from '../../domain/review-status.ts';
import type { ReviewVerdict } from '../../domain/review.ts';
import { parseSafeUrl } from '../../domain/safe-url.ts';
import type { ReviewData } from '../hooks/use-reviews.ts';
import { StatusBadge } from './StatusBadge.tsx';

/** True when a key press belongs to a text field. */
function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) && !target.closest('.article-text');
}

/**
 * Review mode: walks the claims of one annotator in text order. For each:
 * Accept (A), Reject (R) or Relabel (L, then 1 to 4), with a comment; a
 * progress count and "next unreviewed".
 */
export function ReviewPanel({ claims, annotators, reviewer, data, current, onCurrent, onVerdict, children }: {
  claims: readonly Claim[];
  annotators: Map<string, Annotator> | undefined;
  reviewer: Annotator | null;
  data: ReviewData;
  current: Claim | null;
  onCurrent: (claim: Claim | null) => void;
  onVerdict: (claim: Claim, verdict: ReviewVerdict, comment: string, proposedLabel?: ClaimLabel) => Promise<boolean>;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const contentLang = useContentLang();
  const authors = useMemo(() => [...new Set(claims.map((claim) => claim.authorId))], [claims]);
  const [author, setAuthor] = useState<string | null>(null);
  const chosenAuthor = author && authors.includes(author) ? author : (authors.find((id) => id !== reviewer?.id) ?? authors[0] ?? null);
  const queue = useMemo(() => claims.filter((claim) => claim.authorId === chosenAuthor && !claim.orphan), [claims, chosenAuthor]);
  const progress = reviewProgress(queue, data.reviews, reviewer?.id ?? '', current?.id ?? null);
  const [comment, setComment] = useState('');
  const [relabeling, setRelabeling] = useState(false);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  // Start on the first unreviewed claim of the queue.
  useEffect(() => {
    if (!current || !queue.some((claim) => claim.id === current.id)) onCurrent(reviewProgress(queue, data.reviews, reviewer?.id ?? '').nextUnreviewed ?? queue[0] ?? null);
  }, [queue]); // eslint-disable-line react-hooks/exhaustive-deps

  const decide = async (verdict: ReviewVerdict, proposedLabel?: ClaimLabel) => {
    if (!current || !reviewer) return;
    if (verdict === 'relabel' && (!proposedLabel || proposedLabel === current.label)) return;
    if (await onVerdict(current, verdict, comment, proposedLabel)) {
      setComment('');
      setRelabeling(false);
      const next = reviewProgress(queue, [...data.reviews, { id: '', claimId: current.id, reviewerId: reviewer.id, verdict, comment: '', createdAt: '' }], reviewer.id, current.id).nextUnreviewed;
      if (next) onCurrent(next);
    }
  };
  const decideRef = useRef(decide);
  decideRef.current = decide;
  const relabelingRef = useRef(relabeling);
  relabelingRef.current = relabeling;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.keyCode === 229 || event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return;
      const key = event.key.toLowerCase();
      if (relabelingRef.current) {
        const label = labelForDigit(event.key);
        if (label) {
          event.preventDefault();
          void decideRef.current('relabel', label);
        } else if (key === 'escape') setRelabeling(false);
        return;
      }
      if (key === 'a') void decideRef.current('accept');
      else if (key === 'r') void decideRef.current('reject');
      else if (key === 'l') setRelabeling(true);
      else if (key === 'c') {
        event.preventDefault();
        commentRef.current?.focus();
      } else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <section className="review-panel" aria-labelledby="review-title">
      <h2 id="review-title">{t('review.title')}</h2>
      <label className="review-panel__author">
        {t('review.annotator')}
        <select value={chosenAuthor ?? ''} onChange={(event) => setAuthor(event.target.value)}>
          {authors.map((id) => (
            <option key={id} value={id}>
              {annotators?.get(id)?.name ?? id}
              {id === reviewer?.id ? ` ${t('review.you')}` : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="review-panel__progress" role="status" data-testid="review-progress">
        <progress max={Math.max(1, progress.total)} value={progress.reviewed} aria-hidden="true" />
        {t('review.progress', { reviewed: progress.reviewed, total: progress.total })}
      </p>
      {!reviewer && <p className="hint">{t('review.needName')}</p>}
      {current ? (
        <article className="review-panel__claim" aria-label={t('review.current')}>
          <p>
            <span className={`badge badge--${current.label}`}>
              <span className="label-icon" aria-hidden="true" />
              {t(`label.${current.label}`)}
            </span>{' '}
            <StatusBadge status={data.statusOf(current.id)} />
          </p>
          <blockquote lang={contentLang}>{current.anchor.exact}</blockquote>
          {current.gloss && <p className="claim-row__gloss" lang="en">{current.gloss}</p>}
          {current.note && <p className="claim-row__note">{current.note}</p>}
          {current.evidence.length > 0 && (
            <ul className="evidence-links">
              {current.evidence.map((item) => {
                const url = parseSafeUrl(item.url);
                return url.ok ? (
                  <li key={item.id}>
                    <a href={url.url} target="_blank" rel="noopener noreferrer">{item.title || url.url}</a>
                  </li>
                ) : null;
              })}
            </ul>
          )}
          <label>
            {t('review.comment')}
            <textarea ref={commentRef} rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />
          </label>
          <div className="review-panel__actions" role="group" aria-label={t('review.verdicts')}>
            <button type="button" disabled={!reviewer} onClick={() => void decide('accept')} aria-keyshortcuts="A">
              {t('review.accept')} <kbd aria-hidden="true">A</kbd>
            </button>
            <button type="button" disabled={!reviewer} onClick={() => void decide('reject')} aria-keyshortcuts="R">
              {t('review.reject')} <kbd aria-hidden="true">R</kbd>
            </button>
            <button type="button" disabled={!reviewer} aria-pressed={relabeling} onClick={() => setRelabeling((on) => !on)} aria-keyshortcuts="L">
              {t('review.relabel')} <kbd aria-hidden="true">L</kbd>
            </button>
          </div>
          {relabeling && (
            <div className="review-panel__relabel" role="group" aria-label={t('review.proposeLabel')}>
              {CLAIM_LABELS.map((label, index) => (
                <button key={label} type="button" className={`label-button label-button--${label}`} disabled={label === current.label} onClick={() => void decide('relabel', label)}>
                  <span className="label-icon" aria-hidden="true" />
                  {t(`label.${label}`)} <kbd aria-hidden="true">{index + 1}</kbd>
                </button>
              ))}
            </div>
          )}
          <button type="button" className="link-button" disabled={!progress.nextUnreviewed} onClick={() => onCurrent(progress.nextUnreviewed)}>
            {t('review.nextUnreviewed')}
          </button>
          {children}
        </article>
      ) : (
        <p className="hint">{t('review.empty')}</p>
      )}
    </section>
  );
}
