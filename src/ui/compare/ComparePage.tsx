import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../domain/article.ts';
import { hrefFor } from '../route.ts';
import { useArticle, useDatabase } from '../hooks/use-storage.ts';
import { useTokens } from '../hooks/use-tokenizer.ts';
import { AgreementFigures } from './AgreementFigures.tsx';
import { AnnotatorPicker } from './AnnotatorPicker.tsx';
import { ClaimReviewPanel } from './ClaimReviewPanel.tsx';
import { DiffSection } from './DiffSection.tsx';
import { useAgreement } from './use-agreement.ts';
import { useAnnotatorsOnArticle } from './use-compare-data.ts';

/**
 * The comparison page (`#/compare/<articleId>`): choose two or more
 * annotators of the article, read their agreement, walk their differences,
 * adjudicate and export. Needs local storage; says so when it is missing.
 */
export function ComparePage({ articleId }: { articleId: string }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const article = useArticle(articleId);
  if (!db) return <Shell><p className="banner banner--error">{t('compare.unavailable')}</p></Shell>;
  if (article === undefined) return <Shell><p className="hint">{t('compare.loading')}</p></Shell>;
  if (article === null) return <Shell><p className="hint">{t('compare.notFound', { id: articleId })}</p></Shell>;
  return <CompareArticle key={article.id} article={article} />;
}

function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="compare-page">
      <h1>{t('compare.title')}</h1>
      {children}
    </div>
  );
}

function CompareArticle({ article }: { article: Article }) {
  const { t } = useTranslation();
  const data = useAnnotatorsOnArticle(article.id);
  const tokens = useTokens(article);
  const [chosenIds, setChosenIds] = useState<ReadonlySet<string>>(() => new Set());
  const chosen = useMemo(() => (data?.byAuthor ?? []).filter((set) => chosenIds.has(set.annotator.id)), [data, chosenIds]);
  const sets = useMemo(() => chosen.map((set) => ({ annotatorId: set.annotator.id, claims: set.claims })), [chosen]);
  const agreement = useAgreement(article, sets, tokens);

  return (
    <div className="compare-page">
      <header className="compare-page__header">
        <h1>{t('compare.title')}</h1>
        <p>
          <span lang={article.lang}>{article.title}</span> · <a href={hrefFor({ page: 'article', articleId: article.id })}>{t('compare.backToArticle')}</a>
        </p>
      </header>
      {data === undefined ? (
        <p className="hint">{t('compare.loading')}</p>
      ) : (
        <>
          <AnnotatorPicker annotators={data.byAuthor} chosen={chosenIds} onChange={setChosenIds} />
          {agreement.state === 'too-few' && data.byAuthor.length > 0 && <p className="hint">{t('compare.annotators.needTwo')}</p>}
          {agreement.state === 'waiting' && (
            <p className="hint" role="status" data-state="waiting">
              {t('compare.waitingTokens')}
            </p>
          )}
          {agreement.state === 'failed' && (
            <p className="error" role="alert">
              {t('compare.tokensFailed', { error: agreement.error })}
            </p>
          )}
          {agreement.state === 'ready' && <AgreementFigures report={agreement.report} names={data.names} />}
          {chosen.length >= 2 && <DiffSection article={article} chosen={chosen} names={data.names} />}
          <ClaimReviewPanel article={article} claims={data.claims} names={data.names} />
        </>
      )}
    </div>
  );
}
