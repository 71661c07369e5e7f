import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** An inline decoration described as data: document positions and DOM attributes. */
export interface OverlaySpan {
  from: number;
  to: number;
  attrs: Record<string, string>;
  /** Decorate the block node spanning exactly from..to (a paragraph) instead of inline text. */
  node?: boolean;
}

/**
 * Overlays that are not claims: the snapped preview of the pending selection,
 * furigana readings, suggestion outlines, the flash of a claim jumped to.
 * Each layer is its own plugin (ProseMirror merges their decoration sets
 * without copying), and a layer's spans are replaced as a whole when it
 * changes: they are cheap to recompute, unlike claims, which are diffed.
 */
export const OVERLAY_LAYERS = ['pending', 'furigana', 'suggestions', 'flash', 'translation'] as const;
export type OverlayLayer = (typeof OVERLAY_LAYERS)[number];

const layerKeys = Object.fromEntries(
  OVERLAY_LAYERS.map((layer) => [layer, new PluginKey<DecorationSet>(`overlay-${layer}`)]),
) as Record<OverlayLayer, PluginKey<DecorationSet>>;

function buildSet(doc: ProseMirrorNode, spans: readonly OverlaySpan[]): DecorationSet {
  const size = doc.content.size;
  const decorations = spans
    .filter((span) => span.from < span.to && span.from >= 0 && span.to <= size)
    .map((span) => (span.node ? Decoration.node(span.from, span.to, span.attrs) : Decoration.inline(span.from, span.to, { nodeName: 'span', ...span.attrs })));
  return DecorationSet.create(doc, decorations);
}

/** A transaction that replaces one overlay layer's spans. */
export function overlayTransaction(state: EditorState, layer: OverlayLayer, spans: readonly OverlaySpan[]): Transaction {
  return withOverlay(state.tr, layer, spans);
}

/** Makes `tr` also replace one overlay layer's spans, so that change and overlay are drawn in one update. */
export function withOverlay(tr: Transaction, layer: OverlayLayer, spans: readonly OverlaySpan[]): Transaction {
  return tr.setMeta(layerKeys[layer], buildSet(tr.doc, spans)).setMeta('addToHistory', false);
}

/** The overlay layers as one tiptap extension. */
export const Overlays = Extension.create({
  name: 'overlays',
  addProseMirrorPlugins() {
    return OVERLAY_LAYERS.map(
      (layer) =>
        new Plugin<DecorationSet>({
          key: layerKeys[layer],
          state: {
            init: () => DecorationSet.empty,
            apply: (tr, set) => (tr.getMeta(layerKeys[layer]) as DecorationSet | undefined) ?? set.map(tr.mapping, tr.doc),
          },
          props: { decorations: (state) => layerKeys[layer].getState(state) },
        }),
    );
  },
});
