import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/**
 * Keeps the article text immutable while the view stays "editable", which is
 * what gives the reader a caret and native Shift+arrow selection (a
 * non-editable ProseMirror view has no caret at all). Every transaction that
 * would change the document is refused, and typing, pasting, dropping and
 * cutting are swallowed before ProseMirror tries to apply them.
 */
export const ReadOnlyDocument = Extension.create({
  name: 'readOnlyDocument',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('readOnlyDocument'),
        filterTransaction: (transaction) => !transaction.docChanged,
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            beforeinput: (_view, event) => {
              // Deleting, typing, IME commits, spell-check replacements: none may touch the text.
              event.preventDefault();
              return true;
            },
            cut: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
          attributes: { 'aria-readonly': 'true', inputmode: 'none', spellcheck: 'false', translate: 'no' },
        },
      }),
    ];
  },
});
