/**
 * Time and id sources are injected wherever records are made, so tests can be
 * deterministic; the app passes `systemClock`.
 */
export interface Clock {
  now(): string;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};
