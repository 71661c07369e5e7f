/**
 * Messages between the main thread and the suggestions worker
 * (suggestions.worker.ts). Failures travel as values; both sides check what
 * they receive with the guards below, because `postMessage` data is `any`.
 */
import type { ArticleLanguage } from '../domain/article.ts';
import type { Explanation } from '../domain/cues/cue-rule.ts';
import type { Suggestion } from '../domain/cues/suggestion.ts';
import { isClaimLabel } from '../domain/label.ts';
import type { TokenTable } from '../domain/token.ts';
import { isTokenTable } from '../nlp/protocol.ts';

/** Asks for the suggestions of `text`, whose tokens are `table` (a copy: the sender keeps its own). */
export interface SuggestRequest {
  id: number;
  text: string;
  lang: ArticleLanguage;
  table: TokenTable;
}

/** The suggestions, sorted by start, and the engine's time in the worker; or why there are none. */
export type SuggestResult = { ok: true; suggestions: Suggestion[]; ms: number } | { ok: false; error: string };

export interface SuggestResponse {
  id: number;
  result: SuggestResult;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isExplanation(value: unknown): value is Explanation {
  return isRecord(value) && typeof value.ja === 'string' && typeof value.en === 'string';
}

/** True when `value` is a well-formed suggestion: a non-empty span, its cue inside it. */
export function isSuggestion(value: unknown): value is Suggestion {
  if (!isRecord(value)) return false;
  const { id, ruleId, label, start, end, cue, cueStart, cueEnd, explanation, note } = value;
  return (
    typeof id === 'string' &&
    typeof ruleId === 'string' &&
    isClaimLabel(label) &&
    isOffset(start) &&
    isOffset(end) &&
    start < end &&
    typeof cue === 'string' &&
    isOffset(cueStart) &&
    isOffset(cueEnd) &&
    start <= cueStart &&
    cueStart <= cueEnd &&
    cueEnd <= end &&
    isExplanation(explanation) &&
    (note === undefined || typeof note === 'string')
  );
}

/** True when `value` is a request the worker can serve. */
export function isSuggestRequest(value: unknown): value is SuggestRequest {
  return (
    isRecord(value) &&
    isOffset(value.id) &&
    typeof value.text === 'string' &&
    (value.lang === 'ja' || value.lang === 'en') &&
    isTokenTable(value.table)
  );
}

/** True when `value` is a well-formed answer of the worker. */
export function isSuggestResponse(value: unknown): value is SuggestResponse {
  if (!isRecord(value) || !isOffset(value.id) || !isRecord(value.result)) return false;
  const result = value.result;
  if (result.ok === false) return typeof result.error === 'string';
  return result.ok === true && typeof result.ms === 'number' && Array.isArray(result.suggestions) && result.suggestions.every(isSuggestion);
}
