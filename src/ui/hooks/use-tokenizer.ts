import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Article } from '../../domain/article.ts';
import type { TokenTable } from '../../domain/token.ts';
import type { TokenizerState } from '../../nlp/tokenizer-client.ts';
import { useServices } from '../services.ts';

/** The tokenizer's loading state, live. */
export function useTokenizerState(): TokenizerState {
  const { tokenizer } = useServices();
  return useSyncExternalStore(
    (listener) => tokenizer.subscribe(listener),
    () => tokenizer.getState(),
  );
}

export type TokensState =
  | { state: 'waiting' }
  | { state: 'ready'; table: TokenTable; ms: number; forText: string }
  | { state: 'failed'; error: string };

/**
 * The tokens of an article, computed in the worker once the dictionary is
 * ready (English needs no dictionary). Re-run when the text changes.
 */
export function useTokens(article: Pick<Article, 'text' | 'lang'> | null | undefined): TokensState {
  const { tokenizer } = useServices();
  const [result, setResult] = useState<TokensState>({ state: 'waiting' });
  const text = article?.text;
  const lang = article?.lang;
  useEffect(() => {
    if (text === undefined || lang === undefined) return;
    let cancelled = false;
    setResult({ state: 'waiting' });
    void tokenizer.tokenize(text, lang).then((outcome) => {
      if (cancelled) return;
      setResult(outcome.ok ? { state: 'ready', table: outcome.table, ms: outcome.ms, forText: text } : { state: 'failed', error: outcome.error });
    });
    return () => {
      cancelled = true;
    };
  }, [tokenizer, text, lang]);
  return result;
}
