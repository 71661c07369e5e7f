/**
 * Tokenizers for Node (tests, scripts): kuromoji with the dictionary read
 * from node_modules for Japanese, the app's Intl.Segmenter tokenizer for
 * English. Both give the app's TokenTable with UTF-16 offsets, through the
 * same encoder the tokenizer worker uses (src/nlp/encode-tokens.ts).
 */
import { fileURLToPath } from 'node:url';
import { TokenizerBuilder } from '@patdx/kuromoji';
import NodeDictionaryLoader from '@patdx/kuromoji/node';
import type { ArticleLanguage } from '../../domain/article.ts';
import type { TokenTable } from '../../domain/token.ts';
import { tokenizeJapanese } from '../../nlp/encode-tokens.ts';
import { tokenizeEnglish } from '../../nlp/english-tokenizer.ts';

/** The IPADIC dictionary shipped in the kuromoji package. */
const DICTIONARY = fileURLToPath(new URL('../../../node_modules/@patdx/kuromoji/dict/', import.meta.url));

let japanese: Promise<(text: string) => TokenTable> | undefined;

/** Loads kuromoji once (about a second) and returns a function tokenizing Japanese text. */
export function loadJapaneseTokenizer(): Promise<(text: string) => TokenTable> {
  japanese ??= new TokenizerBuilder({ loader: new NodeDictionaryLoader({ dic_path: DICTIONARY }) })
    .build()
    .then((tokenizer) => (text: string) => tokenizeJapanese(text, (piece) => tokenizer.tokenize(piece)));
  return japanese;
}

/** A tokenizer for articles in `lang`. */
export async function loadTokenizer(lang: ArticleLanguage): Promise<(text: string) => TokenTable> {
  return lang === 'ja' ? loadJapaneseTokenizer() : tokenizeEnglish;
}
