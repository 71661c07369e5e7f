import { useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTICLE_LANGUAGES } from '../../domain/article.ts';
import type { ArticleInputProblem } from '../../domain/article-input/validate-article-input.ts';
import { MAX_ARTICLE_LENGTH } from '../../domain/article-input/validate-article-input.ts';
import { problemMessage } from './problem-message.ts';
import { useAddArticle } from './use-add-article.ts';
import { useArticleDraft } from './use-article-draft.ts';

/** What the file picker offers; anything else dropped is refused with a message. */
const ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** The "add an article" form: paste, open or drop a file, check the details, add. */
export function AddArticleForm() {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const { draft, setText, refusePaste, setField, loadFile, notice, reading, langGuessed } = useArticleDraft();
  const { add, state, clearProblems } = useAddArticle();
  const [dragging, setDragging] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const problems = state.state === 'invalid' ? state.problems : [];
  // After a refused submit, focus goes to the first field marked invalid.
  useEffect(() => {
    if (state.state === 'invalid') form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [state]);
  const change = (name: 'title' | 'url' | 'published' | 'lang', value: string) => {
    clearProblems();
    setField(name, value);
  };
  const messageFor = (field: ArticleInputProblem['field']) => problems.filter((p) => p.field === field).map((p) => problemMessage(t, i18n.language, p));

  const onDrop = (event: DragEvent) => {
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (!file) return; // Dropped text lands in the text box by itself.
    event.preventDefault();
    clearProblems();
    void loadFile(file);
  };

  const field = (name: ArticleInputProblem['field']) => {
    const messages = messageFor(name);
    return {
      'aria-invalid': messages.length > 0 ? true : undefined,
      'aria-describedby': messages.length > 0 ? `${ids}-${name}-error` : undefined,
      error: messages.length > 0 && (
        <p className="error" id={`${ids}-${name}-error`}>
          {messages.join(' ')}
        </p>
      ),
    };
  };
  const text = field('text');
  const title = field('title');
  const url = field('url');
  const published = field('published');

  return (
    <form
      ref={form}
      className={`add-article${dragging ? ' add-article--dragging' : ''}`}
      aria-labelledby={`${ids}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add(draft);
      }}
      onDragOver={(event) => {
        if (![...event.dataTransfer.types].includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <h2 id={`${ids}-heading`}>{t('library.add.title')}</h2>
      <p className="hint">{t('library.add.intro')}</p>
      <div className="add-article__file">
        <label>
          {t('library.add.file')}
          <input
            type="file"
            accept={ACCEPT}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) {
                clearProblems();
                void loadFile(file);
              }
            }}
          />
        </label>
        <span className="hint">{t('library.add.drop')}</span>
        {reading && (
          <span role="status" className="hint">
            {t('library.add.reading')}
          </span>
        )}
      </div>
      {notice && (
        <p className="error add-article__notice" role="alert">
          {problemMessage(t, i18n.language, notice)}
        </p>
      )}
      <label className="add-article__text">
        {t('library.add.text')}
        <textarea
          value={draft.text}
          rows={10}
          lang={draft.lang}
          aria-invalid={text['aria-invalid']}
          aria-describedby={[`${ids}-text-hint`, text['aria-describedby']].filter(Boolean).join(' ')}
          onPaste={(event) => {
            // Checked on the length alone, before the text reaches the box: a 5 MB paste answers at once.
            const pasted = event.clipboardData.getData('text/plain');
            const box = event.currentTarget;
            if (refusePaste(box.value.length - (box.selectionEnd - box.selectionStart) + pasted.length)) event.preventDefault();
          }}
          onChange={(event) => {
            clearProblems();
            setText(event.target.value);
          }}
        />
      </label>
      <p className="hint" id={`${ids}-text-hint`}>
        {t('library.add.normalizeHint', { limit: MAX_ARTICLE_LENGTH })}
      </p>
      {text.error}
      <div className="add-article__fields">
        <label>
          {t('library.add.titleField')}
          <input value={draft.title} maxLength={1000} aria-invalid={title['aria-invalid']} aria-describedby={title['aria-describedby']} onChange={(event) => change('title', event.target.value)} />
        </label>
        {title.error}
        <label>
          {t('library.add.url')}
          <input type="url" inputMode="url" value={draft.url} aria-invalid={url['aria-invalid']} aria-describedby={url['aria-describedby']} onChange={(event) => change('url', event.target.value)} />
        </label>
        {url.error}
        <label>
          {t('library.add.published')}
          <input type="date" value={draft.published} aria-invalid={published['aria-invalid']} aria-describedby={published['aria-describedby']} onChange={(event) => change('published', event.target.value)} />
        </label>
        {published.error}
        <fieldset className="add-article__lang">
          <legend>{t('library.add.language')}</legend>
          {ARTICLE_LANGUAGES.map((lang) => (
            <label key={lang}>
              <input type="radio" name={`${ids}-lang`} value={lang} checked={draft.lang === lang} onChange={() => change('lang', lang)} />
              {t(`library.languages.${lang}`)}
            </label>
          ))}
          {langGuessed && <span className="hint">{t('library.add.guessed')}</span>}
        </fieldset>
      </div>
      {state.state === 'failed' && (
        <p className="error" role="alert">
          {t('library.add.failed', { error: state.error })}
        </p>
      )}
      {problems.length > 0 && (
        <p className="error" role="alert">
          {t('library.add.invalid', { count: problems.length })}
        </p>
      )}
      <div className="add-article__actions">
        <button type="submit" className="primary" disabled={state.state === 'saving' || reading}>
          {t('library.add.submit')}
        </button>
      </div>
    </form>
  );
}
