import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stripAttributes } from '../../../src/content/strip-attributes.ts';

describe('stripAttributes', () => {
  it.each([
    ['event handlers', '<img src=x onerror="window.__ran=2"><p onclick=\'a()\'>t</p>', '<img><p>t</p>'],
    ['style attributes and elements', '<p style="color:red">a</p><style>p { color: red }</style><STYLE media=x>b{}</STYLE >c', '<p>a</p>c'],
    ['base, links and frames', '<base href="https://evil.example/"><a href="javascript:alert(1)">l</a><iframe srcdoc="<script>x</script>"></iframe>', '<base><a>l</a><iframe></iframe>'],
    ['a quoted ">" does not end the tag', '<img alt="a > b" onerror="x">text', '<img>text'],
    ['unquoted values, no values, odd spacing', '<input disabled value=5 onfocus = x >t', '<input>t'],
    ['hidden is kept', '<p hidden class=x>secret</p><div HIDDEN="">s</div>', '<p hidden>secret</p><div HIDDEN="">s</div>'],
    ['self-closing stays self-closing', '<br/><svg><path d="M0" onclick="x"/></svg>', '<br /><svg><path /></svg>'],
    ['end tags lose ignored attributes', '</p class="x">', '</p>'],
  ])('drops %s', (_name, input, expected) => {
    expect(stripAttributes(input)).toBe(expected);
  });

  it('copies text, comments, doctypes and raw text as they are, even when they look like tags', () => {
    const html = [
      '<!doctype html>',
      '<!-- <img onerror="x"> -->',
      '<script>if (a < b) document.write("<img src=x onerror=y>")</script>',
      '<title>A <b onclick=x> title</title>',
      '<textarea><p style="x"></textarea>',
      'a < b, 1 <2, <-- not a tag, 𠮷👨‍👩‍👧か\u3099',
    ].join('\n');
    expect(stripAttributes(html)).toBe(html);
  });

  it('finds the end of raw text as the tokenizer does: any case, and only before space, / or >', () => {
    expect(stripAttributes('<script>a</scriptx>b</SCRIPT >c<p id=1>')).toBe('<script>a</scriptx>b</SCRIPT>c<p>');
    expect(stripAttributes('<style>a</stylex>b</style>c')).toBe('c');
  });

  it('handles the short comment forms and unfinished input', () => {
    expect(stripAttributes('<!--><p id=x>a<!---><p id=y>b')).toBe('<!--><p>a<!---><p>b');
    expect(stripAttributes('a<p onclick="never closed')).toBe('a');
    expect(stripAttributes('a<style>never closed')).toBe('a');
    expect(stripAttributes('a<!-- never closed <p onclick=x>')).toBe('a<!-- never closed <p onclick=x>');
  });

  it('never changes the text between tags', () => {
    const text = fc.array(fc.constantFrom('a', 'z', ' ', '本', '𠮷', '"', "'", '=', '/', '-'), { maxLength: 12 }).map((chars) => chars.join(''));
    const tag = fc.record({ name: fc.constantFrom('p', 'div', 'img', 'span'), attribute: fc.constantFrom('', ' onerror="x"', " style='a:b'", ' id=q', ' hidden') });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, tag), { maxLength: 8 }), (parts) => {
        const html = parts.map(([t, { name, attribute }]) => `${t}<${name}${attribute}>`).join('');
        const expected = parts.map(([t, { name, attribute }]) => `${t}<${name}${attribute === ' hidden' ? ' hidden' : ''}>`).join('');
        expect(stripAttributes(html)).toBe(expected);
      }),
      { seed: 7, numRuns: 300 },
    );
  });

  it('is linear on large input', () => {
    const html = '<p class="c" onclick="x">本文の段落です。</p>'.repeat(100_000);
    expect(stripAttributes(html)).toBe('<p>本文の段落です。</p>'.repeat(100_000));
  });
});
