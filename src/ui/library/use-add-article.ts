import { useCallback, useState } from 'react';
import { buildArticle } from '../../domain/article-input/build-article.ts';
import { validateArticleInput, type ArticleDraft, type ArticleInputProblem } from '../../domain/article-input/validate-article-input.ts';
import { ArticlesRepository } from '../../storage/articles-repository.ts';
import { hrefFor } from '../route.ts';
import { useDatabase } from '../hooks/use-storage.ts';
import { useServices } from '../services.ts';

export type AddState = { state: 'idle' } | { state: 'invalid'; problems: ArticleInputProblem[] } | { state: 'saving' } | { state: 'failed'; error: string };

function goTo(hash: string): void {
  location.hash = hash;
}

/**
 * Adds a drafted article: checks it (`validateArticleInput`), makes the
 * record with the injected clock, writes it in one transaction, and only
 * after the write committed opens the new article (`#/article/<id>`).
 */
export function useAddArticle(navigate: (hash: string) => void = goTo) {
  const db = useDatabase();
  const { clock } = useServices();
  const [state, setState] = useState<AddState>({ state: 'idle' });

  const add = useCallback(
    async (draft: ArticleDraft): Promise<boolean> => {
      if (!db) return false;
      const checked = validateArticleInput(draft);
      if (!checked.ok) {
        setState({ state: 'invalid', problems: checked.problems });
        return false;
      }
      setState({ state: 'saving' });
      try {
        const article = await buildArticle(checked.value, clock);
        await new ArticlesRepository(db).add(article);
        setState({ state: 'idle' });
        navigate(hrefFor({ page: 'article', articleId: article.id }));
        return true;
      } catch (error) {
        setState({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    [db, clock, navigate],
  );

  return { add, state, clearProblems: useCallback(() => setState({ state: 'idle' }), []) };
}
