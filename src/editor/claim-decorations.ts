import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { ClaimLabel } from '../domain/label.ts';

/** What the editor needs to paint one claim. Offsets are document positions. */
export interface ClaimHighlight {
  id: string;
  label: ClaimLabel;
  from: number;
  to: number;
  /** Changes whenever the painted look must change (label, selection, version). */
  revision: string;
  /** The claim open in the editor panel gets a stronger outline. */
  selected?: boolean;
  /** Painted before its write committed: drawn as not yet saved. */
  saving?: boolean;
}

/** A change to the painted highlights: which to drop and which to add. */
export interface HighlightChange {
  remove: readonly string[];
  add: readonly ClaimHighlight[];
}

export const claimDecorationsKey = new PluginKey<DecorationSet>('claimDecorations');

interface HighlightSpec {
  claimId: string;
  /** The highlight's `revision`: what is painted, for the caller to compare with what should be. */
  revision: string;
}

function decorationFor(highlight: ClaimHighlight, doc: ProseMirrorNode): Decoration | null {
  const from = Math.max(0, Math.min(highlight.from, doc.content.size));
  const to = Math.max(from, Math.min(highlight.to, doc.content.size));
  if (from === to) return null;
  return Decoration.inline(
    from,
    to,
    // nodeName gives every claim its own element, so nested and overlapping
    // claims stay separate, each with its own colour, underline and click target.
    { nodeName: 'span', class: `claim claim--${highlight.label}${highlight.selected ? ' claim--selected' : ''}${highlight.saving ? ' claim--saving' : ''}`, 'data-claim-id': highlight.id, 'data-label': highlight.label },
    { claimId: highlight.id, revision: highlight.revision } satisfies HighlightSpec,
  );
}

/**
 * Applies a highlight change to a decoration set: removes the decorations of
 * the listed claims and adds the new ones. Untouched claims keep their
 * decorations; nothing is rebuilt from scratch.
 */
export function applyHighlightChange(set: DecorationSet, doc: ProseMirrorNode, change: HighlightChange): DecorationSet {
  let next = set;
  if (change.remove.length > 0) {
    const removed = new Set(change.remove);
    next = next.remove(next.find(undefined, undefined, (spec: HighlightSpec) => removed.has(spec.claimId)));
  }
  const added = change.add.map((highlight) => decorationFor(highlight, doc)).filter((d): d is Decoration => d !== null);
  return added.length > 0 ? next.add(doc, added) : next;
}

/** What `state` paints: each highlighted claim's revision, by claim id. */
export function paintedRevisions(state: EditorState): Map<string, string> {
  const set = claimDecorationsKey.getState(state) ?? DecorationSet.empty;
  return new Map(set.find().map((decoration) => [(decoration.spec as HighlightSpec).claimId, (decoration.spec as HighlightSpec).revision]));
}

/** Sends a highlight change to the view as a document-preserving transaction. */
export function highlightTransaction(state: EditorState, change: HighlightChange): Transaction {
  return state.tr.setMeta(claimDecorationsKey, change).setMeta('addToHistory', false);
}

export interface ClaimDecorationsOptions {
  /** The highlights the view starts with, so its first render draws them with the text (read once, when the editor is made). */
  initial: () => readonly ClaimHighlight[];
}

/**
 * Paints claims as inline decorations held in plugin state: mapped through
 * every transaction, changed only by the claims that changed (see
 * `applyHighlightChange`). The article text itself is never touched.
 */
export const ClaimDecorations = Extension.create<ClaimDecorationsOptions>({
  name: 'claimDecorations',
  addOptions() {
    return { initial: () => [] };
  },
  addProseMirrorPlugins() {
    const { initial } = this.options;
    return [
      new Plugin<DecorationSet>({
        key: claimDecorationsKey,
        state: {
          init: (_config, state) => applyHighlightChange(DecorationSet.empty, state.doc, { add: initial(), remove: [] }),
          apply(tr, set) {
            const mapped = set.map(tr.mapping, tr.doc);
            const change = tr.getMeta(claimDecorationsKey) as HighlightChange | undefined;
            return change ? applyHighlightChange(mapped, tr.doc, change) : mapped;
          },
        },
        props: {
          decorations: (state) => claimDecorationsKey.getState(state),
        },
      }),
    ];
  },
});
