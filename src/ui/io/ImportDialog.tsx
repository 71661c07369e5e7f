import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../components/ModalDialog.tsx';
import type { Claim } from '../../domain/claim.ts';
import type { ImportConflict } from '../../domain/format/import-plan.ts';
import type { ConflictChoice } from '../../domain/format/resolve-conflicts.ts';
import type { ImportState } from './use-import.ts';

const CHOICES: readonly ConflictChoice[] = ['mine', 'theirs', 'both'];
/** Conflicts listed one by one at most; beyond, only the "for all" choice applies to the rest. */
const LISTED_CONFLICTS = 100;

/** The import dialog: problems, or a preview with conflicts to decide, then the report. */
export function ImportDialog({ state, onCommit, onClose }: { state: ImportState; onCommit: (choices: Map<string, ConflictChoice>) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState(new Map<string, ConflictChoice>());
  const [forAll, setForAll] = useState<ConflictChoice>('mine');
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), [state.step]);
  if (state.step === 'idle') return null;

  const choose = (key: string, choice: ConflictChoice) => setChoices((map) => new Map(map).set(key, choice));
  const decided = (conflict: ImportConflict) => choices.get(conflict.key) ?? forAll;

  return (
    <ModalDialog className="dialog--wide" labelledBy="import-title" {...(state.step === 'writing' ? {} : { onEscape: onClose })}>
      <h2 id="import-title" tabIndex={-1} ref={title}>{t('io.importTitle', { file: state.fileName })}</h2>
      {(state.step === 'reading' || state.step === 'writing') && <p role="status">{t(state.step === 'reading' ? 'io.reading' : 'io.writing')}</p>}
      {state.step === 'invalid' && (
        <div role="alert" className="import-problems">
          <p>{t('io.invalid')}</p>
          <ul>
            {state.errors.map((problem, index) => (
              <li key={index}>
                {problem.path && <code>{problem.path}</code>} {problem.message}
              </li>
            ))}
          </ul>
          <p className="hint">{t('io.nothingWritten')}</p>
        </div>
      )}
      {state.step === 'review' && (
        <>
          <Summary plan={state.plan} />
          {state.warnings.length > 0 && (
            <details>
              <summary>{t('io.warnings', { count: state.warnings.length })}</summary>
              <ul>{state.warnings.map((w, i) => <li key={i}><code>{w.path}</code> {w.message}</li>)}</ul>
            </details>
          )}
          {state.plan.conflicts.length > 0 && (
            <section aria-labelledby="conflicts-title" className="conflicts">
              <h3 id="conflicts-title">{t('io.conflicts', { count: state.plan.conflicts.length })}</h3>
              <div role="group" aria-label={t('io.forAll')} className="conflicts__all">
                <span>{t('io.forAll')}</span>
                {CHOICES.map((choice) => (
                  <button key={choice} type="button" aria-pressed={forAll === choice && choices.size === 0} onClick={() => {
                    setForAll(choice);
                    setChoices(new Map());
                  }}>
                    {t(`io.choice.${choice}`)}
                  </button>
                ))}
              </div>
              <ol className="conflicts__list">
                {state.plan.conflicts.slice(0, LISTED_CONFLICTS).map((conflict) => (
                  <li key={conflict.key} className="conflict-row">
                    <ConflictSummary conflict={conflict} />
                    <div role="radiogroup" aria-label={t('io.choiceFor', { id: conflict.id })}>
                      {CHOICES.filter((choice) => choice !== 'both' || conflict.copyId).map((choice) => (
                        <label key={choice}>
                          <input type="radio" name={conflict.key} checked={decided(conflict) === choice} onChange={() => choose(conflict.key, choice)} />
                          {t(`io.choice.${choice}`)}
                        </label>
                      ))}
                    </div>
                  </li>
                ))}
              </ol>
              {state.plan.conflicts.length > LISTED_CONFLICTS && <p className="hint">{t('io.moreConflicts', { count: state.plan.conflicts.length - LISTED_CONFLICTS })}</p>}
            </section>
          )}
          <div className="dialog__actions">
            <button type="button" onClick={onClose}>{t('common.cancel')}</button>
            <button type="button" className="primary" onClick={() => {
              const all = new Map(state.plan.conflicts.map((conflict) => [conflict.key, decided(conflict)]));
              onCommit(all);
            }}>
              {t('io.import')}
            </button>
          </div>
        </>
      )}
      {state.step === 'done' && (
        <div role="status" className="import-report" data-testid="import-report">
          <p>{t('io.done')}</p>
          <dl>
            {(['added', 'updated', 'skipped', 'conflicts', 'orphans'] as const).map((field) => (
              <div key={field} data-field={field}>
                <dt>{t(`io.report.${field}`)}</dt>
                <dd>{state.report[field]}</dd>
              </div>
            ))}
          </dl>
          {state.report.orphans > 0 && <p className="hint">{t('io.orphansHint')}</p>}
        </div>
      )}
      {state.step === 'failed' && (
        <div role="alert">
          <p>{state.reason === 'quota' ? t('io.quota') : t('io.failed')}</p>
          <p className="hint">{state.detail}</p>
          <p>{t('io.nothingWritten')}</p>
        </div>
      )}
      {state.step !== 'review' && state.step !== 'reading' && state.step !== 'writing' && (
        <div className="dialog__actions">
          <button type="button" className="primary" onClick={onClose}>{t('io.close')}</button>
        </div>
      )}
    </ModalDialog>
  );
}

function Summary({ plan }: { plan: Extract<ImportState, { step: 'review' }>['plan'] }) {
  const { t } = useTranslation();
  const claims = plan.report.byKind.claim;
  return (
    <ul className="import-summary" data-testid="import-summary">
      <li>{t('io.summary.articles', { count: plan.articles.add.length })}</li>
      <li>{t('io.summary.claims', { count: claims.added })}</li>
      <li>{t('io.summary.reviews', { count: plan.report.byKind.review.added + plan.report.byKind.comment.added })}</li>
      <li>{t('io.summary.skipped', { count: plan.report.skipped })}</li>
      {plan.report.orphans > 0 && <li>{t('io.summary.orphans', { count: plan.report.orphans })}</li>}
      {plan.articles.reanchored.length > 0 && <li>{t('io.summary.reanchored')}</li>}
    </ul>
  );
}

function ConflictSummary({ conflict }: { conflict: ImportConflict }) {
  const { t } = useTranslation();
  if (conflict.kind !== 'claim') return <p><code>{conflict.kind}</code> {conflict.id}</p>;
  const mine = conflict.mine as Claim;
  const theirs = conflict.theirs as Claim;
  return (
    <div className="conflict-summary">
      <q lang="ja">{mine.anchor.exact}</q>
      <p>
        {t('io.mine')}: <strong>{t(`label.${mine.label}`)}</strong>
        {mine.note && ` — ${mine.note}`}
      </p>
      <p>
        {t('io.theirs')}: <strong>{t(`label.${theirs.label}`)}</strong>
        {theirs.note && ` — ${theirs.note}`}
      </p>
    </div>
  );
}
