import type { Transaction } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useRef } from 'react';
import type { Claim } from '../../domain/claim.ts';
import { textOffsetToDocPos } from '../../domain/offsets.ts';
import { highlightTransaction, paintedRevisions, type ClaimHighlight } from '../../editor/claim-decorations.ts';

/** How a stored claim is painted; its `revision` changes whenever the look must. */
export function highlightOf(claim: Claim, paragraphStarts: readonly number[], selected: boolean): ClaimHighlight {
  return {
    id: claim.id,
    label: claim.label,
    from: textOffsetToDocPos(paragraphStarts, claim.anchor.start),
    to: textOffsetToDocPos(paragraphStarts, claim.anchor.end),
    revision: `${claim.version}|${claim.label}|${claim.anchor.start}|${claim.anchor.end}|${selected}`,
    selected,
  };
}

/** The highlights of `claims` (orphans have none), for an editor's first render. */
export function highlightsOf(claims: readonly Claim[], paragraphStarts: readonly number[], selectedId: string | null): ClaimHighlight[] {
  return claims.filter((claim) => !claim.orphan).map((claim) => highlightOf(claim, paragraphStarts, claim.id === selectedId));
}

/**
 * Keeps the editor's claim decorations in step with the stored claims. Only
 * claims whose look changed (new, deleted, relabelled, moved, selected) are
 * sent to the editor; the rest of the decoration set is kept as it is.
 */
export function useClaimHighlights(
  editor: Editor | null,
  claims: readonly Claim[] | undefined,
  paragraphStarts: readonly number[],
  selectedId: string | null,
): (claim: Claim, also?: (tr: Transaction) => Transaction) => () => void {
  const painted = useRef<{ editor: Editor | null; revisions: Map<string, string> }>({ editor: null, revisions: new Map() });
  useEffect(() => {
    if (!editor || editor.isDestroyed || !claims) return;
    // A new editor may have been made with highlights already (see ClaimDecorations' `initial`).
    if (painted.current.editor !== editor) painted.current = { editor, revisions: paintedRevisions(editor.state) };
    const previous = painted.current.revisions;
    const next = new Map<string, string>();
    const add: ClaimHighlight[] = [];
    const remove: string[] = [];
    for (const claim of claims) {
      if (claim.orphan) continue;
      const highlight = highlightOf(claim, paragraphStarts, claim.id === selectedId);
      next.set(claim.id, highlight.revision);
      if (previous.get(claim.id) === highlight.revision) continue;
      if (previous.has(claim.id)) remove.push(claim.id);
      add.push(highlight);
    }
    for (const [id, revision] of previous) {
      if (next.has(id)) continue;
      // A claim painted ahead of its write ("saving") is not in the stored
      // claims yet: it stays until they bring it, or its write fails.
      if (revision === 'saving') next.set(id, revision);
      else remove.push(id);
    }
    painted.current.revisions = next;
    if (add.length > 0 || remove.length > 0) editor.view.dispatch(highlightTransaction(editor.state, { add, remove }));
  }, [editor, claims, paragraphStarts, selectedId]);

  /**
   * Paints a claim at once, before its write commits, so a key press shows
   * its highlight in the same frame. It is drawn as "saving" (a distinct
   * revision), so the stored claim replaces it when it arrives; the
   * returned function takes it away again if the write fails. `also` may
   * add to the same transaction (e.g. drop an overlay the highlight replaces).
   */
  return useCallback(
    (claim: Claim, also: (tr: Transaction) => Transaction = (tr) => tr) => {
      if (!editor || editor.isDestroyed) return () => {};
      if (painted.current.editor !== editor) painted.current = { editor, revisions: paintedRevisions(editor.state) };
      const highlight: ClaimHighlight = {
        id: claim.id,
        label: claim.label,
        from: textOffsetToDocPos(paragraphStarts, claim.anchor.start),
        to: textOffsetToDocPos(paragraphStarts, claim.anchor.end),
        revision: 'saving',
        saving: true,
      };
      painted.current.revisions.set(claim.id, 'saving');
      editor.view.dispatch(also(highlightTransaction(editor.state, { add: [highlight], remove: [] })));
      return () => {
        if (editor.isDestroyed || painted.current.revisions.get(claim.id) !== 'saving') return;
        painted.current.revisions.delete(claim.id);
        editor.view.dispatch(highlightTransaction(editor.state, { add: [], remove: [claim.id] }));
      };
    },
    [editor, paragraphStarts],
  );
}
