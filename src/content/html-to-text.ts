import { stripAttributes } from './strip-attributes.ts';

/**
 * HTML files become plain article text here. The markup is parsed by
 * `DOMParser` into an inert document: it has no browsing context, so its
 * scripts never run, its images never load (no `onerror`, no request) and no
 * style applies. Nothing of it is ever put into the live page; only the text
 * of its nodes is read.
 */

/** Elements whose content is not article text: code, styling, embedded media, furigana (rt, rp), form controls. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'audio', 'video', 'select', 'textarea', 'button', 'rt', 'rp',
]);

/** Elements that start and end a line of text (CSS `display: block`, list items, table rows and the like). */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup',
  'hr', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tr', 'ul',
]);

/** Table cells sit on their row's line, separated by a space. */
const CELLS = new Set(['td', 'th']);

/** HTML's white space (not U+00A0: `&nbsp;` is kept as the author wrote it). */
const RUNS = /([ \t\n\r\f]+)|([^ \t\n\r\f]+)/g;

/**
 * True for characters of wide East Asian scripts (kana, kanji, CJK
 * punctuation, full-width forms, and a high surrogate, which in Japanese text
 * starts a kanji such as 𠮷). A line break in the HTML source between two of
 * them is not a space: Japanese puts no spaces between words.
 */
function isWide(code: number): boolean {
  return (code >= 0x3000 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0xd840 && code <= 0xd87f);
}

/** Accumulates lines of text with HTML's white-space collapsing. */
class LineWriter {
  readonly lines: string[] = [];
  private line = '';
  /** White space seen since the last word: none, a space, or a run holding a source line break. */
  private pending: 'none' | 'space' | 'break' = 'none';

  /** Adds text that is not preformatted: white space runs collapse to one space, dropped at line edges. */
  text(data: string): void {
    for (const [, space, word] of data.matchAll(RUNS)) {
      if (space !== undefined) {
        if (this.line !== '') this.pending = space.includes('\n') || space.includes('\r') || this.pending === 'break' ? 'break' : 'space';
        continue;
      }
      if (word === undefined) continue;
      if (this.pending !== 'none' && this.line !== '') {
        const joinsWide = this.pending === 'break' && isWide(this.line.charCodeAt(this.line.length - 1)) && isWide(word.charCodeAt(0));
        if (!joinsWide) this.line += ' ';
      }
      this.pending = 'none';
      this.line += word;
    }
  }

  /** Adds preformatted text: kept as it is, each line break ending a line. */
  preformatted(data: string): void {
    const parts = data.split(/\r\n?|\n/);
    parts.forEach((part, index) => {
      if (index > 0) this.hardBreak();
      if (this.pending !== 'none' && this.line !== '') this.line += ' ';
      this.pending = 'none';
      this.line += part;
    });
  }

  /** A `<br>`: ends the line even if it is empty. */
  hardBreak(): void {
    this.lines.push(this.line.trimEnd());
    this.line = '';
    this.pending = 'none';
  }

  /** A block edge: ends the line if anything is on it. */
  blockBreak(): void {
    if (this.line.trim() !== '') this.lines.push(this.line.trimEnd());
    this.line = '';
    this.pending = 'none';
  }

  /** A cell edge: a space between cells of a row. */
  cellBreak(): void {
    if (this.line !== '') this.pending = 'space';
  }
}

/** The text of an HTML document and the title it names. */
export interface HtmlText {
  /** One line per block element (paragraph, heading, list item, table row ...), LF line breaks, not yet normalized. */
  text: string;
  /** The `<title>`, else the first `<h1>`, white space collapsed; '' if neither. */
  title: string;
}

/**
 * Reduces an HTML document to article text.
 *
 * - Every block element (p, div, h1-h6, li, tr, blockquote ...) starts and
 *   ends a line; `<br>` ends a line. Paragraphs are therefore separated by
 *   one LF, as in the app's canonical text.
 * - Outside `<pre>`, runs of HTML white space collapse to one space and are
 *   dropped at the edges of a line; a source line break between two Japanese
 *   characters is dropped. Inside `<pre>` the text is kept as it is.
 * - The content of script, style, noscript, template, head, svg, math,
 *   iframe, media and form controls, furigana (`rt`, `rp`) and of elements
 *   with the `hidden` attribute is left out; so are comments and attributes
 *   (alt text too).
 *
 * Parsing happens in an inert `DOMParser` document, so nothing in the HTML
 * runs or loads; attributes (but `hidden`) and `<style>` elements are removed
 * before (`stripAttributes`), so parsing raises no CSP report either. The DOM walk is iterative, so deeply nested markup cannot
 * overflow the stack.
 */
export function htmlToText(html: string, parser: DOMParser = new DOMParser()): HtmlText {
  // Attributes and <style> are dropped first: Chromium reports CSP violations for them even in an inert document.
  const doc = parser.parseFromString(stripAttributes(html), 'text/html');
  const out = new LineWriter();
  const stack: { node: Node; leaving: boolean }[] = [{ node: doc.body ?? doc.documentElement, leaving: false }];
  let preDepth = 0;
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (preDepth > 0) out.preformatted(data);
      else out.text(data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    const name = element.localName;
    if (leaving) {
      if (name === 'pre') preDepth -= 1;
      if (BLOCKS.has(name)) out.blockBreak();
      else if (CELLS.has(name)) out.cellBreak();
      continue;
    }
    if (SKIPPED.has(name) || element.hasAttribute('hidden')) continue;
    if (name === 'br') {
      out.hardBreak();
      continue;
    }
    if (name === 'pre') preDepth += 1;
    if (BLOCKS.has(name)) out.blockBreak();
    else if (CELLS.has(name)) out.cellBreak();
    stack.push({ node, leaving: true });
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, leaving: false });
  }
  out.blockBreak();
  return { text: out.lines.join('\n'), title: titleOf(doc) };
}

function titleOf(doc: Document): string {
  const collapse = (value: string | null | undefined) => (value ?? '').replace(/[ \t\n\r\f]+/g, ' ').trim();
  const title = collapse(doc.title);
  if (title !== '') return title;
  const heading = doc.querySelector('h1');
  if (!heading) return '';
  return collapse(textWithout(heading));
}

/** The text of `element` without its skipped descendants (furigana, scripts ...); the clone stays in the inert document. */
function textWithout(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  for (const skipped of clone.querySelectorAll([...SKIPPED].join(','))) skipped.remove();
  return clone.textContent ?? '';
}
