import { createContext, useContext } from 'react';
import type { Article } from '../domain/article.ts';
import type { Clock } from '../domain/ids.ts';
import type { ShuchoDatabase } from '../storage/database.ts';
import type { TokenizerClient } from '../nlp/tokenizer-client.ts';
import type { Suggester } from '../suggest/suggester.ts';

/**
 * Whether local storage is open. While it opens ('opening', a few hundred
 * milliseconds on a first visit) the shipped article is already shown;
 * when it cannot be opened the app is read-only.
 */
export type StorageStatus =
  | { state: 'opening' }
  | { state: 'ready'; db: ShuchoDatabase }
  | { state: 'unavailable'; error: string };

/** Everything with side effects that components use, wired in main.tsx. */
export interface AppServices {
  storage: StorageStatus;
  tokenizer: TokenizerClient;
  /** The cue engine: in a worker in the app (`SuggestionClient`); tests in jsdom, which has no workers, give `inThreadSuggester`. */
  suggester: Suggester;
  clock: Clock;
  /** The article boot.ts painted before the app loaded, shown again while storage opens. */
  firstArticle?: Article;
}

export const ServicesContext = createContext<AppServices | null>(null);

/** The app's services; only valid below <ServicesContext.Provider>. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() used outside <ServicesContext.Provider>');
  return services;
}
