import { suggestClaims } from '../domain/cues/suggest-claims.ts';
import { errorMessage } from '../nlp/protocol.ts';
import { rulesFor } from './cue-rules.ts';
import { isSuggestRequest, type SuggestResponse } from './suggestion-protocol.ts';

/**
 * The suggestions worker's answer to one message: the cue engine's
 * suggestions for its text and tokens, or, for a malformed request or an
 * engine failure, the error as a value. Never throws.
 */
export function answerSuggestRequest(request: unknown): SuggestResponse {
  const id = typeof request === 'object' && request !== null && typeof (request as { id?: unknown }).id === 'number' ? (request as { id: number }).id : -1;
  if (!isSuggestRequest(request)) return { id, result: { ok: false, error: 'The suggestions worker got a malformed request' } };
  const started = performance.now();
  try {
    const suggestions = suggestClaims(request.text, request.table, rulesFor(request.lang));
    return { id, result: { ok: true, suggestions, ms: performance.now() - started } };
  } catch (error) {
    return { id, result: { ok: false, error: errorMessage(error) } };
  }
}
