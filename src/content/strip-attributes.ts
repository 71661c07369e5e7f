/**
 * Prepares untrusted HTML for `DOMParser` so that parsing it makes the page
 * report no Content Security Policy violation.
 *
 * Why: Chromium checks the page's CSP when an element *gets* an inline event
 * handler (`onerror`), a `style` attribute, a `<style>` element or a
 * `<base href>`, even in an inert DOMParser document where nothing can run
 * or apply. Nothing would run, but every news page opened would log (and,
 * with a report-uri, send) violation reports. So those never reach the parser.
 */

/** Attributes the text extraction reads; every other attribute is dropped. */
const KEPT_ATTRIBUTES = new Set(['hidden']);

/** Elements whose content the HTML tokenizer reads as text up to their end tag (raw text and RCDATA). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title']);

const TAB = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
const SPACE = 0x20;
const SLASH = 0x2f;
const GT = 0x3e;
const EQUALS = 0x3d;

function isSpace(code: number): boolean {
  return code === TAB || code === LF || code === FF || code === CR || code === SPACE;
}

function isAsciiAlpha(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** A tag as the HTML tokenizer reads it: name, attributes, where it ends. */
interface ScannedTag {
  name: string;
  attributes: { name: string; raw: string }[];
  selfClosing: boolean;
  /** Index just after the closing '>', or null when the input ends inside the tag (the tokenizer then drops it). */
  end: number | null;
}

/**
 * Reads a tag whose name starts at `from`, following the tokenizer states of
 * the HTML standard (tag name, attribute name, quoted and unquoted values),
 * so that a '>' inside a quoted value does not end it.
 */
function scanTag(html: string, from: number): ScannedTag {
  const n = html.length;
  let i = from;
  while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== SLASH && html.charCodeAt(i) !== GT) i += 1;
  const tag: ScannedTag = { name: html.slice(from, i), attributes: [], selfClosing: false, end: null };
  while (i < n) {
    const code = html.charCodeAt(i);
    if (isSpace(code)) {
      i += 1;
      continue;
    }
    if (code === GT) {
      tag.end = i + 1;
      return tag;
    }
    if (code === SLASH) {
      tag.selfClosing = html.charCodeAt(i + 1) === GT;
      i += 1;
      continue;
    }
    // An attribute: its name (a leading '=' belongs to the name), then an optional value.
    const start = i;
    i += 1;
    while (i < n && !isSpace(html.charCodeAt(i)) && ![SLASH, GT, EQUALS].includes(html.charCodeAt(i))) i += 1;
    const name = html.slice(start, i);
    let j = i;
    while (j < n && isSpace(html.charCodeAt(j))) j += 1;
    if (html.charCodeAt(j) === EQUALS) {
      j += 1;
      while (j < n && isSpace(html.charCodeAt(j))) j += 1;
      const quote = html[j];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, j + 1);
        j = close < 0 ? n : close + 1;
      } else {
        while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== GT) j += 1;
      }
      i = j;
    }
    tag.attributes.push({ name, raw: html.slice(start, i) });
    tag.selfClosing = false;
  }
  return tag;
}

/** Where the raw text of element `name` ends: the start of its end tag `</name` (any case), or the input's end. */
function rawTextEnd(html: string, from: number, name: string): number {
  const needle = `</${name}`;
  let at = from;
  for (;;) {
    at = indexOfIgnoringCase(html, needle, at);
    if (at < 0) return html.length;
    const after = html.charCodeAt(at + needle.length);
    if (Number.isNaN(after) || isSpace(after) || after === SLASH || after === GT) return at;
    at += needle.length;
  }
}

/** `indexOf` for an ASCII lowercase needle, ignoring the case of ASCII letters in `text`. */
function indexOfIgnoringCase(text: string, needle: string, from: number): number {
  const first = needle[0] ?? '';
  for (let at = text.indexOf(first, from); at >= 0; at = text.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && isAsciiAlphaOrSame(text.charCodeAt(at + k), needle.charCodeAt(k))) k += 1;
    if (k === needle.length) return at;
  }
  return -1;
}

/** True when `code` equals the lowercase ASCII `expected`, in either case (and only letters may differ in case). */
function isAsciiAlphaOrSame(code: number, expected: number): boolean {
  return code === expected || (isAsciiAlpha(code) && (code | 0x20) === expected);
}

/** Where a comment opened at `from` (just after `<!--`) ends, as the HTML tokenizer sees it. */
function commentEnd(html: string, from: number): number {
  if (html.startsWith('>', from)) return from + 1;
  if (html.startsWith('->', from)) return from + 2;
  const a = html.indexOf('-->', from);
  const b = html.indexOf('--!>', from);
  if (a < 0 && b < 0) return html.length;
  if (b < 0 || (a >= 0 && a < b)) return a + 3;
  return b + 4;
}

/**
 * Rewrites HTML so that parsing it raises no CSP report: every start tag
 * loses all its attributes but `hidden` (so `onerror`, `style`, `href`,
 * `src`, `srcdoc` are gone), end tags lose their (ignored) attributes, and
 * `<style>` elements are removed with their content. Text, comments, the
 * content of script, title, textarea and the other raw-text elements, and
 * the tags themselves are copied as they are, so the parsed document has
 * the same text and structure.
 *
 * Known gap, harmless: a `</script>` inside a script's `<!-- <script>`
 * escape ends the script here earlier than in a browser; what follows is
 * then also stripped of attributes, and still parsed by the browser as script.
 */
export function stripAttributes(html: string): string {
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = commentEnd(html, lt + 4);
      out.push(html.slice(lt, end));
      i = end;
    } else if (next === 0x21 || next === 0x3f || (next === SLASH && !isAsciiAlpha(html.charCodeAt(lt + 2)))) {
      // Doctype, bogus comment, CDATA, `</>`: up to the next '>'.
      const gt = html.indexOf('>', lt + 1);
      const end = gt < 0 ? n : gt + 1;
      out.push(html.slice(lt, end));
      i = end;
    } else if (next === SLASH) {
      const tag = scanTag(html, lt + 2);
      if (tag.end === null) break;
      out.push(`</${tag.name}>`);
      i = tag.end;
    } else if (isAsciiAlpha(next)) {
      const tag = scanTag(html, lt + 1);
      if (tag.end === null) break;
      const name = tag.name.toLowerCase();
      i = tag.end;
      if (name === 'style' && !tag.selfClosing) {
        // Drop the element and its CSS: the closing tag is found as the tokenizer finds it.
        const close = rawTextEnd(html, i, 'style');
        const closing = close < n ? scanTag(html, close + 2) : null;
        i = closing?.end ?? n;
        continue;
      }
      // `<style/>`: self-closing only inside SVG; in HTML an author error. Only the tag goes.
      if (name === 'style') continue;
      const kept = tag.attributes.filter((attribute) => KEPT_ATTRIBUTES.has(attribute.name.toLowerCase())).map((attribute) => ` ${attribute.raw}`);
      out.push(`<${tag.name}${kept.join('')}${tag.selfClosing ? ' /' : ''}>`);
      if (RAW_TEXT.has(name) && !tag.selfClosing) {
        const close = rawTextEnd(html, i, name);
        out.push(html.slice(i, close));
        i = close;
      } else if (name === 'plaintext') {
        out.push(html.slice(i));
        break;
      }
    } else {
      out.push('<');
      i = lt + 1;
    }
  }
  return out.join('');
}
