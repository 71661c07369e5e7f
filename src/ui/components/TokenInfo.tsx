import { useTranslation } from 'react-i18next';
import type { Token } from '../../domain/token.ts';
import { describeWord } from '../../domain/word-info.ts';

/** Surface, reading (kana and romaji), base form and part of speech (Japanese and English) of a word. */
export function TokenInfo({ token }: { token: Token | null }) {
  const { t } = useTranslation();
  const info = token ? describeWord(token) : null;
  return (
    <section className="token-info" aria-label={t('token.info')} aria-live="polite">
      {info ? (
        <dl data-testid="token-info">
          <dt>{t('token.surface')}</dt>
          <dd lang="ja" data-field="surface">{info.surface}</dd>
          <dt>{t('token.reading')}</dt>
          <dd data-field="reading">
            <span lang="ja">{info.reading || '—'}</span>
            {info.romaji && <span className="romaji" lang="ja-Latn" data-field="romaji">{info.romaji}</span>}
          </dd>
          <dt>{t('token.baseForm')}</dt>
          <dd lang="ja" data-field="baseForm">{info.baseForm}</dd>
          <dt>{t('token.pos')}</dt>
          <dd data-field="pos">
            <span lang="ja">{info.posJa}</span> / <span lang="en" data-field="posEn">{info.posEn}</span>
          </dd>
        </dl>
      ) : (
        <p className="hint">{t('token.none')}</p>
      )}
    </section>
  );
}
