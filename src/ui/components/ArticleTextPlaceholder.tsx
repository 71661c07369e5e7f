import { useMemo } from 'react';
import { firstPaintBudget, firstScreenParagraphs } from '../../first-paint/paint-article.ts';

/**
 * The article's first screen of text as static paragraphs, with the live
 * view's markup (as the boot script's first paint draws it), shown while the
 * view waits for the claims so that it can draw text and highlights in one
 * pass. Read-only and brief: selecting and tagging wait for the live view.
 */
export function ArticleTextPlaceholder({ text, lang }: { text: string; lang: string }) {
  const lines = useMemo(() => firstScreenParagraphs(text, firstPaintBudget(window.innerWidth, window.innerHeight)), [text]);
  return (
    <div className="article-body" lang={lang}>
      <div className="article-text article-text--placeholder" aria-busy="true">
        {lines.map((line, index) => (
          // Lines never move: their index is their identity.
          <p key={index}>{line.length > 0 ? <span className="paragraph__text">{line}</span> : <br />}</p>
        ))}
      </div>
    </div>
  );
}
