import { useMemo } from 'react';
import type { Article } from '../../domain/article.ts';
import type { Claim } from '../../domain/claim.ts';
import { agreementReport, type AgreementReport, type AnnotatorClaims } from '../../domain/agreement/report.ts';
import type { TokensState } from '../hooks/use-tokenizer.ts';

export type AgreementState =
  | { state: 'too-few' }
  | { state: 'waiting' }
  | { state: 'failed'; error: string }
  | { state: 'ready'; report: AgreementReport };

/**
 * The agreement report of the chosen annotators, once the article's tokens
 * are ready (kappa and alpha count tokens). Recomputed only when the text,
 * the tokens or the chosen sets change.
 */
export function useAgreement(article: Pick<Article, 'text'>, sets: readonly AnnotatorClaims<Claim>[], tokens: TokensState): AgreementState {
  const table = tokens.state === 'ready' && tokens.forText === article.text ? tokens.table : null;
  return useMemo((): AgreementState => {
    if (sets.length < 2) return { state: 'too-few' };
    if (tokens.state === 'failed') return { state: 'failed', error: tokens.error };
    if (!table) return { state: 'waiting' };
    return { state: 'ready', report: agreementReport({ text: article.text, tokens: table, sets }) };
  }, [article.text, sets, table, tokens]);
}
