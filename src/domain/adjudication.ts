import type { Article } from './article.ts';
import type { Annotator, Claim } from './claim.ts';
import type { DiffRow } from './agreement/claim-diff.ts';
import { buildClaimSet } from './format/build-claim-set.ts';
import type { ClaimProvenance, ClaimSetFile } from './format/claim-set.ts';
import type { Clock } from './ids.ts';
import type { ClaimLabel } from './label.ts';

/**
 * Adjudication: an adjudicator walks the diff of two annotators (A and B,
 * see agreement/claim-diff.ts) and decides each row; the result is a new
 * claim set authored by the adjudicator, where every claim says where it came
 * from (`ClaimProvenance`), exported in the native format.
 */

/**
 * What to do with one diff row:
 * - 'A' / 'B': keep that side's claim (its span, label, gloss, note, evidence);
 * - 'edited': keep the span (and gloss, note, evidence) of side `base` with
 *   another `label` (`base` defaults to A when the row has an A claim, else B);
 * - 'drop': nothing from this row goes into the result.
 */
export type AdjudicationChoice =
  | { take: 'A' }
  | { take: 'B' }
  | { take: 'edited'; label: ClaimLabel; base?: 'A' | 'B' }
  | { take: 'drop' };

/** Decisions by diff row id (`DiffRow.id`). */
export type Decisions = ReadonlyMap<string, AdjudicationChoice>;

/**
 * What a row gets when the adjudicator has not decided it: agreement rows
 * keep A's claim (the label is the same; on an overlap match A's span is
 * kept, and the adjudicator may take B's), a claim only one side made is
 * kept, and a label disagreement has no default: it needs a person.
 */
export function defaultChoice(row: DiffRow): AdjudicationChoice | null {
  switch (row.kind) {
    case 'match':
    case 'only-a':
      return { take: 'A' };
    case 'only-b':
      return { take: 'B' };
    case 'label':
      return null;
  }
}

/** The decision that applies to `row`: the adjudicator's, else the default (null: undecided). */
export function choiceFor(row: DiffRow, decisions: Decisions): AdjudicationChoice | null {
  return decisions.get(row.id) ?? defaultChoice(row);
}

/** True when `choice` can be applied to `row` (e.g. 'B' needs a B claim). */
export function isChoiceValid(row: DiffRow, choice: AdjudicationChoice): boolean {
  if (choice.take === 'A') return row.a !== null;
  if (choice.take === 'B') return row.b !== null;
  if (choice.take === 'edited') return (choice.base ?? (row.a ? 'A' : 'B')) === 'A' ? row.a !== null : row.b !== null;
  return true;
}

export interface AdjudicationResult {
  /** The adjudicated claims, new ids, authored by the adjudicator, in row order. */
  claims: Claim[];
  /** One entry per claim of `claims`. */
  provenance: ClaimProvenance[];
  /** Ids of the rows without a decision (left out of `claims`). */
  undecided: string[];
}

/**
 * Applies `decisions` (or the defaults) to `rows`. Each kept claim is a copy
 * of the chosen side's claim with a new id (`clock.newId()`), `authorId` =
 * `adjudicatorId`, `createdAt` = `updatedAt` = one `clock.now()` for the whole
 * run, version 1, and no `suggestedBy` or `orphan` (a person decided it).
 *
 * Provenance `sources` name the annotators whose claims the final claim
 * stands on: for 'A' (or 'B') that side's author, plus the other side's when
 * it gave the same label (a match row); for 'edited' every author of the row,
 * since the adjudicator made the claim from both readings.
 *
 * @throws RangeError when a decision cannot apply to its row (e.g. 'B' on an
 *   only-in-A row).
 */
export function adjudicate(rows: readonly DiffRow<Claim>[], decisions: Decisions, adjudicatorId: string, clock: Clock): AdjudicationResult {
  const now = clock.now();
  const claims: Claim[] = [];
  const provenance: ClaimProvenance[] = [];
  const undecided: string[] = [];
  for (const row of rows) {
    const choice = choiceFor(row, decisions);
    if (!choice) {
      undecided.push(row.id);
      continue;
    }
    if (!isChoiceValid(row, choice)) throw new RangeError(`Decision "${choice.take}" cannot apply to ${row.kind} row ${row.id}`);
    if (choice.take === 'drop') continue;
    const side = choice.take === 'edited' ? (choice.base ?? (row.a ? 'A' : 'B')) : choice.take;
    const base = (side === 'A' ? row.a : row.b)!;
    const other = side === 'A' ? row.b : row.a;
    const label = choice.take === 'edited' ? choice.label : base.label;
    const id = clock.newId();
    claims.push({
      id,
      articleId: base.articleId,
      anchor: { ...base.anchor },
      label,
      gloss: base.gloss,
      note: base.note,
      evidence: base.evidence.map((evidence) => ({ ...evidence })),
      authorId: adjudicatorId,
      createdAt: now,
      updatedAt: now,
      version: 1,
    });
    const sources =
      choice.take === 'edited'
        ? [row.a, row.b].flatMap((claim) => (claim ? [claim.authorId] : []))
        : [base.authorId, ...(other && other.label === base.label ? [other.authorId] : [])];
    provenance.push({ claimId: id, sources: [...new Set(sources)], side: choice.take === 'edited' ? 'edited' : side });
  }
  return { claims, provenance, undecided };
}

/**
 * The native claim set of an adjudication, ready for `serializeClaimSet`: the
 * article, the adjudicated claims with their provenance, the adjudicator and
 * the annotators the provenance names (`annotators` gives their names; an
 * unknown one is written with its id as name, see `buildClaimSet`). No
 * reviews or comments: they were about the annotators' claims, not these.
 * @throws RangeError while rows are undecided: a partial adjudication is not
 *   a result.
 */
export function adjudicatedClaimSet(input: {
  article: Article;
  result: AdjudicationResult;
  adjudicator: Annotator;
  annotators: readonly Annotator[];
  exportedAt: string;
  generator: string;
}): ClaimSetFile {
  const { article, result, adjudicator } = input;
  if (result.undecided.length > 0) throw new RangeError(`${result.undecided.length} rows are still undecided`);
  return buildClaimSet(
    {
      articles: [article],
      claims: result.claims,
      annotators: [adjudicator, ...input.annotators.filter((annotator) => annotator.id !== adjudicator.id)],
      provenance: result.provenance,
    },
    { exportedAt: input.exportedAt, generator: input.generator, articleIds: [article.id] },
  );
}
