import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceFor, type AdjudicationChoice } from '../../domain/adjudication.ts';
import { countDiffKinds, diffClaims, type DiffRow } from '../../domain/agreement/claim-diff.ts';
import type { Article } from '../../domain/article.ts';
import type { Annotator, Claim } from '../../domain/claim.ts';
import { AdjudicationPanel } from './AdjudicationPanel.tsx';
import { DiffTable } from './DiffTable.tsx';
import { ExcerptPane } from './ExcerptPane.tsx';
import type { AnnotatorOnArticle } from './use-compare-data.ts';

/**
 * The differences between two of the chosen annotators (A and B; pickers
 * when more than two are chosen) and their adjudication.
 */
export function DiffSection({ article, chosen, names }: { article: Article; chosen: readonly AnnotatorOnArticle[]; names: ReadonlyMap<string, Annotator> }) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<[string, string] | null>(null);
  const ids = chosen.map((set) => set.annotator.id);
  // The picked pair while both are still chosen and distinct, else the first two.
  const [idA, idB] = picked && picked[0] !== picked[1] && ids.includes(picked[0]) && ids.includes(picked[1]) ? picked : [ids[0]!, ids[1]!];
  const setA = chosen.find((set) => set.annotator.id === idA)!;
  const setB = chosen.find((set) => set.annotator.id === idB)!;
  const picker = (side: 0 | 1) => (
    <label>
      {t(side === 0 ? 'compare.diff.pickA' : 'compare.diff.pickB')}
      <select value={side === 0 ? idA : idB} onChange={(event) => setPicked(side === 0 ? [event.target.value, idB] : [idA, event.target.value])}>
        {chosen.map(({ annotator }) => (
          <option key={annotator.id} value={annotator.id}>
            {annotator.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="compare-diff-section" aria-labelledby="compare-diff-title">
      <h2 id="compare-diff-title">{t('compare.diff.title')}</h2>
      {chosen.length > 2 && (
        <div className="compare-diff-section__pickers">
          {picker(0)}
          {picker(1)}
        </div>
      )}
      {/* Keyed by the pair: decisions belong to one pair's rows. */}
      <PairDiff key={`${idA}|${idB}`} article={article} a={setA} b={setB} names={names} />
    </section>
  );
}

function PairDiff({ article, a, b, names }: { article: Article; a: AnnotatorOnArticle; b: AnnotatorOnArticle; names: ReadonlyMap<string, Annotator> }) {
  const { t } = useTranslation();
  const rows = useMemo(() => diffClaims(a.claims, b.claims), [a.claims, b.claims]);
  const counts = useMemo(() => countDiffKinds(rows), [rows]);
  const [decisions, setDecisions] = useState<Map<string, AdjudicationChoice>>(() => new Map());
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [onlyDisagreements, setOnlyDisagreements] = useState(false);
  const visible = useMemo(() => (onlyDisagreements ? rows.filter((row) => row.kind !== 'match') : rows), [rows, onlyDisagreements]);
  const current = rows.find((row) => row.id === currentId) ?? null;
  const nameA = a.annotator.name;
  const nameB = b.annotator.name;
  const choose = (row: DiffRow<Claim>, choice: AdjudicationChoice) => setDecisions((previous) => new Map(previous).set(row.id, choice));
  const undecided = rows.filter((row) => !choiceFor(row, decisions)).length;

  return (
    <div className="compare-pair">
      <p className="compare-pair__summary" data-testid="diff-summary">
        {t('compare.diff.summary', { match: counts.match, label: counts.label, onlyA: counts['only-a'], onlyB: counts['only-b'], a: nameA, b: nameB })}
      </p>
      <label className="switch">
        <input type="checkbox" checked={onlyDisagreements} onChange={(event) => setOnlyDisagreements(event.target.checked)} />
        {t('compare.diff.disagreementsOnly')}
      </label>
      {undecided > 0 && <p className="hint">{t('compare.diff.undecidedHint', { count: undecided })}</p>}
      <div className="compare-pair__body">
        <DiffTable rows={visible} nameA={nameA} nameB={nameB} decisions={decisions} currentId={currentId} onShow={(row) => setCurrentId(row.id)} onChoose={choose} />
        <div className="compare-pair__side">
          <ExcerptPane article={article} row={current} nameA={nameA} nameB={nameB} />
          <AdjudicationPanel article={article} rows={rows} decisions={decisions} names={names} />
        </div>
      </div>
    </div>
  );
}
