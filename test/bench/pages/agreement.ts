/**
 * The Issue 5 case: the agreement report and the claim diff of two
 * annotators with `?claims=N` claims each on `?chars=N` code units of the
 * shipped text repeated (long-text.ts), tokenized by the app's tokenizer
 * code in a worker (agreement-tokens.worker.ts). Setup is untimed and marks
 * `bench:agreement-ready` (or `bench:agreement-failed`); then each call of
 * `window.benchAgreement()` times `agreementReport` followed by
 * `diffClaims` on the main thread, as the comparison view runs them.
 *
 * The claims are what two annotators snapping to tokens would leave: one
 * per slot of the token list for A; for B, in 9 slots of 10, a claim at or
 * near A's (same tokens 6 times in 10, the same label 3 times in 4), in the
 * 10th, one elsewhere in the slot. So every kind of diff row and every
 * kappa cell occurs.
 */
import shippedText from '../../../data/articles/nvidia-deepseek-2025-01-27.ja.txt?raw';
import { countDiffKinds, diffClaims } from '../../../src/domain/agreement/claim-diff.ts';
import { agreementReport } from '../../../src/domain/agreement/report.ts';
import { createAnchor } from '../../../src/domain/anchoring/describe-quote.ts';
import type { Claim } from '../../../src/domain/claim.ts';
import { contentHashOf } from '../../../src/domain/content-hash.ts';
import { CLAIM_LABELS, type ClaimLabel } from '../../../src/domain/label.ts';
import type { TokenTable } from '../../../src/domain/token.ts';
import type { TokensReply } from './agreement-tokens.worker.ts';
import { repeatToLength } from './long-text.ts';

/** One timed report and diff, in ms, with what they found (to check the work was done). */
export interface AgreementTiming {
  reportMs: number;
  diffMs: number;
  totalMs: number;
  units: number;
  kappa: number | null;
  overlapF1: number | null;
  rows: number;
  matches: number;
  labelDisagreements: number;
}

const params = new URLSearchParams(location.search);
const text = repeatToLength(shippedText, Number(params.get('chars') ?? '200000'));
const claimCount = Number(params.get('claims') ?? '10000');

/** A deterministic pseudo-random sequence in [0, 1) (an LCG), so the claims never change. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

/** A token range [first, last) as a claim of `authorId`. */
function claimOn(table: TokenTable, hash: string, authorId: string, index: number, first: number, last: number, label: ClaimLabel): Claim {
  return {
    id: `${authorId}-${index}`,
    articleId: 'bench-agreement',
    anchor: createAnchor(text, table.start[first]!, table.end[last - 1]!, hash),
    label,
    gloss: '',
    note: '',
    evidence: [],
    authorId,
    createdAt: '2025-01-27T00:00:00.000Z',
    updatedAt: '2025-01-27T00:00:00.000Z',
    version: 1,
  };
}

/** The two annotators' claims (see the file comment). */
function claimSets(table: TokenTable, hash: string): [Claim[], Claim[]] {
  const next = random(20_250_127);
  const slot = table.count / claimCount;
  const a: Claim[] = [];
  const b: Claim[] = [];
  const pick = () => CLAIM_LABELS[Math.floor(next() * CLAIM_LABELS.length)]!;
  for (let i = 0; i < claimCount; i++) {
    const slotStart = Math.floor(i * slot);
    const slotEnd = Math.max(slotStart + 1, Math.floor((i + 1) * slot));
    const half = slotStart + Math.max(1, Math.floor((slotEnd - slotStart) / 2));
    const clamp = (token: number, low: number, high: number) => Math.min(Math.max(token, low), high);
    const firstA = clamp(slotStart + Math.floor(next() * 2), slotStart, half - 1);
    const lastA = clamp(firstA + 1 + Math.floor(next() * 4), firstA + 1, half);
    const labelA = pick();
    a.push(claimOn(table, hash, 'a', i, firstA, lastA, labelA));
    let firstB = firstA;
    let lastB = lastA;
    if (next() < 0.1 && half < slotEnd) {
      firstB = half;
      lastB = clamp(half + 1 + Math.floor(next() * 3), half + 1, slotEnd);
    } else if (next() >= 0.6) {
      firstB = clamp(firstA + (next() < 0.5 ? -1 : 1), slotStart, lastA - 1);
      lastB = clamp(lastA + (next() < 0.5 ? -1 : 1), firstB + 1, half);
    }
    b.push(claimOn(table, hash, 'b', i, firstB, lastB, next() < 0.75 ? labelA : pick()));
  }
  return [a, b];
}

let sets: { a: Claim[]; b: Claim[]; table: TokenTable } | null = null;

/** Times one agreement report and diff of the two sets. */
function benchAgreement(): AgreementTiming {
  if (!sets) throw new Error('The agreement case is not ready');
  const { a, b, table } = sets;
  const t0 = performance.now();
  const report = agreementReport({ text, tokens: table, sets: [{ annotatorId: 'a', claims: a }, { annotatorId: 'b', claims: b }] });
  const t1 = performance.now();
  const rows = diffClaims(a, b);
  const t2 = performance.now();
  const kinds = countDiffKinds(rows);
  const pair = report.pairs[0]!;
  return {
    reportMs: t1 - t0,
    diffMs: t2 - t1,
    totalMs: t2 - t0,
    units: report.units,
    kappa: pair.kappa.value,
    overlapF1: pair.overlap.overall.f1,
    rows: rows.length,
    matches: kinds.match,
    labelDisagreements: kinds.label,
  };
}

const worker = new Worker(new URL('./agreement-tokens.worker.ts', import.meta.url), { type: 'module' });
worker.addEventListener('message', (event: MessageEvent<TokensReply>) => {
  const reply = event.data;
  worker.terminate();
  if (!reply.ok) {
    performance.mark('bench:agreement-failed', { detail: { error: reply.error } });
    return;
  }
  void contentHashOf(text).then((hash) => {
    const started = performance.now();
    const [a, b] = claimSets(reply.table, hash);
    sets = { a, b, table: reply.table };
    performance.mark('bench:agreement-ready', {
      detail: { characters: text.length, tokens: reply.table.count, tokenizeMs: reply.ms, claimsMs: performance.now() - started, claimsA: a.length, claimsB: b.length },
    });
  });
});
worker.postMessage(text);

(window as unknown as { benchAgreement: typeof benchAgreement }).benchAgreement = benchAgreement;
