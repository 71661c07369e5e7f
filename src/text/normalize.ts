/**
 * Makes text canonical for storage: every line break becomes a single LF.
 * CRLF (Windows) and a lone CR (classic Mac OS) each become one '\n', so a
 * pasted or imported article counts its offsets the same on every platform.
 *
 * Nothing else changes, on purpose: no Unicode normalization (NFC would merge
 * か + U+3099 into が and shift every offset after it), no trimming, and
 * U+2028/U+2029 and U+0085 are left as they are (they are rare in news text
 * and are not paragraph breaks for the editor, which splits on '\n' only).
 * Idempotent: normalizing twice gives the same string.
 */
export function normalizeLineBreaks(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
