/**
 * The targets of Issues 4 (export and import), 5 (agreement report) and 7
 * (scale), judged on the figures of one run. Ratios compare medians
 * measured in the same run and page; the Issue 7 budgets for the library
 * and the full export are the ones proposed in docs/benchmarks.md.
 */
import { median, medianOf } from '../stats.ts';
import type { AgreementResults } from '../scenarios/agreement.ts';
import type { ExportSamples } from '../scenarios/io-page.ts';
import type { IoResults } from '../scenarios/io.ts';
import type { ScaleResults } from '../scenarios/scale.ts';
import { ms, ratio } from './format.ts';
import type { DetailRow, TargetRow } from './targets.ts';

/** Issue 4: the export path against reading the same records and `JSON.stringify`. */
export const EXPORT_RATIO_LIMIT = 3;
/** Issue 4: the import path against a `bulkPut` of the same rows. */
export const IMPORT_RATIO_LIMIT = 2;
/** Issue 5: report and diff of two sets of 10,000 claims on 200,000 characters. */
export const AGREEMENT_LIMIT_MS = 200;
/** Issue 7: the start with 50,000 claims against the start without. */
export const START_RATIO_LIMIT = 2;
/** Issue 7, proposed: navigation to the library's 20 rows painted. */
export const LIBRARY_LIMIT_MS = 1000;
/** Issue 7, proposed: a full export of 50,000 claims against reading them and `JSON.stringify`. */
export const FULL_EXPORT_RATIO_LIMIT = 3;

function judged(value: number, limit: number): boolean | null {
  return Number.isFinite(value) ? value <= limit : null;
}

const count = (value: number) => value.toLocaleString('en');

/** A length in UTF-16 code units, in millions. */
const chars = (value: number) => (Number.isFinite(value) ? `${(value / 1e6).toFixed(2)} M characters` : '—');

function exportTarget(issue: 4 | 7, subject: string, what: string, samples: ExportSamples, limit: number): TargetRow {
  const app = medianOf(samples.app, (s) => s.totalMs);
  const baseline = medianOf(samples.baseline, (s) => s.totalMs);
  return { issue, subject, what, value: ms(app), against: `read + JSON.stringify ${ms(baseline)}`, measured: ratio(app / baseline), target: `≤ ${limit.toFixed(2)}x`, pass: judged(app / baseline, limit) };
}

function exportDetails(subject: string, samples: ExportSamples): DetailRow[] {
  const build = medianOf(samples.app, (s) => s.buildMs + s.serializeMs);
  const stringify = medianOf(samples.baseline, (s) => s.stringifyMs);
  return [
    { subject, what: 'export, app: readClaimStore / buildClaimSet / serializeClaimSet', value: `${ms(medianOf(samples.app, (s) => s.readMs))} / ${ms(medianOf(samples.app, (s) => s.buildMs))} / ${ms(medianOf(samples.app, (s) => s.serializeMs))}` },
    { subject, what: 'export, baseline: read (toArray) / JSON.stringify', value: `${ms(medianOf(samples.baseline, (s) => s.readMs))} / ${ms(stringify)}` },
    { subject, what: 'export: build + serialize against JSON.stringify alone', value: `${ms(build)} / ${ms(stringify)} = ${ratio(build / stringify)}` },
    { subject, what: 'export: file, app / baseline', value: `${chars(medianOf(samples.app, (s) => s.chars))} / ${chars(medianOf(samples.baseline, (s) => s.chars))}` },
  ];
}

function ioTargets(io: IoResults): TargetRow[] {
  const subject = `long, ${count(io.claimCount)} claims`;
  const imported = medianOf(io.imports, (s) => s.totalMs);
  const written = medianOf(io.writeApp, (s) => s.totalMs);
  return [
    exportTarget(4, subject, 'export: readClaimStore → buildClaimSet → serializeClaimSet', io.exports, EXPORT_RATIO_LIMIT),
    { issue: 4, subject, what: 'import: parse → plan → resolve → writeImport', value: ms(imported), against: `bulkPut of the same rows ${ms(written)}`, measured: ratio(imported / written), target: `≤ ${IMPORT_RATIO_LIMIT.toFixed(2)}x`, pass: judged(imported / written, IMPORT_RATIO_LIMIT) },
  ];
}

function ioDetails(io: IoResults): DetailRow[] {
  const subject = `long, ${count(io.claimCount)} claims`;
  const write = medianOf(io.imports, (s) => s.writeMs);
  const bulk = medianOf(io.writeApp, (s) => s.totalMs);
  return [
    ...exportDetails(subject, io.exports),
    { subject, what: 'import, app: parse / read + plan / resolve / write', value: [medianOf(io.imports, (s) => s.parseMs), medianOf(io.imports, (s) => s.readMs + s.planMs), medianOf(io.imports, (s) => s.resolveMs), write].map(ms).join(' / ') },
    { subject, what: 'import: writeImport against bulkPut (app schema)', value: `${ms(write)} / ${ms(bulk)} = ${ratio(write / bulk)}` },
    { subject, what: 'writeImport\'s history lookup alone (bulkGet of the incoming ids, empty database)', value: ms(median(io.historyLookupMs)) },
    { subject, what: 'bulkPut of the same rows, primary keys only (no index)', value: ms(medianOf(io.writeKeysOnly, (s) => s.totalMs)) },
    { subject, what: 'import: claims stored / orphans / conflicts (last run)', value: io.imports.length > 0 ? `${count(io.imports.at(-1)!.claims)} / ${io.imports.at(-1)!.orphans} / ${io.imports.at(-1)!.conflicts}` : '—' },
  ];
}

function agreementSubject(agreement: AgreementResults): string {
  return `long (${count(agreement.characters)} chars), 2 × ${count(agreement.claimsPerAnnotator)} claims`;
}

function agreementTargets(agreement: AgreementResults): TargetRow[] {
  const total = medianOf(agreement.runs, (s) => s.totalMs);
  return [{ issue: 5, subject: agreementSubject(agreement), what: `agreementReport + diffClaims (main thread; median of ${agreement.runs.length})`, value: ms(total), against: '', measured: ms(total), target: `≤ ${AGREEMENT_LIMIT_MS} ms`, pass: judged(total, AGREEMENT_LIMIT_MS) }];
}

function agreementDetails(agreement: AgreementResults): DetailRow[] {
  const subject = agreementSubject(agreement);
  const last = agreement.runs.at(-1);
  const totals = agreement.runs.map((s) => s.totalMs);
  return [
    { subject, what: 'tokens (app tokenizer) / units (non-space tokens)', value: `${count(agreement.tokens)} / ${last ? count(last.units) : '—'}` },
    { subject, what: 'agreementReport / diffClaims', value: `${ms(medianOf(agreement.runs, (s) => s.reportMs))} / ${ms(medianOf(agreement.runs, (s) => s.diffMs))}` },
    { subject, what: 'report + diff, min / max', value: `${ms(Math.min(...totals))} / ${ms(Math.max(...totals))}` },
    { subject, what: 'diff rows / matches / label disagreements; kappa; overlap F1', value: last ? `${count(last.rows)} / ${count(last.matches)} / ${count(last.labelDisagreements)}; ${last.kappa?.toFixed(3) ?? '—'}; ${last.overlapF1?.toFixed(3) ?? '—'}` : '—' },
    { subject, what: 'tokenize in the page\'s worker (setup, untimed)', value: ms(agreement.tokenizeMs ?? Number.NaN) },
  ];
}

function scaleSubject(scale: ScaleResults): string {
  return `${scale.articles} articles, ${count(scale.claims)} claims`;
}

function scaleTargets(scale: ScaleResults): TargetRow[] {
  const subject = scaleSubject(scale);
  // The boot script's first paint does not depend on claims: the start is the live view with its claims.
  const startWith = medianOf(scale.startWith, (s) => s.claimsPaintedMs);
  const startWithout = medianOf(scale.startWithout, (s) => s.claimsPaintedMs);
  const library = median(scale.libraryWith);
  return [
    { issue: 7, subject, what: 'start: default article\'s view and claims painted', value: ms(startWith), against: `no claims ${ms(startWithout)}`, measured: ratio(startWith / startWithout), target: `≤ ${START_RATIO_LIMIT.toFixed(2)}x`, pass: judged(startWith / startWithout, START_RATIO_LIMIT) },
    { issue: 7, subject, what: `library: ${scale.articles} rows painted (proposed budget)`, value: ms(library), against: '', measured: ms(library), target: `≤ ${LIBRARY_LIMIT_MS.toLocaleString('en')} ms`, pass: judged(library, LIBRARY_LIMIT_MS) },
    exportTarget(7, subject, 'full export (proposed budget)', scale.exports, FULL_EXPORT_RATIO_LIMIT),
  ];
}

function scaleDetails(scale: ScaleResults): DetailRow[] {
  const subject = scaleSubject(scale);
  return [
    { subject, what: 'start without claims: text painted (first paint)', value: ms(medianOf(scale.startWithout, (s) => s.textPaintedMs)) },
    { subject, what: 'start with claims: text painted (first paint)', value: ms(medianOf(scale.startWith, (s) => s.textPaintedMs)) },
    { subject, what: 'start without claims: live view painted', value: ms(medianOf(scale.startWithout, (s) => s.claimsPaintedMs)) },
    { subject, what: `start with claims: the default article's ${scale.defaultArticleClaims} highlights painted`, value: ms(medianOf(scale.startWith, (s) => s.claimsPaintedMs)) },
    { subject, what: 'library without claims: rows painted', value: ms(median(scale.libraryWithout)) },
    { subject, what: 'library with claims: rows painted', value: ms(median(scale.libraryWith)) },
    { subject, what: 'library query alone (readLibrary, in a page), without / with claims', value: `${ms(median(scale.libraryReadWithout))} / ${ms(median(scale.libraryReadWith))}` },
    ...exportDetails(subject, scale.exports),
  ];
}

/** The results of the Issue 4, 5 and 7 parts; null for a part that did not run. */
export interface DataResults {
  io: IoResults | null;
  agreement: AgreementResults | null;
  scale: ScaleResults | null;
}

/** Every target of Issues 4, 5 and 7 that ran, in report order. */
export function judgeDataTargets({ io, agreement, scale }: DataResults): TargetRow[] {
  return [...(io ? ioTargets(io) : []), ...(agreement ? agreementTargets(agreement) : []), ...(scale ? scaleTargets(scale) : [])];
}

/** The medians behind the Issue 4, 5 and 7 targets, and the figures that explain them. */
export function dataDetailRows({ io, agreement, scale }: DataResults): DetailRow[] {
  return [...(io ? ioDetails(io) : []), ...(agreement ? agreementDetails(agreement) : []), ...(scale ? scaleDetails(scale) : [])];
}
