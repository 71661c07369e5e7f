import type { ArticleLanguage } from '../domain/article.ts';
import type { TokenTable } from '../domain/token.ts';
import { answerSuggestRequest } from './answer-suggest-request.ts';
import type { SuggestResult } from './suggestion-protocol.ts';

/** Runs the cue engine over an article's tokens. Never rejects: a failure resolves as `{ ok: false, error }`. */
export interface Suggester {
  suggest(text: string, lang: ArticleLanguage, table: TokenTable): Promise<SuggestResult>;
}

/**
 * The engine on the calling thread, for where there are no workers (the DOM
 * tests in jsdom). The app uses `SuggestionClient`, which runs it in a worker.
 */
export const inThreadSuggester: Suggester = {
  async suggest(text, lang, table) {
    return answerSuggestRequest({ id: 0, text, lang, table }).result;
  },
};
