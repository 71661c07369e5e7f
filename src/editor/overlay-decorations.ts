import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';

/** An inline decoration described as data: document positions and DOM attributes. */
export interface OverlaySpan {
  from: number;
  to: number;
  attrs: Record<string, string>;
  /** Decorate the block node spanning exactly from..to (a paragraph) instead of inline text. */
  node?: boolean;
  /**
   * Draw an empty span with `attrs` at `to` (`from` equal to it) instead:
   * a widget, for a label drawn by CSS. Unlike an inline decoration, it is
   * never cut in pieces by other decorations, each of which would draw the
   * label again.
   */
  widget?: boolean;
}

/**
 * Overlays that are not claims: the snapped preview of the pending selection,
 * furigana readings, suggestion outlines, the flash of a claim jumped to.
 * Each layer is its own plugin (ProseMirror merges their decoration sets
 * without copying). A layer's spans are given as a whole when it changes,
 * and the layer keeps the decorations of the spans that stay (see
 * replaceSpans).
 */
export const OVERLAY_LAYERS = ['pending', 'furigana', 'suggestions', 'flash', 'translation'] as const;
export type OverlayLayer = (typeof OVERLAY_LAYERS)[number];

const layerKeys = Object.fromEntries(
  OVERLAY_LAYERS.map((layer) => [layer, new PluginKey<DecorationSet>(`overlay-${layer}`)]),
) as Record<OverlayLayer, PluginKey<DecorationSet>>;

interface OverlaySpec {
  /** What the decoration draws, apart from where: its kind and attributes. */
  look: string;
}

function lookOf(span: OverlaySpan): string {
  return `${span.node ? 'node' : span.widget ? 'widget' : 'inline'}${JSON.stringify(span.attrs)}`;
}

function widgetFor(span: OverlaySpan, spec: OverlaySpec): Decoration {
  const draw = (view: EditorView) => {
    const element = view.dom.ownerDocument.createElement('span');
    for (const [name, value] of Object.entries(span.attrs)) element.setAttribute(name, value);
    element.setAttribute('contenteditable', 'false');
    return element;
  };
  // side -1: drawn with the text before `to`, so that it stays beside the end it labels.
  return Decoration.widget(span.to, draw, { ...spec, key: spec.look, side: -1, ignoreSelection: true });
}

function decorationFor(span: OverlaySpan, look: string): Decoration {
  const spec: OverlaySpec = { look };
  if (span.widget) return widgetFor(span, spec);
  return span.node
    ? Decoration.node(span.from, span.to, span.attrs, spec)
    : Decoration.inline(span.from, span.to, { nodeName: 'span', ...span.attrs }, spec);
}

/** Whether `span` can be drawn in a document of `size`: an inline or node span must cover something, a widget need not. */
function fits(span: OverlaySpan, size: number): boolean {
  return span.from >= 0 && span.to <= size && (span.widget ? span.from === span.to : span.from < span.to);
}

/**
 * `set` changed to draw exactly `spans`: the decorations of spans already
 * drawn are kept (the same objects, in the same parts of the set), the
 * others removed, the new ones added.
 *
 * Why not build a new set: ProseMirror tells whether a paragraph must be
 * redrawn by comparing its decorations with those it was drawn with, and it
 * keeps the ones it was drawn with when they compare equal. A rebuilt set of
 * equal decorations therefore made every later update of the view compare
 * every paragraph's decorations one by one, again and again (with the
 * suggestions of a long article, 2 ms of each frame that tags a claim).
 * Kept objects compare by identity.
 */
export function replaceSpans(set: DecorationSet, doc: ProseMirrorNode, spans: readonly OverlaySpan[]): DecorationSet {
  const size = doc.content.size;
  const wanted = new Map<string, OverlaySpan>();
  for (const span of spans) {
    if (fits(span, size)) wanted.set(`${span.from}:${span.to}:${lookOf(span)}`, span);
  }
  const stale = set.find().filter((decoration) => !wanted.delete(`${decoration.from}:${decoration.to}:${(decoration.spec as OverlaySpec).look}`));
  const kept = stale.length > 0 ? set.remove(stale) : set;
  if (wanted.size === 0) return kept;
  return kept.add(doc, [...wanted.values()].map((span) => decorationFor(span, lookOf(span))));
}

/** The decorations layer `layer` holds in `state`. */
export function overlaySet(state: EditorState, layer: OverlayLayer): DecorationSet {
  return layerKeys[layer].getState(state) ?? DecorationSet.empty;
}

/** A transaction that replaces one overlay layer's spans. */
export function overlayTransaction(state: EditorState, layer: OverlayLayer, spans: readonly OverlaySpan[]): Transaction {
  return withOverlay(state.tr, layer, spans);
}

/** Makes `tr` also replace one overlay layer's spans, so that change and overlay are drawn in one update. */
export function withOverlay(tr: Transaction, layer: OverlayLayer, spans: readonly OverlaySpan[]): Transaction {
  return tr.setMeta(layerKeys[layer], spans).setMeta('addToHistory', false);
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
            apply(tr, set) {
              const mapped = set.map(tr.mapping, tr.doc);
              const spans = tr.getMeta(layerKeys[layer]) as readonly OverlaySpan[] | undefined;
              return spans ? replaceSpans(mapped, tr.doc, spans) : mapped;
            },
          },
          props: { decorations: (state) => layerKeys[layer].getState(state) },
        }),
    );
  },
});
