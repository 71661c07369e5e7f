import { createContext, useContext } from 'react';
import type { ArticleLanguage } from '../domain/article.ts';

/** The language of the article on screen, for quotes of it shown in the UI (fonts, screen readers). */
export const ContentLangContext = createContext<ArticleLanguage>('ja');

export function useContentLang(): ArticleLanguage {
  return useContext(ContentLangContext);
}
