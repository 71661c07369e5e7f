/**
 * Records for the Issue 4 and 7 cases: claims as two annotators would leave
 * them (some with a gloss, a note or evidence, so an export carries more
 * than bare anchors), and the scale case's twenty articles. Built in node on
 * top of fixtures.ts, with the domain's own anchor code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/domain/article.ts';
import type { Annotator, Claim } from '../../src/domain/claim.ts';
import { BENCH_ANNOTATOR, articleRecord, shippedText, spreadClaims } from './fixtures.ts';
import { repeatToLength } from './pages/long-text.ts';
import type { SeedPayload } from './pages/seed.ts';

const SHIPPED_META_FILE = join(import.meta.dirname, '../../data/articles/nvidia-deepseek-2025-01-27.meta.json');

/** The second annotator of the bench's claims: half of them are theirs. */
export const SECOND_ANNOTATOR: Annotator = { id: 'bench-second', name: 'Second' };

/** Claims stored per seeding call: keeps each page.evaluate payload to a few megabytes. */
const SEED_CHUNK = 10_000;

/**
 * `count` claims spread over `article` (see `spreadClaims`), with ids unique
 * across articles, authored alternately by the bench annotator and the
 * second one; every 3rd has a gloss, every 5th a note, every 10th a piece of
 * evidence.
 */
export function annotatedClaims(article: Article, count: number): Claim[] {
  return spreadClaims(article, count).map((claim, i) => ({
    ...claim,
    id: `${article.id}-claim-${String(i).padStart(5, '0')}`,
    authorId: i % 2 === 0 ? BENCH_ANNOTATOR.id : SECOND_ANNOTATOR.id,
    gloss: i % 3 === 0 ? 'A gloss of the quoted text in English' : '',
    note: i % 5 === 0 ? '出典を確認すること' : '',
    evidence:
      i % 10 === 0
        ? [{ id: `${article.id}-evidence-${i}`, url: 'https://example.com/source', title: 'A source', quote: '', stance: 'supports', accessed: '2025-01-28' }]
        : [],
  }));
}

/** The shipped article exactly as the app stores it on first start (`loadShippedArticle`), metadata included. */
export function shippedArticleRecord(addedAt: string): Article {
  const meta = JSON.parse(readFileSync(SHIPPED_META_FILE, 'utf8')) as { id: string; title: string; publisher: string; published: string; headerImage: string };
  return { ...articleRecord(meta.id, meta.title, shippedText()), publisher: meta.publisher, published: meta.published, headerImage: meta.headerImage, addedAt };
}

/**
 * The scale case's articles: the shipped one (the app's default, so the
 * start opens one of them) and `count - 1` others of `chars` code units,
 * each the shipped text repeated under a numbered first line (distinct
 * texts, distinct hashes). Added a minute apart, newest last.
 */
export function scaleArticles(count: number, chars: number): Article[] {
  const base = shippedText();
  const articles = [shippedArticleRecord('2025-01-27T00:00:00.000Z')];
  for (let n = 1; n < count; n++) {
    const heading = `ベンチ記事 ${n}\n`;
    const article = articleRecord(`bench-scale-${String(n).padStart(2, '0')}`, `Bench: article ${n}`, heading + repeatToLength(base, chars - heading.length));
    articles.push({ ...article, addedAt: new Date(Date.parse('2025-01-27T00:00:00.000Z') + n * 60_000).toISOString() });
  }
  return articles;
}

/**
 * `total` claims over `articles`, each article getting a share proportional
 * to its length (the remainder goes to the longest), so the density is the
 * same everywhere.
 */
export function claimsByLength(articles: readonly Article[], total: number): Claim[] {
  const chars = articles.reduce((sum, article) => sum + article.text.length, 0);
  const shares = articles.map((article) => Math.floor((total * article.text.length) / chars));
  const longest = articles.reduce((best, article, i) => (article.text.length > articles[best]!.text.length ? i : best), 0);
  shares[longest]! += total - shares.reduce((sum, share) => sum + share, 0);
  return articles.flatMap((article, i) => annotatedClaims(article, shares[i]!));
}

/**
 * Seed payloads for `articles` and `claims` with both annotators and the
 * bench identity: the first carries everything but the claims after
 * `SEED_CHUNK`, the others only further claims.
 */
export function chunkedSeed(articles: Article[], claims: readonly Claim[]): SeedPayload[] {
  const payloads: SeedPayload[] = [];
  for (let from = 0; from === 0 || from < claims.length; from += SEED_CHUNK) {
    const chunk = claims.slice(from, from + SEED_CHUNK);
    payloads.push(
      from === 0
        ? { articles, claims: chunk, annotators: [BENCH_ANNOTATOR, SECOND_ANNOTATOR], settings: [{ key: 'identity', value: BENCH_ANNOTATOR.id }], firstScreenCopies: true }
        : { articles: [], claims: chunk, annotators: [], settings: [], firstScreenCopies: false },
    );
  }
  return payloads;
}
