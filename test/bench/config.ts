/**
 * What the bench measures and how often. Small enough to finish in 5 to 10
 * minutes on two shared cores, depending on their load (Issues 4, 5 and 7
 * take 2 to 4 of them); every figure is a median of `RUNS` runs.
 */

/** Runs per measured figure (each cold run is a fresh browser context); `BENCH_RUNS` overrides it for a quick look. */
export const RUNS = Number(process.env.BENCH_RUNS) || 5;

/** The long article of the Issue 2 and 3 targets, in UTF-16 code units. */
export const LONG_ARTICLE_CHARS = 200_000;

/** Claims spread over the long article for the Issue 3 targets. */
export const SPREAD_CLAIMS = 5_000;

/** Claims created one by one and timed (key press to highlight painted). */
export const CREATIONS = 40;

/** Creations timed on the same long text without other claims: shows what the 5,000 claims add. */
export const CREATIONS_WITHOUT_CLAIMS = 10;

/** Creations made first and not timed, so that the timed ones run warm code. */
export const CREATION_WARMUPS = 2;

/** Ids of the articles the bench stores (the shipped one is the app's default route). */
export const LONG_ID = 'bench-long-200k';
export const LONG_WITH_CLAIMS_ID = 'bench-long-200k-claims';

/** The viewport every page gets: a laptop screen. */
export const VIEWPORT = { width: 1360, height: 900 } as const;

/** Longest wait for any one page milestone (a cold 200,000-character load included). */
export const MILESTONE_TIMEOUT_MS = 120_000;

/** Claims exported and imported for the Issue 4 targets, on the long article. */
export const IO_CLAIMS = 10_000;

/** Id of the article carrying the Issue 4 claims. */
export const IO_ARTICLE_ID = 'bench-io-200k';

/** Claims per annotator in the Issue 5 agreement report, on the long article. */
export const AGREEMENT_CLAIMS = 10_000;

/** Claims and articles stored for the Issue 7 (scale) targets. */
export const SCALE_CLAIMS = 50_000;
export const SCALE_ARTICLES = 20;

/**
 * Length of each stored article of the scale case but the shipped one (the
 * app's default article is one of the 20): long enough that the claims,
 * spread by length, stay 12 code units long without touching.
 */
export const SCALE_ARTICLE_CHARS = 40_000;
