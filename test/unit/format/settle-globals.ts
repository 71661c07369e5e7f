/**
 * Node defines some globals (AbortController, fetch, structuredClone...) as
 * lazy getters that replace themselves with a value on first read. Read them
 * all once, before @fast-check/poisoning takes its snapshot, so that the
 * first read during a test is not mistaken for poisoning. Import this module
 * before '@fast-check/poisoning'.
 */
for (const name of Object.getOwnPropertyNames(globalThis)) {
  try {
    void (globalThis as Record<string, unknown>)[name];
  } catch {
    // A getter that throws (deprecated APIs) stays as it is.
  }
}
