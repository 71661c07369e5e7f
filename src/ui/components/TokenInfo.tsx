import { useTranslation } from 'react-i18next';
import type { Token } from '../../domain/token.ts';

/** Surface, reading, base form and part of speech of the word under the pointer or caret. */
export function TokenInfo({ token }: { token: Token | null }) {
  const { t } = useTranslation();
  return (
    <section className="token-info" aria-label={t('token.info')} aria-live="polite">
      {token ? (
        <dl data-testid="token-info">
          <dt>{t('token.surface')}</dt>
          <dd lang="ja" data-field="surface">{token.surface}</dd>
          <dt>{t('token.reading')}</dt>
          <dd lang="ja" data-field="reading">{token.reading || '—'}</dd>
          <dt>{t('token.baseForm')}</dt>
          <dd lang="ja" data-field="baseForm">{token.baseForm === '*' ? token.surface : token.baseForm}</dd>
          <dt>{t('token.pos')}</dt>
          <dd lang="ja" data-field="pos">{token.posDetail && token.posDetail !== '*' ? `${token.pos}・${token.posDetail}` : token.pos}</dd>
        </dl>
      ) : (
        <p className="hint">{t('token.none')}</p>
      )}
    </section>
  );
}
