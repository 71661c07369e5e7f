import { afterEach, describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/content/html-to-text.ts';

/**
 * Reads a global of the page's own script realm (where inline handlers and
 * scripts run: in jsdom that is not the test's globalThis) by running a live script.
 */
function pageGlobal(name: string): string {
  const probe = document.createElement('script');
  probe.textContent = `document.documentElement.dataset.probe = String(window[${JSON.stringify(name)}])`;
  document.body.append(probe);
  probe.remove();
  return document.documentElement.dataset.probe ?? 'probe did not run';
}

afterEach(() => {
  document.documentElement.removeAttribute('data-ran');
  document.documentElement.removeAttribute('data-probe');
});

describe('htmlToText', () => {
  it('keeps paragraphs as lines and drops script, style, noscript and template content', () => {
    const { text } = htmlToText(`<!doctype html><html><head><style>p{color:red}</style><script>var leaked = 1</script></head><body>
      <h1>見出し</h1>
      <p>First paragraph.</p><p>Second   paragraph,
         wrapped in the source.</p>
      <script>window.__ran = 1; document.write('leaked')</script>
      <noscript>Please enable JavaScript</noscript>
      <template><p>template text</p></template>
      <div>Third<br>after a break</div>
      <ul><li>one</li><li>two</li></ul>
    </body></html>`);
    expect(text).toBe('見出し\nFirst paragraph.\nSecond paragraph, wrapped in the source.\nThird\nafter a break\none\ntwo');
  });

  it('never runs a script or an onerror handler of the HTML', async () => {
    const handler = "window.__ran = 2; document.documentElement.setAttribute('data-ran', '2')";
    htmlToText(`<p>Text</p><script>window.__ran = 1; document.documentElement.setAttribute('data-ran', '1')</script><img src="x" onerror="${handler}"><svg onload="${handler}"></svg><iframe srcdoc="<script>parent.__ran=4</script>"></iframe>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pageGlobal('__ran')).toBe('undefined');
    expect(document.documentElement.hasAttribute('data-ran')).toBe(false);
    // Control: the same handler on a live element does run here, so the checks above can fail.
    const live = document.createElement('img');
    live.setAttribute('onerror', handler);
    live.dispatchEvent(new Event('error'));
    expect(document.documentElement.getAttribute('data-ran')).toBe('2');
    expect(pageGlobal('__ran')).toBe('2');
  });

  it('leaves the live page untouched', () => {
    const before = document.body.innerHTML;
    htmlToText('<p>x</p><img src=x onerror="window.__ran=2"><base href="https://evil.example/">');
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('base')).toBeNull();
  });

  it('drops furigana and joins Japanese lines wrapped in the source without a space', () => {
    const { text } = htmlToText('<p><ruby>株価<rp>(</rp><rt>かぶか</rt><rp>)</rp></ruby>が\n  下落しています。\nNVIDIA\nfell</p>');
    expect(text).toBe('株価が下落しています。 NVIDIA fell');
  });

  it('keeps preformatted text and its line breaks', () => {
    expect(htmlToText('<pre>a  b\r\n  c\n\nd</pre><p>e</p>').text).toBe('a  b\n  c\n\nd\ne');
  });

  it('keeps entities decoded, &nbsp; as U+00A0, 𠮷 and emoji whole', () => {
    expect(htmlToText('<p>A&amp;B&nbsp;&lt;C&gt; &#x20BB7; 👨&zwj;👩&zwj;👧</p>').text).toBe('A&B\u00a0<C> 𠮷 👨‍👩‍👧');
  });

  it('puts table cells of a row on one line', () => {
    expect(htmlToText('<table><tr><th>Company</th><td>Change</td></tr><tr><td>NVIDIA</td><td>-11%</td></tr></table>').text).toBe('Company Change\nNVIDIA -11%');
  });

  it('skips hidden elements, comments and attributes', () => {
    expect(htmlToText('<p hidden>secret</p><!-- note --><p title="attr"><img alt="alt text">visible</p>').text).toBe('visible');
  });

  it('takes the <title>, else the first <h1> without its furigana', () => {
    expect(htmlToText('<title>  Page\n title </title><h1>Heading</h1>').title).toBe('Page title');
    expect(htmlToText('<h1><ruby>主張<rt>しゅちょう</rt></ruby> News</h1>').title).toBe('主張 News');
    expect(htmlToText('<p>none</p>').title).toBe('');
  });

  it('walks deeply nested markup without recursion', () => {
    // jsdom's own parser recurses past a few thousand levels; browsers cap nesting at 512.
    const html = `${'<div><span>'.repeat(600)}deep${'</span></div>'.repeat(600)}`;
    expect(htmlToText(html).text).toBe('deep');
  });
});
