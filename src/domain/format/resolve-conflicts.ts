import type { Article } from '../article.ts';
import { RECORD_KINDS, countReport, type ImportConflict, type ImportPlan, type ImportReport, type RecordKind, type RecordLists } from './import-plan.ts';

/** What to do with one conflict: keep the local record, take the incoming one, or keep both. */
export type ConflictChoice = 'mine' | 'theirs' | 'both';

/** The rows to write (put, by id) once conflicts are decided, and what that amounts to. */
export interface ImportRows extends RecordLists {
  article: Article[];
}

/**
 * Applies the user's choices to a plan and returns the rows to write.
 * `choices` is keyed by `conflict.key` (`kind:id`); a conflict with no
 * choice keeps the local record ('mine'), so nothing stored is lost by
 * default.
 *
 * - 'theirs' writes the incoming record over the local one (counted as updated);
 * - 'both', for claims, reviews and comments, adds the incoming record under
 *   its `copyId` (counted as added). The copy of a claim carries the claim
 *   only: incoming reviews and comments keep the claim id they name, the
 *   local one. For annotators, threads and provenance, which cannot exist
 *   twice, 'both' keeps the local record.
 */
export function resolveConflicts(plan: ImportPlan, choices: ReadonlyMap<string, ConflictChoice>): { rows: ImportRows; report: ImportReport } {
  const rows: ImportRows = {
    article: [...plan.articles.add],
    annotator: [...plan.add.annotator],
    claim: [...plan.add.claim],
    review: [...plan.add.review],
    comment: [...plan.add.comment],
    thread: [...plan.add.thread],
    provenance: [...plan.add.provenance],
  };
  const updated = zeroes();
  const copied = zeroes();
  for (const conflict of plan.conflicts) {
    const choice = choices.get(conflict.key) ?? 'mine';
    if (choice === 'theirs') {
      push(rows, conflict, conflict.theirs);
      updated[conflict.kind]++;
    } else if (choice === 'both' && conflict.copyId !== undefined) {
      push(rows, conflict, { ...conflict.theirs, id: conflict.copyId });
      copied[conflict.kind]++;
    }
  }
  const byKind = { ...plan.report.byKind };
  for (const kind of RECORD_KINDS) {
    byKind[kind] = { ...byKind[kind], added: byKind[kind].added + copied[kind], updated: updated[kind] };
  }
  return { rows, report: countReport(byKind, rows.claim.filter((c) => c.orphan).length) };
}

function zeroes(): Record<RecordKind, number> {
  return { annotator: 0, claim: 0, review: 0, comment: 0, thread: 0, provenance: 0 };
}

function push(rows: ImportRows, conflict: ImportConflict, record: ImportConflict['theirs']): void {
  (rows[conflict.kind] as ImportConflict['theirs'][]).push(record);
}
