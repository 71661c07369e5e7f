import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DiffRow } from '../../domain/agreement/claim-diff.ts';
import type { Article } from '../../domain/article.ts';
import type { Claim } from '../../domain/claim.ts';
import { hrefFor } from '../route.ts';
import { excerptOf } from './excerpt.ts';

/**
 * The place of the current diff row in the article text, with A's and B's
 * spans marked (A underlined, B boxed, so the two are told apart without
 * colour). It receives focus when a row is shown, so keyboard and screen
 * reader users land on it; a link opens the whole article.
 */
export function ExcerptPane({ article, row, nameA, nameB }: { article: Pick<Article, 'id' | 'text' | 'lang'>; row: DiffRow<Claim> | null; nameA: string; nameB: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLElement>(null);
  // On the row's id, not the row object: a live update of the claims rebuilds
  // the rows, and must not pull the focus away from what the user is doing.
  const rowId = row?.id;
  useEffect(() => {
    if (rowId === undefined) return;
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: 'nearest' });
  }, [rowId]);
  const excerpt = row ? excerptOf(article.text, row.a?.anchor ?? null, row.b?.anchor ?? null) : null;
  return (
    <section className="compare-excerpt" aria-labelledby="compare-excerpt-title" tabIndex={-1} ref={ref} data-row={row?.id}>
      <h3 id="compare-excerpt-title">{t('compare.excerpt.title')}</h3>
      {!excerpt ? (
        <p className="hint">{t('compare.excerpt.hint')}</p>
      ) : (
        <>
          <p className="compare-excerpt__legend">
            <mark className="compare-mark compare-mark--a">{t('compare.excerpt.a', { name: nameA })}</mark>{' '}
            <mark className="compare-mark compare-mark--b">{t('compare.excerpt.b', { name: nameB })}</mark>
          </p>
          <p className="compare-excerpt__text" lang={article.lang}>
            {excerpt.cutBefore && '…'}
            {excerpt.segments.map((segment) =>
              segment.inA || segment.inB ? (
                <mark key={segment.start} className={`compare-mark${segment.inA ? ' compare-mark--a' : ''}${segment.inB ? ' compare-mark--b' : ''}`}>
                  {segment.text}
                </mark>
              ) : (
                <span key={segment.start}>{segment.text}</span>
              ),
            )}
            {excerpt.cutAfter && '…'}
          </p>
        </>
      )}
      <a href={hrefFor({ page: 'article', articleId: article.id })}>{t('compare.excerpt.open')}</a>
    </section>
  );
}
