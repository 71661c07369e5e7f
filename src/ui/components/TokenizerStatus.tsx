import { useTranslation } from 'react-i18next';
import type { TokensState } from '../hooks/use-tokenizer.ts';
import { useTokenizerState } from '../hooks/use-tokenizer.ts';
import { useServices } from '../services.ts';
import { formatBytes } from '../format-bytes.ts';

/** Dictionary download progress, then the token count; on failure a message and Retry. */
export function TokenizerStatus({ tokens, needsDictionary }: { tokens: TokensState; needsDictionary: boolean }) {
  const { t, i18n } = useTranslation();
  const { tokenizer } = useServices();
  const state = useTokenizerState();
  if (tokens.state === 'ready') {
    return (
      <p className="tokenizer-status" data-state="ready" role="status">
        {t('tokenizer.ready', { count: tokens.table.count, ms: Math.round(tokens.ms) })}
      </p>
    );
  }
  if (needsDictionary && state.status === 'failed') {
    return (
      <div className="tokenizer-status tokenizer-status--failed" data-state="failed" role="alert">
        <p>{t('tokenizer.failed', { error: state.error })}</p>
        <button type="button" onClick={() => tokenizer.retry()}>
          {t('tokenizer.retry')}
        </button>
      </div>
    );
  }
  if (tokens.state === 'failed') {
    return (
      <p className="tokenizer-status tokenizer-status--failed" data-state="failed" role="alert">
        {t('tokenizer.failed', { error: tokens.error })}
      </p>
    );
  }
  if (needsDictionary && state.status === 'loading') {
    const { loadedBytes, totalBytes } = state.progress;
    return (
      <div className="tokenizer-status" data-state="loading" role="status">
        <progress max={Math.max(totalBytes, loadedBytes, 1)} value={loadedBytes} aria-label={t('tokenizer.progressLabel')} />
        <span>{t('tokenizer.loading', { loaded: formatBytes(loadedBytes, i18n.language), total: formatBytes(totalBytes, i18n.language) })}</span>
      </div>
    );
  }
  return (
    <p className="tokenizer-status" data-state="tokenizing" role="status">
      {t('tokenizer.tokenizing')}
    </p>
  );
}
