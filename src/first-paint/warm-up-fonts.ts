/**
 * Kana, kanji, full-width punctuation and digits, and Latin letters: one of
 * each kind of character a Japanese news article is made of, so that each
 * font the article needs is found.
 */
const SAMPLE = '本日、株価が下落しています。ＡＩ市場の１１％はNVIDIAです？';

/**
 * Lays out a line of Japanese in an invisible element, so that the browser
 * finds and loads its CJK font now, while the boot script waits for
 * IndexedDB, and not in the frame that first shows the article: in a fresh
 * renderer that first use costs 15 to 25 ms on the bench machine.
 * Returns the function that removes the element again.
 */
export function warmUpFonts(doc: Document): () => void {
  const sample = doc.createElement('div');
  sample.className = 'article-text first-paint__warm-up';
  sample.setAttribute('aria-hidden', 'true');
  sample.lang = 'ja';
  sample.textContent = SAMPLE;
  doc.body.append(sample);
  // Reading a size forces the layout, and with it the font lookup and shaping.
  void sample.offsetWidth;
  return () => sample.remove();
}
