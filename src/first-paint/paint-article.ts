import { paragraphsOf, type Article } from '../domain/article.ts';

/**
 * How much of a long article the first paint draws when the window's size
 * is not known. Only what is on screen matters: the rest would only cost
 * layout time before the first frame (about 10 ms per 1,000 characters of
 * new kanji on the bench machine); the app's view, a moment later, has it all.
 */
export const FIRST_PAINT_CHARACTERS = 4_000;

/** Screen area, in CSS px², one character of the article text takes at most: 1.08rem wide, a 2.05-line high (styles: page.css). */
const PIXELS_PER_CHARACTER = 17.28 * 35.4;

/**
 * Share of the window the article's text can fill on the first screen: the
 * app's header, the article's title and tools and, on wide windows, the side
 * panel take the rest. At 1360×900 this draws about 1,300 characters, which
 * reach 1,500 px down a 900 px window (measured in Chromium).
 */
const TEXT_SHARE = 0.6;

/**
 * Characters to draw for a `width` × `height` window: as many as the text
 * could fill of it (more than is seen, as paragraphs end in part-empty
 * lines), within 1,000 and 12,000.
 */
export function firstPaintBudget(width: number, height: number): number {
  if (!(width > 0 && height > 0)) return FIRST_PAINT_CHARACTERS;
  return Math.min(12_000, Math.max(1_000, Math.ceil((TEXT_SHARE * width * height) / PIXELS_PER_CHARACTER)));
}

/** The class on the first paint's outermost element (see styles.css). */
export const FIRST_PAINT_CLASS = 'first-paint';

/** The paragraphs (lines) of `text` that begin within its first `characters`: whole ones, up to the end of the one running past the budget. */
export function firstScreenParagraphs(text: string, characters: number): string[] {
  const cut = text.indexOf('\n', characters);
  return paragraphsOf(cut === -1 ? text : text.slice(0, cut)).map((paragraph) => paragraph.text);
}

/**
 * Builds a static, read-only picture of the article page: the app's header
 * bar, the article's title and its paragraphs, with the same elements and
 * classes as the React view (App, ArticleHeader, the tiptap paragraph's
 * `<p><span class="paragraph__text">`), so styles.css lays both out alike
 * and the swap to the real view barely moves the text.
 *
 * Only the paragraphs that begin within the first `characters` are drawn.
 * Text goes in through text nodes only: nothing in an article can
 * become markup.
 */
export function renderFirstPaint(
  doc: Document,
  article: Pick<Article, 'title' | 'text' | 'lang' | 'headerImage'>,
  characters: number = FIRST_PAINT_CHARACTERS,
): HTMLElement {
  const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
    const node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };

  const shell = element('div', `app ${FIRST_PAINT_CLASS}`);
  shell.setAttribute('aria-busy', 'true');

  // The header bar stays empty: its words belong to the UI language, which the app's i18n decides.
  const header = element('header', 'app-header');

  // Lines the app fills in (the header image's button, the metadata, the
  // tools) are kept as empty space of their height, so the text stays put.
  const articleHeader = element('header', 'article-header');
  if (article.headerImage) articleHeader.append(element('p', 'first-paint__image-line'));
  const title = element('h1', undefined, article.title);
  title.lang = article.lang;
  articleHeader.append(title, element('p', 'meta', '\u00a0'));

  const text = element('div', 'article-text');
  const paragraphs = doc.createDocumentFragment();
  for (const line of firstScreenParagraphs(article.text, characters)) {
    const p = element('p');
    // An empty paragraph keeps its line, as ProseMirror draws it.
    p.append(line.length > 0 ? element('span', 'paragraph__text', line) : element('br'));
    paragraphs.append(p);
  }
  text.append(paragraphs);
  const body = element('div', 'article-body');
  body.lang = article.lang;
  body.append(text);
  const textWithMap = element('div', 'text-with-map');
  textWithMap.append(element('div', 'claim-map'), body);

  const reading = element('div', 'reading');
  reading.append(articleHeader, element('div', 'article-tools'), textWithMap);
  const page = element('div', 'article-page');
  page.append(reading, element('aside', 'side'));
  const main = element('main');
  main.append(page);
  shell.append(header, main);
  return shell;
}
