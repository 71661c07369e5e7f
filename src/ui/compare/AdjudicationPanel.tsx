import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { adjudicate, adjudicatedClaimSet, choiceFor, type Decisions } from '../../domain/adjudication.ts';
import type { DiffRow } from '../../domain/agreement/claim-diff.ts';
import type { Article } from '../../domain/article.ts';
import type { Annotator, Claim } from '../../domain/claim.ts';
import { serializeClaimSet } from '../../domain/format/serialize-claim-set.ts';
import { GENERATOR } from '../../content/app-info.ts';
import { downloadText, fileSlug } from '../../io/download.ts';
import { useServices } from '../services.ts';
import { useAdjudicator } from './use-adjudicator.ts';

/**
 * The state of the adjudication and its export: how many rows still need a
 * decision, how many claims the set will hold, the adjudicator's name when
 * this browser has none yet, and the button that downloads the native claim
 * set with provenance.
 */
export function AdjudicationPanel({ article, rows, decisions, names }: { article: Article; rows: readonly DiffRow<Claim>[]; decisions: Decisions; names: ReadonlyMap<string, Annotator> }) {
  const { t } = useTranslation();
  const { clock } = useServices();
  const { adjudicator, become } = useAdjudicator();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tally = useMemo(() => {
    let pending = 0;
    let kept = 0;
    for (const row of rows) {
      const choice = choiceFor(row, decisions);
      if (!choice) pending += 1;
      else if (choice.take !== 'drop') kept += 1;
    }
    return { pending, kept };
  }, [rows, decisions]);
  const trimmed = name.trim();
  const ready = tally.pending === 0 && rows.length > 0 && (adjudicator || trimmed);

  const exportSet = async () => {
    setError(null);
    try {
      const who = adjudicator ?? (await become(trimmed.slice(0, 80)));
      if (!who) return;
      const result = adjudicate(rows, decisions, who.id, clock);
      const now = clock.now();
      const file = adjudicatedClaimSet({ article, result, adjudicator: who, annotators: [...names.values()], exportedAt: now, generator: GENERATOR });
      downloadText(`${fileSlug(article.title)}-${now.slice(0, 10)}.adjudicated.claims.json`, serializeClaimSet(file), 'application/json');
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };

  return (
    <section className="compare-adjudicate" aria-labelledby="compare-adjudicate-title">
      <h3 id="compare-adjudicate-title">{t('compare.adjudicate.title')}</h3>
      <p className="hint">{t('compare.adjudicate.explain')}</p>
      <p role="status" className="compare-adjudicate__status" data-pending={tally.pending}>
        {tally.pending > 0 ? t('compare.adjudicate.pending', { count: tally.pending }) : t('compare.adjudicate.kept', { count: tally.kept })}
      </p>
      {adjudicator === null && (
        <label className="compare-adjudicate__name">
          {t('compare.adjudicate.name')}
          <input value={name} maxLength={80} onChange={(event) => setName(event.target.value)} />
        </label>
      )}
      {adjudicator && <p className="meta">{t('compare.adjudicate.as', { name: adjudicator.name })}</p>}
      <button type="button" className="primary" disabled={!ready} onClick={() => void exportSet()}>
        {t('compare.adjudicate.export')}
      </button>
      {error && (
        <p className="error" role="alert">
          {t('compare.adjudicate.failed', { error })}
        </p>
      )}
    </section>
  );
}
