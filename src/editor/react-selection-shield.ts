import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** The two properties React looks for before it measures a focused element's selection. */
const SHIELDED = ['selectionStart', 'selectionEnd'] as const;

/**
 * Keeps React from measuring the article's selection on every commit.
 *
 * Around each commit React saves the focused element's selection and, if
 * the commit moved focus, restores it. For an `<input>` it reads
 * `selectionStart`/`selectionEnd`; for a contenteditable without them it
 * walks every DOM node of the element up to the selection and adds up text
 * lengths. With the article focused (it always is while a reader selects
 * and tags), that walk covers the whole 200,000-character document with
 * its thousands of highlight elements, 10 ms on every render of any
 * component, before anything is painted.
 *
 * So the view's element answers `selectionStart`/`selectionEnd` itself
 * (always 0; writes are ignored), and React takes the cheap path. Nothing is
 * lost: ProseMirror owns this selection and puts it back from its own state
 * whenever the view regains focus, which is all React's restore would do.
 */
export const ReactSelectionShield = Extension.create({
  name: 'reactSelectionShield',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('reactSelectionShield'),
        view(view) {
          const dom = view.dom;
          for (const name of SHIELDED) Object.defineProperty(dom, name, { configurable: true, get: () => 0, set: () => {} });
          return {
            destroy() {
              for (const name of SHIELDED) delete (dom as unknown as Record<string, unknown>)[name];
            },
          };
        },
      }),
    ];
  },
});
