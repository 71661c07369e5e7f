/** A file's bytes read as text, or why they are not text. */
export type DecodedText = { ok: true; text: string } | { ok: false; reason: 'binary' | 'not-utf8' };

/**
 * Reads a file's bytes as UTF-8 text.
 *
 * A NUL byte anywhere means a binary file (an image, a PDF, a Word file, or
 * UTF-16 text, where every ASCII letter carries a zero byte): refused as
 * 'binary'. Otherwise the bytes are decoded strictly (`fatal: true`), so any
 * invalid sequence (Shift_JIS or EUC-JP text, truncated files) is refused as
 * 'not-utf8' instead of being replaced with U+FFFD. A leading UTF-8 byte
 * order mark is dropped.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not-utf8' };
  }
}
