import { EditorContent } from '@tiptap/react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paragraphsOf, type Article } from '../domain/article.ts';
import type { Annotator, Claim } from '../domain/claim.ts';
import type { ClaimLabel } from '../domain/label.ts';
import { docPosToTextOffset, textOffsetToDocPos } from '../domain/offsets.ts';
import { snapSelection } from '../domain/snap.ts';
import { tokenAt, tokenIndexAt } from '../domain/token.ts';
import { furiganaFor } from '../domain/word-info.ts';
import { overlayTransaction, type OverlaySpan } from '../editor/overlay-decorations.ts';
import { useArticleEditor } from '../editor/use-article-editor.ts';
import { ArticleHeader } from './components/ArticleHeader.tsx';
import { ArticleTextPlaceholder } from './components/ArticleTextPlaceholder.tsx';
import { ClaimEditor } from './components/ClaimEditor.tsx';
import { ClaimMap } from './components/ClaimMap.tsx';
import { ClaimPanel } from './components/ClaimPanel.tsx';
import { NameDialog } from './components/NameDialog.tsx';
import { SelectionToolbar } from './components/SelectionToolbar.tsx';
import { TokenInfo } from './components/TokenInfo.tsx';
import { TokenizerStatus } from './components/TokenizerStatus.tsx';
import { UndoToast } from './components/UndoToast.tsx';
import { ReviewPanel } from './components/ReviewPanel.tsx';
import { ClaimThread } from './components/ClaimThread.tsx';
import { useReviews } from './hooks/use-reviews.ts';
import { useReviewActions } from './hooks/use-review-actions.ts';
import { useClaimActions } from './hooks/use-claim-actions.ts';
import { highlightsOf, useClaimHighlights } from './hooks/use-claim-highlights.ts';
import { useClaimKeys } from './hooks/use-claim-keys.ts';
import { useHoveredOffset } from './hooks/use-hovered-offset.ts';
import { useAnnotators, useIdentity } from './hooks/use-storage.ts';
import { useTextSelection } from './hooks/use-text-selection.ts';
import { useSelectionPreview } from './hooks/use-selection-preview.ts';
import { useTokens } from './hooks/use-tokenizer.ts';
import { useServices } from './services.ts';
import { ContentLangContext } from './content-lang.ts';
import { ExportMenu } from './io/ExportMenu.tsx';
import { SuggestionPanel } from './components/SuggestionPanel.tsx';
import { useSuggestions } from './hooks/use-suggestions.ts';
import type { Suggestion } from '../domain/cues/suggestion.ts';
import { useDatabase } from './hooks/use-storage.ts';
import { TranslationDialog } from './components/TranslationDialog.tsx';
import { alignedSentence, alignParagraphs } from '../domain/translation.ts';
import { ArticlesRepository } from '../storage/articles-repository.ts';
import { markAfterPaint } from './perf-marks.ts';
import { afterPaintWhenIdle } from './after-paint.ts';
import { useSaveStatus, type SaveStatusStore } from './save-status-store.ts';

const NO_CLAIMS: readonly Claim[] = [];
/** How long a jumped-to claim flashes. */
const FLASH_MS = 1200;

/**
 * The reading and tagging view of one article. `claims` are read by the
 * caller, at the same time as the article, rather than after it arrived.
 */
export function ArticlePage({ article, claims }: { article: Article; claims: Claim[] | undefined }) {
  const { t } = useTranslation();
  const { clock, storage, tokenizer } = useServices();
  const identity = useIdentity();
  const annotators = useAnnotators();
  const tokens = useTokens(article);
  const actions = useClaimActions(article);
  const paragraphStarts = useMemo(() => paragraphsOf(article.text).map((p) => p.start), [article.text]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editorOpen, setEditorOpen] = useState(false);
  const [chooser, setChooser] = useState<{ claims: Claim[]; left: number; top: number } | null>(null);
  // What to do once the user has given a name (the first tag, accept or review asks for one).
  const [askName, setAskName] = useState<{ then: (who: Annotator) => Promise<void> } | null>(null);
  const withIdentity = (then: (who: Annotator) => Promise<void>) => {
    if (identity) void then(identity);
    else setAskName({ then });
  };
  const [mode, setMode] = useState<'tag' | 'review'>('tag');
  const claimIds = useMemo(() => claims?.map((claim) => claim.id), [claims]);
  const reviewData = useReviews(claimIds);
  const reviewActions = useReviewActions(identity);
  const readingRef = useRef<HTMLDivElement>(null);
  const [furigana, setFurigana] = usePreference('shucho.furigana', false);
  const [showSuggestions, setShowSuggestions] = usePreference('shucho.suggestions', true);
  const [focusedSuggestion, setFocusedSuggestion] = useState<string | null>(null);
  const [parallel, setParallel] = usePreference('shucho.parallel', true);
  const [editingTranslation, setEditingTranslation] = useState(false);
  const db = useDatabase();

  const claimsAtRef = useRef<(offset: number) => Claim[]>(() => []);
  // The live view waits until the claims are known (or cannot be, without
  // storage), so that its first render draws the text with every highlight:
  // drawing the text, then redrawing it with 5,000 highlights, cost twice.
  // ArticleTextPlaceholder stands in meanwhile.
  const claimsKnown = claims !== undefined || storage.state === 'unavailable';
  const editor = useArticleEditor(claimsKnown ? article.text : undefined, t('article.textRegion'), {
    onClick: (pos, event) => {
      const offset = docPosToTextOffset(paragraphStarts, pos, article.text.length);
      const hits = claimsAtRef.current(offset);
      if (hits.length === 1) openClaim(hits[0]!, false);
      else if (hits.length > 1) setChooser({ claims: hits, ...positionInReading(readingRef.current, event.clientX, event.clientY) });
      else {
        const suggestion = suggestionsRef.current.find((s) => s.start <= offset && offset < s.end);
        if (suggestion) setFocusedSuggestion(suggestion.id);
      }
      return false;
    },
  }, () => highlightsOf(claims ?? NO_CLAIMS, paragraphStarts, selectedId));
  const selection = useTextSelection(editor, paragraphStarts, article.text.length);
  const hoveredOffset = useHoveredOffset(editor, paragraphStarts, article.text.length);
  const paintNow = useClaimHighlights(editor, claims, paragraphStarts, selectedId);

  const table = tokens.state === 'ready' && tokens.forText === article.text ? tokens.table : null;

  useEffect(() => {
    if (!editor) return;
    markAfterPaint('shucho:text-painted', { characters: article.text.length });
    markAfterPaint('shucho:view-painted', { characters: article.text.length });
  }, [editor, article.text.length]);
  useEffect(() => {
    if (table && tokens.state === 'ready') markAfterPaint('shucho:tokens-ready', { tokens: table.count, workerMs: tokens.ms });
  }, [table, tokens]);
  // On a visit after the first, the worker builds its dictionary once the page
  // has shown the article with its claims and tokens, and is idle
  // (deferred-load.ts): built while the view was starting, or while 5,000
  // highlights were painted, it slowed them.
  const articleShown = editor !== null && claimsKnown && tokens.state !== 'waiting';
  useEffect(() => {
    if (!articleShown) return;
    let gone = false;
    void afterPaintWhenIdle().then(() => {
      if (!gone) tokenizer.loadNow();
    });
    return () => {
      gone = true;
    };
  }, [articleShown, tokenizer]);
  const pending = useMemo(() => {
    if (!selection || selection.start === selection.end) return null;
    return snapSelection({ start: selection.start, end: selection.end }, article.text, table, { exact: selection.exact });
  }, [selection, table, article.text]);

  claimsAtRef.current = (offset: number) =>
    (claims ?? []).filter((claim) => !claim.orphan && claim.anchor.start <= offset && offset < claim.anchor.end);

  const { suggestions, error: suggestionsError } = useSuggestions(article, table, claims, showSuggestions && mode === 'tag');
  const suggestionsRef = useRef(suggestions);
  suggestionsRef.current = suggestions;

  // Suggestions: a dashed outline over the proposed span, and over the cue a
  // small "はずです → Speculation" drawn by CSS (never text).
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    // One hint per cue and label, not per suggestion: a long article has a
    // thousand suggestions and a handful of cues, and i18next's t() took
    // 100 ms over them on the bench's 200,000 characters.
    const hints = new Map<string, string>();
    const hintOf = (suggestion: Suggestion) => {
      const key = `${suggestion.label}\u0000${suggestion.cue}`;
      let hint = hints.get(key);
      if (hint === undefined) hints.set(key, (hint = t('suggest.hint', { cue: suggestion.cue, label: t(`label.${suggestion.label}`) })));
      return hint;
    };
    const spans = suggestions.flatMap((suggestion): OverlaySpan[] => {
      const focused = suggestion.id === focusedSuggestion ? ' is-focused' : '';
      return [
        {
          from: textOffsetToDocPos(paragraphStarts, suggestion.start),
          to: textOffsetToDocPos(paragraphStarts, suggestion.end),
          attrs: { class: `suggestion suggestion--${suggestion.label}${focused}`, 'data-suggestion-id': suggestion.id },
        },
        // The hint beside the cue's end ("下落 → Fact"). A widget, not an inline
        // decoration on the cue: the furigana and the other outlines would cut
        // that into pieces, and each piece would show the hint again.
        {
          from: textOffsetToDocPos(paragraphStarts, suggestion.cueEnd),
          to: textOffsetToDocPos(paragraphStarts, suggestion.cueEnd),
          widget: true,
          attrs: { class: 'suggestion-hint', 'data-hint': hintOf(suggestion), 'aria-hidden': 'true' },
        },
      ];
    });
    editor.view.dispatch(overlayTransaction(editor.state, 'suggestions', spans));
  }, [editor, suggestions, focusedSuggestion, paragraphStarts, t]);

  const acceptSuggestions = (accepted: readonly Suggestion[]) =>
    withIdentity(async (who) => {
      const items = accepted.map((suggestion) => ({
        range: { start: suggestion.start, end: suggestion.end },
        label: suggestion.label,
        extra: { suggestedBy: { ruleId: suggestion.ruleId }, ...(suggestion.note ? { note: suggestion.note } : {}) },
      }));
      if (items.length === 1) await actions.create(items[0]!.range, items[0]!.label, who, items[0]!.extra);
      else await actions.createMany(items, who);
      setFocusedSuggestion(null);
    });
  const dismissSuggestion = async (suggestion: Suggestion) => {
    await db?.dismissals.put({ articleId: article.id, suggestionId: suggestion.id, dismissedAt: clock.now() });
    setFocusedSuggestion(null);
  };
  const focusSuggestion = (suggestion: Suggestion) => {
    setFocusedSuggestion(suggestion.id);
    editor?.view.dom.querySelector(`[data-suggestion-id="${CSS.escape(suggestion.id)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const preview = useSelectionPreview(editor, pending, paragraphStarts);

  // Furigana are a decoration attribute drawn by CSS (::before), so the
  // readings are never text: not in selections, quotes, copies or offsets.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dom.classList.toggle('furigana', furigana);
    const spans = [];
    if (furigana && table) {
      for (let i = 0; i < table.count; i += 1) {
        const token = tokenAt(table, article.text, i);
        const ruby = furiganaFor(token);
        if (ruby) {
          spans.push({
            from: textOffsetToDocPos(paragraphStarts, token.start + ruby.from),
            to: textOffsetToDocPos(paragraphStarts, token.start + ruby.to),
            attrs: { 'data-reading': ruby.reading },
          });
        }
      }
    }
    editor.view.dispatch(overlayTransaction(editor.state, 'furigana', spans));
  }, [editor, furigana, table, article.text, paragraphStarts]);

  // Side-by-side translation: each paragraph carries its aligned translation
  // line as an attribute, drawn beside it by CSS; it is never document text.
  const showParallel = parallel && Boolean(article.translation);
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dom.classList.toggle('parallel', showParallel);
    const lines = showParallel ? alignParagraphs(article.text, article.translation ?? '') : [];
    const spans: OverlaySpan[] = lines.map((line, index) => {
      const start = paragraphStarts[index]!;
      const end = index + 1 < paragraphStarts.length ? paragraphStarts[index + 1]! - 1 : article.text.length;
      // The paragraph node runs from just before its first character to just after its last.
      return { from: textOffsetToDocPos(paragraphStarts, start) - 1, to: textOffsetToDocPos(paragraphStarts, end) + 1, attrs: { 'data-translation': line, lang: 'en' === article.lang ? 'ja' : 'en' }, node: true };
    });
    editor.view.dispatch(overlayTransaction(editor.state, 'translation', spans));
  }, [editor, showParallel, article.text, article.translation, article.lang, paragraphStarts]);

  const toolbarPosition = useMemo(() => {
    if (!pending || !editor || editor.isDestroyed) return null;
    const coords = editor.view.coordsAtPos(textOffsetToDocPos(paragraphStarts, pending.end));
    return positionInReading(readingRef.current, coords.left, coords.bottom + 6);
  }, [pending, editor, paragraphStarts]);

  const hoveredToken = useMemo(() => {
    if (!table) return null;
    const offset = hoveredOffset ?? selection?.head ?? null;
    if (offset === null) return null;
    let index = tokenIndexAt(table, offset);
    if (index < 0 && offset > 0) index = tokenIndexAt(table, offset - 1);
    return index >= 0 ? tokenAt(table, article.text, index) : null;
  }, [table, hoveredOffset, selection?.head, article.text]);

  const flash = useCallback(
    (claim: Claim) => {
      if (!editor || editor.isDestroyed) return;
      const span = { from: textOffsetToDocPos(paragraphStarts, claim.anchor.start), to: textOffsetToDocPos(paragraphStarts, claim.anchor.end), attrs: { class: 'flash' } };
      editor.view.dispatch(overlayTransaction(editor.state, 'flash', [span]));
      editor.view.dom.querySelector(`[data-claim-id="${CSS.escape(claim.id)}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      window.setTimeout(() => {
        if (!editor.isDestroyed) editor.view.dispatch(overlayTransaction(editor.state, 'flash', []));
      }, FLASH_MS);
    },
    [editor, paragraphStarts],
  );

  const claimsRef = useRef(claims);
  claimsRef.current = claims;
  const openClaimRef = useRef<(claim: Claim, jump: boolean) => void>(() => {});
  // Stable, so the memoized claim map does not re-render on every page render.
  const jumpToClaim = useCallback((claimId: string) => {
    const claim = claimsRef.current?.find((c) => c.id === claimId);
    if (claim) openClaimRef.current(claim, true);
  }, []);

  // Stable too, so the memoized claim panel re-renders only when its own props change.
  const openFromPanel = useCallback((claim: Claim) => openClaimRef.current(claim, true), []);
  // The list and the map of thousands of claims render after the highlights,
  // in the background (React yields to the browser between rows): opening an
  // article paints its highlights without waiting for them.
  const listedClaims = useDeferredValue(claims ?? NO_CLAIMS);
  const listedStatusOf = useDeferredValue(reviewData.statusOf);

  function openClaim(claim: Claim, jump: boolean) {
    setSelectedId(claim.id);
    setEditorOpen(true);
    setChooser(null);
    if (jump) flash(claim);
  }

  openClaimRef.current = openClaim;

  const tag = async (label: ClaimLabel, range = pending) => {
    if (!range || actions.readOnly) return;
    withIdentity((who) => createAndSelect(range, label, who));
  };
  const createAndSelect = async (range: { start: number; end: number }, label: ClaimLabel, who: Annotator) => {
    // The highlight takes the place of the selection preview (see useSelectionPreview).
    const paint = (claim: Claim) => {
      const unpaint = paintNow(claim, preview.drop);
      return () => {
        unpaint();
        preview.restore();
      };
    };
    const claim = await actions.create(range, label, who, undefined, paint);
    if (claim) {
      setSelectedId(claim.id);
      editor?.commands.setTextSelection(textOffsetToDocPos(paragraphStarts, range.end));
    }
  };

  const move = (direction: 1 | -1) => {
    const list = (claims ?? []).filter((c) => !c.orphan);
    if (list.length === 0) return;
    const current = list.findIndex((c) => c.id === selectedId);
    let index: number;
    if (current >= 0) index = (current + direction + list.length) % list.length;
    else {
      const caret = selection?.head ?? 0;
      index = direction === 1 ? list.findIndex((c) => c.anchor.start >= caret) : list.findLastIndex((c) => c.anchor.start < caret);
      if (index < 0) index = direction === 1 ? 0 : list.length - 1;
    }
    const claim = list[index]!;
    setSelectedId(claim.id);
    flash(claim);
  };

  useClaimKeys({
    label: (label) => {
      if (mode === 'tag') void tag(label);
    },
    next: () => move(1),
    previous: () => move(-1),
    open: () => {
      if (selectedId) setEditorOpen(true);
    },
    close: () => {
      if (chooser) setChooser(null);
      else if (editorOpen) {
        setEditorOpen(false);
        editor?.commands.focus();
      } else setSelectedId(null);
    },
    undo: () => void actions.undo(),
    redo: () => void actions.redo(),
  });

  const selectedClaim = claims?.find((c) => c.id === selectedId) ?? null;
  const thread = (claim: Claim) => (
    <ClaimThread
      reviews={reviewData.byClaim.get(claim.id) ?? []}
      comments={reviewData.comments.get(claim.id) ?? []}
      resolution={reviewData.resolved.get(claim.id)}
      annotators={annotators}
      readOnly={reviewActions.readOnly || !identity}
      onReply={(body) => reviewActions.reply(claim, body)}
      onResolve={() => void reviewActions.resolve(claim)}
      onReopen={() => void reviewActions.reopen(claim)}
    />
  );
  const needsDictionary = article.lang === 'ja';

  return (
    <ContentLangContext.Provider value={article.lang}>
    <div className="article-page">
      <div className="reading" ref={readingRef}>
        <ArticleHeader article={article} />
        <div className="article-tools">
          <TokenizerStatus tokens={tokens} needsDictionary={needsDictionary} />
          <div className="mode-switch" role="group" aria-label={t('mode.label')}>
            <button type="button" aria-pressed={mode === 'tag'} onClick={() => setMode('tag')}>{t('mode.tag')}</button>
            <button type="button" aria-pressed={mode === 'review'} onClick={() => setMode('review')}>{t('mode.review')}</button>
          </div>
          <a className="button-link" href={`#/compare/${encodeURIComponent(article.id)}`}>{t('compare.link')}</a>
          {!actions.readOnly && <ExportMenu articleId={article.id} />}
          {article.translation ? (
            <label className="switch">
              <input type="checkbox" checked={parallel} onChange={(event) => setParallel(event.target.checked)} />
              {t('translation.sideBySide')}
            </label>
          ) : null}
          {!actions.readOnly && (
            <button type="button" onClick={() => setEditingTranslation(true)}>
              {article.translation ? t('translation.edit') : t('translation.add')}
            </button>
          )}
          <label className="switch">
            <input type="checkbox" checked={showSuggestions} onChange={(event) => setShowSuggestions(event.target.checked)} />
            {t('suggest.toggle')}
          </label>
          {article.lang === 'ja' && (
            <label className="switch">
              <input type="checkbox" checked={furigana} disabled={!table} onChange={(event) => setFurigana(event.target.checked)} />
              {t('article.furigana')}
            </label>
          )}
        </div>
        <SaveStatus store={actions.saveStatus} />
        <div className="text-with-map">
          <ClaimMap claims={listedClaims} textLength={article.text.length} onJump={jumpToClaim} />
          {editor ? <EditorContent editor={editor} className="article-body" lang={article.lang} /> : <ArticleTextPlaceholder text={article.text} lang={article.lang} />}
        </div>
        {mode === 'tag' && pending && toolbarPosition && !actions.readOnly && <SelectionToolbar position={toolbarPosition} onLabel={(label) => void tag(label)} />}
        {chooser && (
          <div className="claim-chooser" role="menu" aria-label={t('chooser.label')} style={{ left: chooser.left, top: chooser.top }}>
            {chooser.claims.map((claim) => (
              <button key={claim.id} role="menuitem" type="button" className={`claim-row claim-row--${claim.label}`} onClick={() => openClaim(claim, false)}>
                <span className={`badge badge--${claim.label}`}>{t(`label.${claim.label}`)}</span>
                <q lang={article.lang}>{claim.anchor.exact.slice(0, 60)}</q>
              </button>
            ))}
          </div>
        )}
      </div>
      <aside className="side">
        {mode === 'review' ? (
          <ReviewPanel
            claims={claims ?? []}
            annotators={annotators}
            reviewer={identity ?? null}
            data={reviewData}
            current={selectedClaim}
            onCurrent={(claim) => {
              setSelectedId(claim?.id ?? null);
              if (claim) flash(claim);
            }}
            onVerdict={reviewActions.verdict}
          >
            {!identity && (
              <button type="button" onClick={() => setAskName({ then: async () => {} })}>{t('identity.set')}</button>
            )}
            {selectedClaim && thread(selectedClaim)}
          </ReviewPanel>
        ) : selectedClaim && editorOpen ? (
          <ClaimEditor
            claim={selectedClaim}
            authorName={annotators?.get(selectedClaim.authorId)?.name ?? selectedClaim.authorId}
            newId={clock.newId}
            today={clock.now().slice(0, 10)}
            onSave={actions.edit}
            onOverwrite={actions.overwrite}
            onDelete={(claim) => {
              void actions.remove(claim);
              setEditorOpen(false);
              setSelectedId(null);
            }}
            onClose={() => setEditorOpen(false)}
            alignedTranslation={article.translation ? alignedSentence(article.text, article.translation, selectedClaim.anchor.start) : null}
          >
            {thread(selectedClaim)}
          </ClaimEditor>
        ) : (
          <TokenInfo token={hoveredToken} />
        )}
        {mode === 'tag' && showSuggestions && table && (
          <SuggestionPanel
            suggestions={suggestions}
            error={suggestionsError}
            focusedId={focusedSuggestion}
            readOnly={actions.readOnly}
            onFocus={focusSuggestion}
            onAccept={(suggestion) => acceptSuggestions([suggestion])}
            onDismiss={(suggestion) => void dismissSuggestion(suggestion)}
            onAcceptAll={(label) => acceptSuggestions(suggestions.filter((suggestion) => suggestion.label === label))}
          />
        )}
        <ClaimPanel claims={listedClaims} selectedId={selectedId} statusOf={listedStatusOf} onOpen={openFromPanel} />
      </aside>
      {actions.lastDeleted && <UndoToast onUndo={() => void actions.undo()} onDismiss={actions.dismissLastDeleted} />}
      {editingTranslation && (
        <TranslationDialog
          initial={article.translation ?? ''}
          onCancel={() => setEditingTranslation(false)}
          onSave={async (translation) => {
            setEditingTranslation(false);
            if (db) await new ArticlesRepository(db).setTranslation(article.id, translation);
            setParallel(true);
          }}
        />
      )}
      {askName && (
        <NameDialog
          onCancel={() => setAskName(null)}
          onSubmit={async (name) => {
            const pendingAction = askName;
            setAskName(null);
            const who = await actions.setIdentity(name);
            if (who) await pendingAction.then(who);
          }}
        />
      )}
    </div>
    </ContentLangContext.Provider>
  );
}

/** A boolean choice remembered in this browser (localStorage), e.g. furigana on or off. */
function usePreference(key: string, initial: boolean): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(() => {
    try {
      const stored = localStorage.getItem(key);
      return stored === null ? initial : stored === 'on';
    } catch {
      return initial;
    }
  });
  const set = (next: boolean) => {
    setOn(next);
    try {
      localStorage.setItem(key, next ? 'on' : 'off');
    } catch {
      // Not remembered when storage is off; the switch still works.
    }
  };
  return [on, set];
}

function SaveStatus({ store }: { store: SaveStatusStore }) {
  const { t } = useTranslation();
  const state = useSaveStatus(store);
  if (state.state === 'idle') return <p className="save-status" role="status" />;
  return (
    <p className={`save-status save-status--${state.state}`} role="status" data-state={state.state} data-committed={state.committed}>
      {state.state === 'saving' ? t('save.saving') : state.state === 'saved' ? t('save.saved') : t('save.failed', { error: state.error })}
    </p>
  );
}

function positionInReading(container: HTMLElement | null, clientX: number, clientY: number) {
  const rect = container?.getBoundingClientRect();
  return { left: clientX - (rect?.left ?? 0), top: clientY - (rect?.top ?? 0) };
}
