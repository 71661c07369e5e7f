/**
 * The records the bench stores in IndexedDB: the long article, an annotator
 * set as the local identity, and claims spread evenly over the text. Built
 * in node with the domain's own anchor code, so they are what the app
 * itself would store.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/domain/article.ts';
import type { Annotator, Claim } from '../../src/domain/claim.ts';
import { CLAIM_LABELS } from '../../src/domain/label.ts';
import { createAnchor } from '../../src/domain/anchoring/describe-quote.ts';
import { repeatToLength } from './pages/long-text.ts';
import type { SeedPayload } from './pages/seed.ts';

const SHIPPED_TEXT_FILE = join(import.meta.dirname, '../../data/articles/nvidia-deepseek-2025-01-27.ja.txt');

/** Fixed timestamp of every bench record: the figures must not depend on the day. */
const STORED_AT = '2025-01-27T00:00:00.000Z';

/** The local identity of every bench run: set up front, so no name dialog interrupts a timing. */
export const BENCH_ANNOTATOR: Annotator = { id: 'bench-annotator', name: 'Bench' };

/** Length of each spread claim; the rest of its slot is left free for created claims. */
const CLAIM_LENGTH = 12;

/** The shipped article's text, exactly as the app bundles it. */
export function shippedText(): string {
  return readFileSync(SHIPPED_TEXT_FILE, 'utf8');
}

/** The long article: the shipped text repeated to `chars` code units (same function as the baseline page). */
export function longText(chars: number): string {
  return repeatToLength(shippedText(), chars);
}

/** Lowercase hex SHA-256 of the UTF-8 bytes, as `contentHashOf` computes it in the app. */
function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A stored Japanese article record with `text`. */
export function articleRecord(id: string, title: string, text: string): Article {
  return { id, title, lang: 'ja', text, contentHash: contentHash(text), addedAt: STORED_AT };
}

/**
 * `count` claims spread evenly over the text: the text is cut into `count`
 * equal slots and each claim starts at the start of its slot (just after it,
 * if a line break is there). A claim never crosses a line break, so each one
 * is a single highlight element.
 * @throws Error if a slot holds nothing but line breaks.
 */
export function spreadClaims(article: Article, count: number): Claim[] {
  const { text } = article;
  const slot = text.length / count;
  const claims: Claim[] = [];
  for (let i = 0; i < count; i++) {
    let start = Math.floor(i * slot);
    while (text[start] === '\n') start++;
    const lineBreak = text.indexOf('\n', start);
    const end = Math.min(start + CLAIM_LENGTH, lineBreak === -1 ? text.length : lineBreak, Math.floor((i + 1) * slot));
    if (end <= start) throw new Error(`Slot ${i} of the text has no room for a claim`);
    claims.push({
      id: `bench-claim-${String(i).padStart(5, '0')}`,
      articleId: article.id,
      anchor: createAnchor(article.text, start, end, article.contentHash),
      label: CLAIM_LABELS[i % CLAIM_LABELS.length]!,
      gloss: '',
      note: '',
      evidence: [],
      authorId: BENCH_ANNOTATOR.id,
      createdAt: STORED_AT,
      updatedAt: STORED_AT,
      version: 1,
    });
  }
  return claims;
}

/**
 * Ranges for the timed creations: `count` ranges of `length` code units,
 * evenly spread, each in the free part of a slot (after the spread claim,
 * before the next) and on one line.
 */
export function creationRanges(text: string, slots: number, count: number, length = 8): { start: number; end: number }[] {
  const slot = text.length / slots;
  const ranges: { start: number; end: number }[] = [];
  for (let k = 0; ranges.length < count && k < slots; k++) {
    const index = (k * 7919) % slots; // 7919 is prime: a permutation of the slots, spread over the text
    const start = Math.floor(index * slot) + CLAIM_LENGTH + 4;
    const end = start + length;
    if (end > Math.floor((index + 1) * slot) || text.slice(start, end).includes('\n')) continue;
    ranges.push({ start, end });
  }
  return ranges;
}

/** What to store before a visit: `articles` (with their first-screen copies, unless `firstScreenCopies` is false), their `claims`, and the bench identity. */
export function seedPayload(articles: Article[], claims: Claim[] = [], firstScreenCopies = true): SeedPayload {
  return { articles, claims, annotators: [BENCH_ANNOTATOR], settings: [{ key: 'identity', value: BENCH_ANNOTATOR.id }], firstScreenCopies };
}
