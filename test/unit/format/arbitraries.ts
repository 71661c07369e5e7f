import fc from 'fast-check';
import type { Article } from '../../../src/domain/article.ts';
import type { Claim } from '../../../src/domain/claim.ts';
import type { ClaimStore } from '../../../src/domain/format/build-claim-set.ts';
import { CLAIM_LABELS } from '../../../src/domain/label.ts';
import { EVIDENCE_STANCES } from '../../../src/domain/evidence.ts';
import { sha256 } from './sample-store.ts';

/**
 * Generated stores for property tests. Texts are made of the pieces that
 * break offset code: surrogate pairs (𠮷, 😀), a ZWJ emoji sequence,
 * か + combining dakuten, full-width digits, line breaks, and lone
 * surrogates (which JSON carries as \u escapes). Claims are cut on code
 * point boundaries, as the anchoring code guarantees.
 */
const PIECES = ['a', 'Z', ' ', 'あ', '株価', '𠮷', '😀', '👨‍👩‍👧', 'か\u3099', '１２３', '\n', '。', 'NVIDIA', '\uD83D', '\uDE00x'];

const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const iso = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
const day = iso.map((s) => s.slice(0, 10));
const freeText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.constantFrom('', '=1+1', 'a,"b"\r\nc'));
const url = fc.constantFrom('https://example.com/', 'http://例え.jp/パス?q=1', 'https://a.test/x,y');

/** A claim on `article` between two code point positions `a` and `b` (in either order). */
function claimOn(article: Article, index: number, a: number, b: number, fields: Omit<Claim, 'id' | 'articleId' | 'anchor'>): Claim {
  const units = Array.from(article.text);
  const cpStart = a % (units.length + 1);
  const cpEnd = b % (units.length + 1);
  const [from, to] = cpStart <= cpEnd ? [cpStart, cpEnd] : [cpEnd, cpStart];
  const at = (cp: number): number => units.slice(0, cp).join('').length;
  const start = at(from);
  const end = at(to);
  return {
    id: `${article.id}-c${index}`,
    articleId: article.id,
    anchor: {
      start,
      end,
      exact: article.text.slice(start, end),
      prefix: units.slice(Math.max(0, from - 4), from).join(''),
      suffix: units.slice(to, to + 4).join(''),
      contentHash: article.contentHash,
    },
    ...fields,
  };
}

const claimFields = fc.record({
  label: fc.constantFrom(...CLAIM_LABELS),
  gloss: freeText,
  note: freeText,
  evidence: fc.array(
    fc.record({ url, title: freeText, quote: freeText, stance: fc.constantFrom(...EVIDENCE_STANCES), accessed: day, archiveUrl: fc.option(url, { nil: undefined }) }),
    { maxLength: 2 },
  ).map((list) => list.map((e, i) => {
    const { archiveUrl, ...rest } = e;
    return { id: `e${i}`, ...rest, ...(archiveUrl ? { archiveUrl } : {}) };
  })),
  authorId: fc.constantFrom('u1', 'u2'),
  createdAt: iso,
  updatedAt: iso,
  version: fc.integer({ min: 1, max: 50 }),
  suggestedBy: fc.option(fc.record({ ruleId: fc.constantFrom('darou', 'to-mirareru') }), { nil: undefined }),
}).map(({ suggestedBy, ...rest }) => ({ ...rest, ...(suggestedBy ? { suggestedBy } : {}) }));

/** A whole store: 1 to 3 articles, claims on them, reviews and comments on the claims. */
export const storeArbitrary: fc.Arbitrary<ClaimStore> = fc
  .record({
    texts: fc.array(fc.record({ text, lang: fc.constantFrom('ja' as const, 'en' as const), title: freeText, url: fc.option(url, { nil: undefined }) }), { minLength: 1, maxLength: 3 }),
    claims: fc.array(fc.record({ article: fc.nat(), a: fc.nat(), b: fc.nat(), fields: claimFields }), { maxLength: 12 }),
    reviews: fc.array(fc.record({ claim: fc.nat(), verdict: fc.constantFrom('accept', 'reject', 'relabel'), label: fc.constantFrom(...CLAIM_LABELS), comment: freeText, at: iso }), { maxLength: 4 }),
    comments: fc.array(fc.record({ claim: fc.nat(), body: freeText, at: iso, reply: fc.boolean() }), { maxLength: 4 }),
    names: fc.tuple(freeText, freeText),
  })
  .map(({ texts, claims: claimSpecs, reviews: reviewSpecs, comments: commentSpecs, names }) => {
    const articles: Article[] = texts.map((t, i) => ({
      id: `art-${i}`, title: t.title, lang: t.lang, text: t.text, contentHash: sha256(t.text), addedAt: '2025-01-01T00:00:00.000Z', ...(t.url ? { url: t.url } : {}),
    }));
    const claims = claimSpecs.map((s, i) => claimOn(articles[s.article % articles.length]!, i, s.a, s.b, s.fields));
    const reviews = claims.length === 0 ? [] : reviewSpecs.map((r, i) => ({
      id: `r${i}`, claimId: claims[r.claim % claims.length]!.id, reviewerId: 'u2', verdict: r.verdict,
      ...(r.verdict === 'relabel' ? { proposedLabel: r.label } : {}), comment: r.comment, createdAt: r.at,
    }));
    const comments = claims.length === 0 ? [] : commentSpecs.map((c, i) => ({ id: `m${i}`, claimId: claims[c.claim % claims.length]!.id, authorId: 'u1', body: c.body, createdAt: c.at }));
    // A reply points to an earlier comment on the same claim, when there is one.
    const withReplies = comments.map((c, i) => {
      const parent = commentSpecs[i]!.reply ? comments.slice(0, i).find((p) => p.claimId === c.claimId) : undefined;
      return parent ? { ...c, replyTo: parent.id } : c;
    });
    return { articles, claims, annotators: [{ id: 'u1', name: names[0] }, { id: 'u2', name: names[1] }], reviews, comments: withReplies, threads: [] } as ClaimStore;
  });
