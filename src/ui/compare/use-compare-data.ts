import { useMemo } from 'react';
import type { Annotator, Claim } from '../../domain/claim.ts';
import { useAnnotators, useClaims } from '../hooks/use-storage.ts';

/** An annotator who has claims on the article, with how many. */
export interface AnnotatorOnArticle {
  annotator: Annotator;
  claims: Claim[];
}

/**
 * The claims of an article grouped by author, live, with the authors' names
 * (an author unknown locally is named by id). Authors come in order of name,
 * then id, so A and B do not swap between visits. Undefined while loading.
 */
export function useAnnotatorsOnArticle(articleId: string): { byAuthor: AnnotatorOnArticle[]; claims: Claim[]; names: Map<string, Annotator> } | undefined {
  const claims = useClaims(articleId);
  const annotators = useAnnotators();
  return useMemo(() => {
    if (!claims || !annotators) return undefined;
    const groups = new Map<string, Claim[]>();
    for (const claim of claims) {
      const list = groups.get(claim.authorId);
      if (list) list.push(claim);
      else groups.set(claim.authorId, [claim]);
    }
    const byAuthor = [...groups].map(([id, list]) => ({ annotator: annotators.get(id) ?? { id, name: id }, claims: list }));
    byAuthor.sort((x, y) => x.annotator.name.localeCompare(y.annotator.name) || (x.annotator.id < y.annotator.id ? -1 : 1));
    return { byAuthor, claims, names: annotators };
  }, [claims, annotators]);
}
