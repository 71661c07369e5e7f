import { useCallback, useState } from 'react';
import type { ArticleLanguage } from '../../domain/article.ts';
import type { ArticleFileProblem } from '../../domain/article-input/article-file.ts';
import { suggestTitle } from '../../domain/article-input/article-file.ts';
import { guessLanguage } from '../../domain/article-input/guess-language.ts';
import { lengthProblem, type ArticleDraft, type ArticleInputProblem } from '../../domain/article-input/validate-article-input.ts';
import { readArticleFile } from '../../content/read-article-file.ts';

/** A message about the text box or the file that was just refused; the draft itself is unchanged. */
export type InputNotice = ArticleFileProblem | Extract<ArticleInputProblem, { code: 'text-too-long' }>;

const EMPTY: ArticleDraft = { text: '', title: '', url: '', published: '', lang: 'ja' };

/**
 * The add-article form's state. The language follows a guess from the text
 * (`guessLanguage`) and the title follows the text's first line
 * (`suggestTitle`) until the user sets them. Text longer than the limit is
 * refused on its length alone, before it reaches the text box or any other
 * work, and leaves the draft as it was.
 */
export function useArticleDraft() {
  const [draft, setDraft] = useState<ArticleDraft>(EMPTY);
  const [langChosen, setLangChosen] = useState(false);
  const [titleChosen, setTitleChosen] = useState(false);
  const [notice, setNotice] = useState<InputNotice | null>(null);
  const [reading, setReading] = useState(false);

  /** Puts `text` in the box (unless too long) and updates the guesses; true when accepted. */
  const setText = useCallback(
    (text: string, fileName?: string, fileTitle?: string): boolean => {
      const tooLong = lengthProblem(text.length);
      if (tooLong) {
        setNotice(tooLong);
        return false;
      }
      setNotice(null);
      setDraft((current) => ({
        ...current,
        text,
        lang: langChosen ? current.lang : (guessLanguage(text) ?? current.lang),
        title: titleChosen ? current.title : fileTitle || suggestTitle(text, fileName),
      }));
      return true;
    },
    [langChosen, titleChosen],
  );

  /** Refuses a paste that would make the text too long; true when it was refused. */
  const refusePaste = useCallback((resultingLength: number): boolean => {
    const tooLong = lengthProblem(resultingLength);
    if (tooLong) setNotice(tooLong);
    return tooLong !== null;
  }, []);

  const setField = useCallback((field: 'title' | 'url' | 'published' | 'lang', value: string) => {
    if (field === 'lang') setLangChosen(true);
    if (field === 'title') setTitleChosen(value.trim() !== '');
    setDraft((current) => ({ ...current, [field]: field === 'lang' ? (value as ArticleLanguage) : value }));
  }, []);

  /** Opens a dropped or chosen file into the text box, or says why it cannot. */
  const loadFile = useCallback(
    async (file: File) => {
      setReading(true);
      try {
        const result = await readArticleFile(file);
        if (!result.ok) setNotice(result.problem);
        else setText(result.text, file.name, result.title);
      } finally {
        setReading(false);
      }
    },
    [setText],
  );

  return { draft, setText, refusePaste, setField, loadFile, notice, reading, langGuessed: !langChosen && draft.text !== '' };
}
