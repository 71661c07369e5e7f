import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentLang } from '../content-lang.ts';
import type { Claim } from '../../domain/claim.ts';
import type { ClaimEdit, ClaimProblem } from '../../domain/claim-factory.ts';
import type { Evidence } from '../../domain/evidence.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../domain/label.ts';
import { parseSafeUrl } from '../../domain/safe-url.ts';
import { EvidenceFields } from './EvidenceFields.tsx';

type EditResult = { ok: true; claim: Claim } | { ok: false; problems: ClaimProblem[]; conflict?: Claim | undefined };

/**
 * Edits one claim: label, English gloss, note and evidence links. Saving is
 * refused (with the reason) while any link is not http(s); a claim changed in
 * another tab meanwhile is reported, and the user picks which version stays.
 */
export function ClaimEditor({ claim, authorName, newId, today, onSave, onOverwrite, onDelete, onClose, alignedTranslation, children }: {
  claim: Claim;
  authorName: string;
  newId: () => string;
  today: string;
  onSave: (claim: Claim, edit: ClaimEdit) => Promise<EditResult>;
  onOverwrite: (mine: Claim, theirs: Claim | undefined) => Promise<boolean>;
  onDelete: (claim: Claim) => void;
  onClose: () => void;
  /** The sentence of the article's translation aligned with the claim, offered as the gloss. */
  alignedTranslation?: string | null;
  /** The claim's review discussion, shown below the form. */
  children?: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const contentLang = useContentLang();
  const [label, setLabel] = useState<ClaimLabel>(claim.label);
  const [gloss, setGloss] = useState(claim.gloss);
  const [note, setNote] = useState(claim.note);
  const [evidence, setEvidence] = useState<Evidence[]>(claim.evidence);
  const [problems, setProblems] = useState<ClaimProblem[]>([]);
  const [conflict, setConflict] = useState<{ mine: Claim; theirs: Claim | undefined } | null>(null);
  const [saved, setSaved] = useState(false);
  const first = useRef<HTMLFieldSetElement>(null);
  const base = useRef(claim);

  // A new claim opened, or the stored claim changed under us with no local edits: show the stored one.
  useEffect(() => {
    base.current = claim;
    setLabel(claim.label);
    setGloss(claim.gloss);
    setNote(claim.note);
    setEvidence(claim.evidence);
    setProblems([]);
    setConflict(null);
  }, [claim.id]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    first.current?.querySelector<HTMLInputElement>('input:checked')?.focus();
  }, [claim.id]);

  const evidenceProblems = (index: number) =>
    problems.filter((p) => p.field === 'evidence' && p.index === index).map((p) => t(`problems.${p.code}`));

  const save = async () => {
    const edit: ClaimEdit = { label, gloss, note, evidence };
    setSaved(false);
    const result = await onSave(base.current, edit);
    if (result.ok) {
      base.current = result.claim;
      setProblems([]);
      setSaved(true);
      setEvidence(result.claim.evidence);
    } else if ('conflict' in result) {
      setConflict({ mine: { ...base.current, ...edit }, theirs: result.conflict });
    } else {
      setProblems(result.problems);
    }
  };

  return (
    <section className="claim-editor" aria-labelledby="claim-editor-title" onKeyDown={(event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      }
    }}>
      <header className="claim-editor__header">
        <h2 id="claim-editor-title">{t('editor.title')}</h2>
        <button type="button" className="icon-button" aria-label={t('editor.close')} onClick={onClose}>
          ×
        </button>
      </header>
      <blockquote className="claim-editor__quote" lang={contentLang}>{claim.anchor.exact}</blockquote>
      <p className="meta">
        {t('editor.byline', { name: authorName, date: new Date(claim.updatedAt).toLocaleString(i18n.language) })}
      </p>
      <form onSubmit={(event) => { event.preventDefault(); void save(); }}>
        <fieldset ref={first} className="label-picker">
          <legend>{t('editor.label')}</legend>
          {CLAIM_LABELS.map((option) => (
            <label key={option} className={`chip chip--${option}`}>
              <input type="radio" name="label" value={option} checked={label === option} onChange={() => setLabel(option)} />
              <span className="label-icon" aria-hidden="true" />
              {t(`label.${option}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('editor.gloss')}
          <textarea lang="en" rows={2} value={gloss} onChange={(e) => setGloss(e.target.value)} />
        </label>
        {alignedTranslation && (
          <button type="button" className="link-button" onClick={() => setGloss(alignedTranslation)}>
            {t('translation.prefill')}
          </button>
        )}
        <label>
          {t('editor.note')}
          <textarea rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <h3>{t('editor.evidence')}</h3>
        {evidence.map((item, index) => (
          <EvidenceFields
            key={item.id}
            evidence={item}
            index={index}
            problems={evidenceProblems(index)}
            onChange={(next) => setEvidence((list) => list.map((e, i) => (i === index ? next : e)))}
            onRemove={() => setEvidence((list) => list.filter((_, i) => i !== index))}
          />
        ))}
        <button type="button" onClick={() => setEvidence((list) => [...list, { id: newId(), url: '', title: '', quote: '', stance: 'supports', accessed: today }])}>
          {t('evidence.add')}
        </button>
        {evidence.length > 0 && (
          <ul className="evidence-links">
            {evidence.map((item) => {
              const url = parseSafeUrl(item.url);
              return url.ok ? (
                <li key={item.id}>
                  <a href={url.url} target="_blank" rel="noopener noreferrer">
                    {item.title || url.url}
                  </a>
                </li>
              ) : null;
            })}
          </ul>
        )}
        {conflict && (
          <div className="conflict" role="alert">
            <p>{conflict.theirs ? t('editor.conflict') : t('editor.conflictDeleted')}</p>
            <button type="button" onClick={async () => {
              if (await onOverwrite(conflict.mine, conflict.theirs)) {
                setConflict(null);
                setSaved(true);
              }
            }}>
              {t('editor.keepMine')}
            </button>
            {conflict.theirs && (
              <button type="button" onClick={() => {
                const theirs = conflict.theirs!;
                base.current = theirs;
                setLabel(theirs.label);
                setGloss(theirs.gloss);
                setNote(theirs.note);
                setEvidence(theirs.evidence);
                setConflict(null);
              }}>
                {t('editor.takeTheirs')}
              </button>
            )}
          </div>
        )}
        <div className="claim-editor__actions">
          <button type="submit" className="primary">
            {t('editor.save')}
          </button>
          {saved && <span className="saved" role="status">{t('editor.saved')}</span>}
          <button type="button" className="danger" onClick={() => onDelete(claim)}>
            {t('editor.delete')}
          </button>
        </div>
      </form>
      {children}
    </section>
  );
}
