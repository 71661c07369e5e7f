/**
 * The identity of an article text: lowercase hex SHA-256 of its UTF-8 bytes.
 * Claims remember the hash of the text their offsets were taken on, so a
 * claim set made on another version of the text is recognised and re-anchored.
 * Uses Web Crypto, present in browsers, workers and Node 20.
 */
export async function contentHashOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
