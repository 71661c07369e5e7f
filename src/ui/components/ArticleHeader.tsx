import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../../domain/article.ts';
import { parseSafeUrl } from '../../domain/safe-url.ts';

/** Title, publisher, date and header image of an article. */
export function ArticleHeader({ article }: { article: Pick<Article, 'title' | 'publisher' | 'published' | 'headerImage' | 'url' | 'lang' | 'text'> }) {
  const { t, i18n } = useTranslation();
  const image = article.headerImage ? parseSafeUrl(article.headerImage) : null;
  // A third-party image tells its host what you read: it loads only when asked.
  const [showImage, setShowImage] = useState(false);
  // Characters as the publisher counts them: code points, line breaks excluded.
  const characters = useMemo(() => {
    let count = 0;
    for (const char of article.text) if (char !== '\n') count += 1;
    return count;
  }, [article.text]);
  const published = article.published ? new Date(`${article.published}T00:00:00Z`) : null;
  return (
    <header className="article-header">
      {image?.ok &&
        (showImage ? (
          <img className="article-header__image" src={image.url} alt={t('article.headerImageAlt')} referrerPolicy="no-referrer" />
        ) : (
          <button type="button" className="link-button" onClick={() => setShowImage(true)}>
            {t('article.showHeaderImage', { host: new URL(image.url).host })}
          </button>
        ))}
      <h1 lang={article.lang}>{article.title}</h1>
      <p className="meta">
        {article.publisher && <span>{t('article.publisher', { publisher: article.publisher })}</span>}
        {published && !Number.isNaN(published.getTime()) && (
          <time dateTime={article.published}>{t('article.published', { date: published.toLocaleDateString(i18n.language, { timeZone: 'UTC', dateStyle: 'long' }) })}</time>
        )}
        <span>{t('article.characters', { count: characters })}</span>
      </p>
    </header>
  );
}
