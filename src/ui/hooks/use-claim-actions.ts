import { useCallback, useMemo, useState } from 'react';
import type { Article } from '../../domain/article.ts';
import type { Annotator, Claim } from '../../domain/claim.ts';
import { editClaim, newClaim, type ClaimEdit, type ClaimProblem } from '../../domain/claim-factory.ts';
import type { ClaimLabel } from '../../domain/label.ts';
import { emptyHistory, recordChange, redo, undo, type ClaimChange, type UndoHistory } from '../../domain/undo-history.ts';
import { ClaimsRepository } from '../../storage/claims-repository.ts';
import { useDatabase, useSetIdentity } from './use-storage.ts';
import { useServices } from '../services.ts';
import { createSaveStatusStore } from '../save-status-store.ts';
import { afterSave } from './use-storage-report.ts';
import { afterPaintWhenIdle } from '../after-paint.ts';


/**
 * Creating, editing, deleting claims, with undo and redo. Every operation is
 * one transaction; `saveState` turns to 'saved' only after it committed.
 */
export function useClaimActions(article: Article | null | undefined) {
  const db = useDatabase();
  const { clock } = useServices();
  const repository = useMemo(() => (db ? new ClaimsRepository(db) : null), [db]);
  const [history, setHistory] = useState<UndoHistory>(emptyHistory);
  const [saveStatus] = useState(createSaveStatusStore);
  const [lastDeleted, setLastDeleted] = useState<Claim | null>(null);

  const run = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      saveStatus.set({ state: 'saving' });
      try {
        await work();
        saveStatus.set({ state: 'saved', at: clock.now() });
        void afterSave();
        return true;
      } catch (error) {
        saveStatus.set({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
        return false;
      }
    },
    [clock, saveStatus],
  );

  const applyChange = useCallback(
    async (change: ClaimChange) => {
      if (!repository) throw new Error('Storage is unavailable');
      switch (change.kind) {
        case 'create':
          return repository.put(change.claim);
        case 'delete':
          return void (await repository.delete(change.claim.id));
        case 'edit':
          return repository.put(change.after);
        case 'create-many':
          return repository.createMany(change.claims);
        case 'delete-many':
          return repository.deleteMany(change.claims.map((claim) => claim.id));
      }
    },
    [repository],
  );

  const create = useCallback(
    async (
      range: { start: number; end: number },
      label: ClaimLabel,
      author: Annotator,
      extra?: Partial<Pick<Claim, 'gloss' | 'note' | 'suggestedBy'>>,
      /** Called with the new claim before it is written (to paint it at once); returns how to take it back. */
      beforeWrite?: (claim: Claim) => () => void,
    ) => {
      if (!article || !repository) return null;
      const claim = newClaim({ article, start: range.start, end: range.end, label, authorId: author.id, ...extra }, clock);
      const unpaint = beforeWrite?.(claim);
      if (unpaint) {
        // The highlight goes on screen before the write starts: the write's
        // own main-thread work (Dexie's transaction) would otherwise hold back
        // the frame that shows it. The status says 'saving' from now on, so a
        // 'saved' left from the previous write never stands for this claim,
        // which counts as saved only once its own write committed.
        saveStatus.set({ state: 'saving' });
        await afterPaintWhenIdle();
      }
      const ok = await run(() => repository.create(claim));
      if (!ok) {
        unpaint?.();
        return null;
      }
      setHistory((h) => recordChange(h, { kind: 'create', claim }));
      return claim;
    },
    [article, repository, clock, run, saveStatus],
  );

  /** Makes several claims in one transaction and one undo step. */
  const createMany = useCallback(
    async (items: readonly { range: { start: number; end: number }; label: ClaimLabel; extra?: Partial<Pick<Claim, 'gloss' | 'note' | 'suggestedBy'>> }[], author: Annotator) => {
      if (!article || !repository || items.length === 0) return [];
      const claims = items.map((item) => newClaim({ article, start: item.range.start, end: item.range.end, label: item.label, authorId: author.id, ...item.extra }, clock));
      const ok = await run(() => repository.createMany(claims));
      if (!ok) return [];
      setHistory((h) => recordChange(h, { kind: 'create-many', claims }));
      return claims;
    },
    [article, repository, clock, run],
  );

  const edit = useCallback(
    async (claim: Claim, changes: ClaimEdit): Promise<{ ok: true; claim: Claim } | { ok: false; problems: ClaimProblem[]; conflict?: Claim | undefined }> => {
      if (!repository) return { ok: false, problems: [] };
      const result = editClaim(claim, changes, clock);
      if (!result.ok) return result;
      let conflict: Claim | undefined;
      let conflicted = false;
      const ok = await run(async () => {
        try {
          await repository.update(result.claim);
        } catch (error) {
          if (error instanceof Error && error.name === 'ClaimConflictError') {
            conflicted = true;
            conflict = (error as Error & { theirs?: Claim }).theirs;
          }
          throw error;
        }
      });
      if (!ok) return { ok: false, problems: [], ...(conflicted ? { conflict } : {}) };
      setHistory((h) => recordChange(h, { kind: 'edit', before: claim, after: result.claim }));
      return result;
    },
    [repository, clock, run],
  );

  /** Overwrites whatever is stored with `claim` (the user chose "keep mine" after a conflict). */
  const overwrite = useCallback(
    async (mine: Claim, theirs: Claim | undefined) => {
      if (!repository) return false;
      const next = { ...mine, version: (theirs?.version ?? mine.version) + 1, updatedAt: clock.now() };
      const ok = await run(() => repository.overwrite(next, next.updatedAt));
      if (ok && theirs) setHistory((h) => recordChange(h, { kind: 'edit', before: theirs, after: next }));
      return ok;
    },
    [repository, clock, run],
  );

  const remove = useCallback(
    async (claim: Claim) => {
      if (!repository) return;
      const ok = await run(async () => {
        await repository.delete(claim.id);
      });
      if (!ok) return;
      setHistory((h) => recordChange(h, { kind: 'delete', claim }));
      setLastDeleted(claim);
    },
    [repository, run],
  );

  const step = useCallback(
    async (direction: 'undo' | 'redo') => {
      const next = direction === 'undo' ? undo(history) : redo(history);
      if (!next) return;
      // An undone edit is written as a new version, so a tab holding the old one sees a conflict.
      const change: ClaimChange =
        next.apply.kind === 'edit' ? { ...next.apply, after: { ...next.apply.after, version: next.apply.before.version + 1, updatedAt: clock.now() } } : next.apply;
      const ok = await run(() => applyChange(change));
      if (!ok) return;
      setHistory(next.history);
      if (change.kind === 'create') setLastDeleted(null);
    },
    [history, clock, run, applyChange],
  );

  const setIdentity = useSetIdentity();

  return {
    create,
    createMany,
    edit,
    overwrite,
    remove,
    undo: () => step('undo'),
    redo: () => step('redo'),
    canUndo: history.done.length > 0,
    canRedo: history.undone.length > 0,
    lastDeleted,
    dismissLastDeleted: () => setLastDeleted(null),
    saveStatus,
    setIdentity,
    readOnly: !repository,
  };
}
