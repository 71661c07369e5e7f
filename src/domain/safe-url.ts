/** Why a URL was refused, keyed for translation. */
export type UnsafeUrlReason = 'empty' | 'invalid' | 'scheme';

export type SafeUrlResult = { ok: true; url: string } | { ok: false; reason: UnsafeUrlReason };

/** The only schemes a stored link may have; anything else could run code or read local files. */
const SAFE_PROTOCOLS: readonly string[] = ['http:', 'https:'];

/**
 * Accepts an absolute `http:` or `https:` URL, the only kind the app stores
 * or renders as a link (evidence URLs, archive URLs, imported data).
 *
 * The input is trimmed, then parsed by the WHATWG URL parser with no base, so
 * relative URLs are refused. The decision rests on the *parsed* protocol, not
 * on the input's spelling: the parser drops leading control characters and
 * tabs or newlines anywhere ("\x01javascript:", "java\tscript:"), and
 * lowercases the scheme ("JaVaScRiPt:"), so checking the raw string would let
 * those through to a browser that does the same.
 *
 * @return `{ok: true, url}` with the normalized href (lowercased scheme and
 *   host, punycode, percent-encoding) which is what should be stored;
 *   otherwise `reason` 'empty' (blank, null or undefined), 'invalid' (not
 *   a string, or not an absolute URL) or 'scheme' (parsed, but not http/https: `javascript:`,
 *   `data:`, `vbscript:`, `file:`, `blob:`, `mailto:`, ...).
 */
export function parseSafeUrl(input: unknown): SafeUrlResult {
  if (input === undefined || input === null) return { ok: false, reason: 'empty' };
  if (typeof input !== 'string') return { ok: false, reason: 'invalid' };
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!SAFE_PROTOCOLS.includes(parsed.protocol)) return { ok: false, reason: 'scheme' };
  // http(s) URLs always parse with a host; kept as a guard should the parser change.
  if (parsed.hostname === '') return { ok: false, reason: 'invalid' };
  return { ok: true, url: parsed.href };
}
