import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from './ModalDialog.tsx';
import { normalizeArticleText } from '../../domain/article-input/normalize-article-text.ts';
import { decodeTextFile } from '../../content/decode-text-file.ts';

/** Largest translation accepted, in characters (the article limit). */
const MAX_TRANSLATION = 1_000_000;

/**
 * Adds or replaces an article's parallel translation: paste it or open a
 * text file, one paragraph per line, in the article's paragraph order.
 */
export function TranslationDialog({ initial, onSave, onCancel }: { initial: string; onSave: (translation: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  return (
    <ModalDialog
      className="dialog--wide"
      labelledBy="translation-title"
      onEscape={onCancel}
      onSubmit={() => {
        if (text.length > MAX_TRANSLATION) setProblem(t('translation.tooLong', { max: MAX_TRANSLATION }));
        else onSave(normalizeArticleText(text));
      }}
    >
      <h2 id="translation-title">{t('translation.title')}</h2>
      <p className="hint">{t('translation.explain')}</p>
      <label>
        {t('translation.text')}
        <textarea ref={area} rows={10} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
      <label>
        {t('translation.file')}
        <input
          type="file"
          accept=".txt,.md,text/plain,text/markdown"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            const decoded = decodeTextFile(new Uint8Array(await file.arrayBuffer()));
            if (decoded.ok) {
              setText(decoded.text);
              setProblem(null);
            } else setProblem(t(`translation.${decoded.reason}`, { file: file.name }));
          }}
        />
      </label>
      {problem && <p className="error" role="alert">{problem}</p>}
      <div className="dialog__actions">
        <button type="button" onClick={onCancel}>{t('common.cancel')}</button>
        <button type="submit" className="primary">{t('translation.save')}</button>
      </div>
    </ModalDialog>
  );
}
