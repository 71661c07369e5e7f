import { useCallback, useMemo, useState } from 'react';
import { createAnchor } from '../../domain/anchoring/describe-quote.ts';
import { resolveAnchor } from '../../domain/anchoring/anchor.ts';
import type { FormatProblem } from '../../domain/format/claim-set.ts';
import { MAX_IMPORT_CHARS } from '../../domain/format/json-text.ts';
import type { ImportPlan, ImportReport } from '../../domain/format/import-plan.ts';
import type { ConflictChoice } from '../../domain/format/resolve-conflicts.ts';
import { ImportParser } from '../../io/import-client.ts';
import { readClaimStore } from '../../storage/claim-store.ts';
import { ImportWriteError, writeImport } from '../../storage/import-writer.ts';
import { useServices } from '../services.ts';
import { useDatabase } from '../hooks/use-storage.ts';

/** Where an import stands; the dialog renders one step at a time. */
export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'invalid'; fileName: string; errors: FormatProblem[] }
  | { step: 'review'; fileName: string; plan: ImportPlan; warnings: FormatProblem[] }
  | { step: 'writing'; fileName: string }
  | { step: 'done'; fileName: string; report: ImportReport }
  | { step: 'failed'; fileName: string; reason: 'quota' | 'failed'; detail: string };

/** Bytes a UTF-8 file may have at most (the parser's character limit, in the worst case 1 byte each). */
const MAX_IMPORT_BYTES = MAX_IMPORT_CHARS;

/**
 * The import flow: read the file, parse and validate it in a worker, plan
 * against what is stored (nothing written yet), let the user decide the
 * conflicts, then write everything in one transaction, or nothing.
 */
export function useImport() {
  const db = useDatabase();
  const { clock } = useServices();
  const parser = useMemo(() => new ImportParser(), []);
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const start = useCallback(
    async (file: File) => {
      if (!db) return;
      const fileName = file.name;
      if (file.size > MAX_IMPORT_BYTES) {
        setState({ step: 'invalid', fileName, errors: [{ path: '', message: `The file is ${Math.round(file.size / 1e6)} MB; files up to ${MAX_IMPORT_BYTES / 1e6} MB can be imported.` }] });
        return;
      }
      setState({ step: 'reading', fileName });
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
      } catch {
        setState({ step: 'invalid', fileName, errors: [{ path: '', message: 'The file is not UTF-8 text.' }] });
        return;
      }
      const parsed = await parser.parse(text);
      if (!parsed.ok) {
        setState({ step: 'invalid', fileName, errors: parsed.errors });
        return;
      }
      const [{ planImport }, local] = await Promise.all([import('../../domain/format/import-plan.ts'), readClaimStore(db)]);
      const plan = planImport(parsed.value, local, { reanchor: resolveAnchor, describeAnchor: createAnchor, clock });
      setState({ step: 'review', fileName, plan, warnings: parsed.warnings });
    },
    [db, parser, clock],
  );

  const commit = useCallback(
    async (choices: ReadonlyMap<string, ConflictChoice>) => {
      if (!db || state.step !== 'review') return;
      const { fileName, plan } = state;
      setState({ step: 'writing', fileName });
      const { resolveConflicts } = await import('../../domain/format/resolve-conflicts.ts');
      const { rows, report } = resolveConflicts(plan, choices);
      try {
        await writeImport(db, rows, clock.now());
        setState({ step: 'done', fileName, report });
      } catch (error) {
        const failure = error instanceof ImportWriteError ? error : new ImportWriteError('failed', String(error));
        setState({ step: 'failed', fileName, reason: failure.reason, detail: failure.detail });
      }
    },
    [db, state, clock],
  );

  const close = useCallback(() => setState({ step: 'idle' }), []);
  return { state, start, commit, close, available: db !== null };
}
