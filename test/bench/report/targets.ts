/**
 * The targets of Issues 2 and 3, judged on the figures of one run. Every
 * ratio compares medians measured in the same run; a missed target is a
 * MISS in the report, never a failure of the command.
 */
import { median, medianOf, quantile } from '../stats.ts';
import type { ClaimsResults } from '../scenarios/claims.ts';
import type { LoadingResult, LoadingResults } from '../scenarios/loading.ts';
import { bytes, ms, percent, ratio } from './format.ts';

/** One judged target. */
export interface TargetRow {
  issue: 2 | 3 | 4 | 5 | 7;
  subject: string;
  what: string;
  /** The app's figure. */
  value: string;
  /** What it is compared with, if anything. */
  against: string;
  /** The compared quantity: a ratio, share or figure. */
  measured: string;
  target: string;
  /** null when the figure could not be measured. */
  pass: boolean | null;
}

/** An informative figure (no target). */
export interface DetailRow {
  subject: string;
  what: string;
  value: string;
}

const WARM_DICTIONARY_LIMIT = 100_000;

function judged(value: number, limit: number, strict = false): boolean | null {
  if (!Number.isFinite(value)) return null;
  return strict ? value < limit : value <= limit;
}

/** Transfer overhead per run: roundtrip minus the worker's own time. */
function overheads(result: LoadingResult): { overhead: number; worker: number } {
  const pairs = result.cold.filter((s) => s.roundtripMs !== null && s.workerMs !== null);
  return {
    overhead: median(pairs.map((s) => s.roundtripMs! - s.workerMs!)),
    worker: median(pairs.map((s) => s.workerMs!)),
  };
}

function loadingTargets(results: LoadingResults, result: LoadingResult, isLong: boolean): TargetRow[] {
  const subject = result.article.name;
  const emptyPaint = median(results.emptyPaintMs);
  const coldText = medianOf(result.cold, (s) => s.textPaintedMs);
  const coldTokens = medianOf(result.cold, (s) => s.tokensReadyMs);
  const warmTokens = medianOf(result.warm, (s) => s.tokensReadyMs);
  const raw = medianOf(result.rawKuromoji, (s) => s.tokensReceivedMs);
  const warmDictionary = Math.max(...result.warm.map((s) => s.bytes.dictionary));
  const rows: TargetRow[] = [
    { issue: 2, subject, what: 'text painted, cold', value: ms(coldText), against: `empty page ${ms(emptyPaint)}`, measured: ratio(coldText / emptyPaint), target: '≤ 1.50x', pass: judged(coldText / emptyPaint, 1.5) },
    { issue: 2, subject, what: 'tokens ready, cold', value: ms(coldTokens), against: `raw kuromoji ${ms(raw)}`, measured: ratio(coldTokens / raw), target: '≤ 1.05x', pass: judged(coldTokens / raw, 1.05) },
  ];
  if (isLong) {
    const { overhead, worker } = overheads(result);
    rows.push({ issue: 2, subject, what: 'transfer overhead (roundtrip − worker)', value: ms(overhead), against: `worker tokenize ${ms(worker)}`, measured: percent(overhead / worker), target: '≤ 10 %', pass: judged(overhead / worker, 0.1) });
  }
  rows.push(
    { issue: 2, subject, what: 'dictionary bytes, warm visit (max)', value: bytes(warmDictionary), against: '', measured: bytes(warmDictionary), target: '< 100 kB', pass: judged(warmDictionary, WARM_DICTIONARY_LIMIT, true) },
    { issue: 2, subject, what: 'tokens ready, warm', value: ms(warmTokens), against: `cold ${ms(coldTokens)}`, measured: ratio(warmTokens / coldTokens), target: '≤ 0.70x', pass: judged(warmTokens / coldTokens, 0.7) },
  );
  return rows;
}

function claimsTargets(claims: ClaimsResults): TargetRow[] {
  const subject = `long, ${claims.claimCount.toLocaleString('en')} claims`;
  const creationMedian = median(claims.creationMs);
  const creationP95 = quantile(claims.creationMs, 0.95);
  const openWith = medianOf(claims.withClaims, (s) => s.claimsPaintedMs);
  const openWithout = medianOf(claims.withoutClaims, (s) => s.viewPaintedMs);
  const n = `(n = ${claims.creationMs.length})`;
  return [
    { issue: 3, subject, what: `create a claim: key → highlight painted, median ${n}`, value: ms(creationMedian), against: '', measured: ms(creationMedian), target: '≤ 16 ms', pass: judged(creationMedian, 16) },
    { issue: 3, subject, what: `create a claim: key → highlight painted, p95 ${n}`, value: ms(creationP95), against: '', measured: ms(creationP95), target: '≤ 50 ms', pass: judged(creationP95, 50) },
    { issue: 3, subject, what: 'open: all highlights painted', value: ms(openWith), against: `no claims, view painted ${ms(openWithout)}`, measured: ratio(openWith / openWithout), target: '≤ 1.50x', pass: judged(openWith / openWithout, 1.5) },
  ];
}

/** Every target of both issues, in report order. */
export function judgeTargets(loading: LoadingResults | null, claims: ClaimsResults | null): TargetRow[] {
  const rows: TargetRow[] = [];
  if (loading) loading.articles.forEach((result, index) => rows.push(...loadingTargets(loading, result, index === loading.articles.length - 1)));
  if (claims) rows.push(...claimsTargets(claims));
  return rows;
}

/** The medians behind the targets, and the figures that explain them. */
export function detailRows(loading: LoadingResults | null, claims: ClaimsResults | null): DetailRow[] {
  const rows: DetailRow[] = [];
  if (loading) {
    rows.push({ subject: 'baseline', what: 'empty page painted', value: ms(median(loading.emptyPaintMs)) });
    for (const failure of loading.failures) rows.push({ subject: 'failed run', what: failure, value: 'left out' });
    for (const result of loading.articles) {
      const subject = result.article.name;
      const { overhead, worker } = overheads(result);
      const add = (what: string, value: string) => rows.push({ subject, what, value });
      add('raw kuromoji: tokens received on the main thread', ms(medianOf(result.rawKuromoji, (s) => s.tokensReceivedMs)));
      add('raw kuromoji: dictionary load + build (in worker)', ms(medianOf(result.rawKuromoji, (s) => s.buildMs)));
      add('raw kuromoji: tokenize (in worker)', ms(medianOf(result.rawKuromoji, (s) => s.workerMs)));
      add('raw kuromoji: bytes', bytes(medianOf(result.rawKuromoji, (s) => s.bytes.dictionary + s.bytes.other)));
      add('app cold: first contentful paint', ms(medianOf(result.cold, (s) => s.firstContentfulPaintMs)));
      add('app cold: text painted', ms(medianOf(result.cold, (s) => s.textPaintedMs)));
      add('app warm: text painted', ms(medianOf(result.warm, (s) => s.textPaintedMs)));
      if (result.textWithoutCopyMs.length > 0) add('app cold, stored without a first-screen copy: text painted', ms(median(result.textWithoutCopyMs)));
      add('app cold: dictionary load requested from the worker', ms(medianOf(result.cold, (s) => s.dictionaryRequestedMs)));
      add('app cold: dictionary ready, on the main thread', ms(medianOf(result.cold, (s) => s.dictionaryReadyMs)));
      add('app cold: dictionary load + build (in worker)', ms(medianOf(result.cold, (s) => s.workerLoadMs)));
      add('app warm: dictionary load from cache + build (in worker)', ms(medianOf(result.warm, (s) => s.workerLoadMs)));
      add('app cold: tokenize request posted to the worker', ms(medianOf(result.cold, (s) => s.tokenizePostedMs)));
      add('app cold: tokens received (end of roundtrip)', ms(medianOf(result.cold, (s) => s.tokensReceivedMs)));
      add('app cold: tokens ready (painted)', ms(medianOf(result.cold, (s) => s.tokensReadyMs)));
      add('app cold: tokens received → ready (main thread, per run)', ms(medianOf(result.cold, (s) => (s.tokensReceivedMs === null ? null : s.tokensReadyMs - s.tokensReceivedMs))));
      add('app warm: tokens ready (painted)', ms(medianOf(result.warm, (s) => s.tokensReadyMs)));
      add('app: tokens', String(medianOf(result.cold, (s) => s.tokens)));
      add('app: tokenize in worker', ms(worker));
      add('app: roundtrip (post → validated table)', ms(medianOf(result.cold, (s) => s.roundtripMs)));
      add('app: transfer overhead (roundtrip − worker)', `${ms(overhead)} (${percent(overhead / worker)})`);
      add('app: table validation on main thread', ms(medianOf(result.cold, (s) => s.checkMs)));
      add('app cold: bytes, dictionary / other', `${bytes(medianOf(result.cold, (s) => s.bytes.dictionary))} / ${bytes(medianOf(result.cold, (s) => s.bytes.other))}`);
      add('app warm: bytes, dictionary / other', `${bytes(medianOf(result.warm, (s) => s.bytes.dictionary))} / ${bytes(medianOf(result.warm, (s) => s.bytes.other))}`);
    }
  }
  if (claims) {
    const subject = `long, ${claims.claimCount.toLocaleString('en')} claims`;
    rows.push(
      { subject, what: 'open without claims: text painted (first paint)', value: ms(medianOf(claims.withoutClaims, (s) => s.textPaintedMs)) },
      { subject, what: 'open without claims: view painted', value: ms(medianOf(claims.withoutClaims, (s) => s.viewPaintedMs)) },
      { subject, what: 'open with claims: text painted', value: ms(medianOf(claims.withClaims, (s) => s.textPaintedMs)) },
      { subject, what: 'open with claims: all highlights painted', value: ms(medianOf(claims.withClaims, (s) => s.claimsPaintedMs)) },
      { subject, what: 'create: key → "saved" shown (write committed), median / p95', value: `${ms(median(claims.creationSavedMs))} / ${ms(quantile(claims.creationSavedMs, 0.95))}` },
      { subject, what: 'create: key → highlight in the DOM, median / p95', value: `${ms(median(claims.creationDomMs))} / ${ms(quantile(claims.creationDomMs, 0.95))}` },
      { subject, what: 'create: key → highlight painted, min / max', value: `${ms(Math.min(...claims.creationMs))} / ${ms(Math.max(...claims.creationMs))}` },
      { subject, what: 'create: timed / failed (no highlight in 20 s)', value: `${claims.creationMs.length} / ${claims.creationFailures}` },
      {
        subject: 'long, no other claims',
        what: `create: key → highlight painted, median / p95 (n = ${claims.creationWithoutClaimsMs.length})`,
        value: `${ms(median(claims.creationWithoutClaimsMs))} / ${ms(quantile(claims.creationWithoutClaimsMs, 0.95))}`,
      },
    );
  }
  return rows;
}
