import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotator } from '../../domain/claim.ts';
import type { Comment, ThreadResolution } from '../../domain/comment.ts';
import type { Review } from '../../domain/review.ts';

type Entry = { kind: 'review'; at: string; review: Review } | { kind: 'comment'; at: string; comment: Comment };

/**
 * The discussion of a claim: reviewers' verdicts with their comments, and
 * replies, oldest first. Anyone may reply; the thread can be marked resolved
 * (and reopened; new activity reopens it too).
 */
export function ClaimThread({ reviews, comments, resolution, annotators, onReply, onResolve, onReopen, readOnly }: {
  reviews: readonly Review[];
  comments: readonly Comment[];
  resolution: ThreadResolution | undefined;
  annotators: Map<string, Annotator> | undefined;
  onReply: (body: string) => Promise<void>;
  onResolve: () => void;
  onReopen: () => void;
  readOnly: boolean;
}) {
  const { t, i18n } = useTranslation();
  const [reply, setReply] = useState('');
  const name = (id: string) => annotators?.get(id)?.name ?? id;
  const date = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const entries: Entry[] = [
    ...reviews.map((review): Entry => ({ kind: 'review', at: review.createdAt, review })),
    ...comments.map((comment): Entry => ({ kind: 'comment', at: comment.createdAt, comment })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <section className="thread" aria-label={t('thread.label')}>
      <h3>{t('thread.title')}</h3>
      {entries.length === 0 && <p className="hint">{t('thread.empty')}</p>}
      <ol className="thread__entries">
        {entries.map((entry) =>
          entry.kind === 'review' ? (
            <li key={entry.review.id} className={`thread__entry verdict--${entry.review.verdict}`} data-verdict={entry.review.verdict}>
              <p className="thread__meta">
                <strong>{name(entry.review.reviewerId)}</strong> ·{' '}
                {entry.review.verdict === 'relabel'
                  ? t('review.verdict.relabelTo', { label: t(`label.${entry.review.proposedLabel ?? 'fact'}`) })
                  : t(`review.verdict.${entry.review.verdict}`)}{' '}
                · <time dateTime={entry.review.createdAt}>{date(entry.review.createdAt)}</time>
              </p>
              {entry.review.comment && <p className="thread__body">{entry.review.comment}</p>}
            </li>
          ) : (
            <li key={entry.comment.id} className="thread__entry">
              <p className="thread__meta">
                <strong>{name(entry.comment.authorId)}</strong> · <time dateTime={entry.comment.createdAt}>{date(entry.comment.createdAt)}</time>
              </p>
              <p className="thread__body">{entry.comment.body}</p>
            </li>
          ),
        )}
      </ol>
      {resolution && (
        <p className="thread__resolved" role="status">
          {t('thread.resolvedBy', { name: name(resolution.resolvedBy), date: date(resolution.resolvedAt) })}
        </p>
      )}
      {!readOnly && (
        <div className="thread__reply">
          <label>
            {t('thread.reply')}
            <textarea rows={2} value={reply} onChange={(event) => setReply(event.target.value)} />
          </label>
          <div className="thread__actions">
            <button type="button" disabled={!reply.trim()} onClick={async () => {
              await onReply(reply.trim());
              setReply('');
            }}>
              {t('thread.send')}
            </button>
            {entries.length > 0 &&
              (resolution ? (
                <button type="button" onClick={onReopen}>{t('thread.reopen')}</button>
              ) : (
                <button type="button" onClick={onResolve}>{t('thread.resolve')}</button>
              ))}
          </div>
        </div>
      )}
    </section>
  );
}
