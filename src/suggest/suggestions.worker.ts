/// <reference lib="webworker" />
/**
 * Runs the cue engine (domain/cues/suggest-claims.ts) off the main thread:
 * on a long article it takes a good part of a second (300 to 600 ms on
 * 200,000 characters), time in which the page would not answer the reader.
 * Failures come back as values (answer-suggest-request.ts).
 */
import { answerSuggestRequest } from './answer-suggest-request.ts';

declare const self: DedicatedWorkerGlobalScope;

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  self.postMessage(answerSuggestRequest(event.data));
});
