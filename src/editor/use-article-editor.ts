import { useEditor, type Editor } from '@tiptap/react';
import type { EditorView } from '@tiptap/pm/view';
import { useRef } from 'react';
import { articleDocument } from './article-document.ts';
import { ClaimDecorations, type ClaimHighlight } from './claim-decorations.ts';
import { Overlays } from './overlay-decorations.ts';
import { ReadOnlyDocument } from './read-only-document.ts';
import { ReactSelectionShield } from './react-selection-shield.ts';
import { KeepDomSelection } from './keep-dom-selection.ts';
import { ARTICLE_NODES } from './article-schema.ts';

/** Events of the article view that the page handles; kept in a ref so the editor is made once per text. */
export interface ArticleEditorHandlers {
  onKeyDown?: (event: KeyboardEvent, view: EditorView) => boolean;
  onClick?: (pos: number, event: MouseEvent) => boolean;
}

/**
 * A read-only tiptap editor showing `text` as paragraphs (ARTICLE_NODES:
 * document, paragraph and text only), with claim highlights and overlays
 * that keep the reader's selection (KeepDomSelection) and a view React
 * does not walk on every commit (ReactSelectionShield); tiptap's injected
 * stylesheet is off because the Content Security Policy forbids inline styles
 * (the rules live in styles.css).
 *
 * Null while `text` is undefined (the page holds the view back until it
 * knows the claims); `initialHighlights` is read when the editor is made for
 * a text, so the first render draws the text and its highlights in one pass.
 */
/** The text each editor was made for: tiptap makes a new editor one render after its text changed. */
const madeFor = new WeakMap<Editor, string | undefined>();

export function useArticleEditor(
  text: string | undefined,
  label: string,
  handlers: ArticleEditorHandlers,
  initialHighlights: () => readonly ClaimHighlight[] = () => [],
): Editor | null {
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;
  const initialRef = useRef(initialHighlights);
  initialRef.current = initialHighlights;
  const editor = useEditor(
    {
      extensions: [
        ...ARTICLE_NODES,
        ReadOnlyDocument,
        ReactSelectionShield,
        KeepDomSelection,
        ClaimDecorations.configure({ initial: () => (text === undefined ? [] : initialRef.current()) }),
        Overlays,
      ],
      content: text === undefined ? '' : articleDocument(text),
      injectCSS: false,
      onBeforeCreate: ({ editor }) => {
        madeFor.set(editor, text);
      },
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'article-text', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox' },
        handleKeyDown: (view, event) => handlersRef.current.onKeyDown?.(event, view) ?? false,
        handleClick: (_view, pos, event) => handlersRef.current.onClick?.(pos, event) ?? false,
      },
    },
    [text],
  );
  return text !== undefined && editor && madeFor.get(editor) === text ? editor : null;
}
