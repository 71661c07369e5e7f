import type { ClaimSetArticle, ClaimSetClaim, ClaimSetFile } from './claim-set.ts';
import { sortClaimSet } from './serialize-claim-set.ts';

/**
 * Export to the W3C Web Annotation Data Model (JSON-LD), so other annotation
 * tools can read our claims. One `Annotation` per claim, all in one
 * `AnnotationCollection` whose first (and only) `AnnotationPage` embeds them.
 * The mapping is in docs/format.md; reviews, comments and provenance are not
 * part of it (use the native format for those).
 *
 * The collection also carries a Shuchō extension (`shucho:` terms) with the
 * article texts and what the model has no place for (evidence details, the
 * content hash, the edit counter), so that `parseW3CExport` can bring an
 * export back without loss. Other tools ignore those terms.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Prefix of the extension terms; a URN, since Shuchō has no web address of its own. */
export const SHUCHO_NAMESPACE = 'urn:shucho:ns:';
export const W3C_CONTEXT = [ANNO_CONTEXT, { shucho: SHUCHO_NAMESPACE }] as const;
/** Version of the extension terms, independent of the native format's. */
export const W3C_EXTENSION_VERSION = 1;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KANA_OR_KANJI = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;
const LATIN_ONLY = /^[\s\u0020-\u024f\u2000-\u206f]*$/;

export interface W3CExportOptions {
  /** IRI of the collection, e.g. `urn:uuid:` + `clock.newId()`. */
  collectionId: string;
  /** Human-readable name of the collection. */
  label?: string;
}

/** IRI of a claim's annotation: `urn:uuid:<id>` for UUIDs, else `urn:shucho:claim:<id>`. */
export function claimIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:shucho:claim:${encodeURIComponent(id)}`;
}

/** IRI of an article: its web address when known, else `urn:shucho:article:<id>`. */
export function articleIri(article: Pick<ClaimSetArticle, 'id' | 'url'>): string {
  return article.url ?? `urn:shucho:article:${encodeURIComponent(article.id)}`;
}

/** IRI of an annotator: `urn:shucho:annotator:<id>`. */
export function annotatorIri(id: string): string {
  return `urn:shucho:annotator:${encodeURIComponent(id)}`;
}

/**
 * Language tag for a free-text note, or undefined when unsure: 'ja' when it
 * holds kana or kanji, 'en' when it is Latin script only. A wrong tag is
 * worse than none, so anything else gets none.
 */
export function guessNoteLanguage(text: string): 'ja' | 'en' | undefined {
  if (KANA_OR_KANJI.test(text)) return 'ja';
  return LATIN_ONLY.test(text) ? 'en' : undefined;
}

/** Builds the W3C AnnotationCollection of `file` (claims in the native file's order). */
export function toW3CCollection(file: ClaimSetFile, options: W3CExportOptions): Record<string, unknown> {
  const sorted = sortClaimSet(file);
  const articleById = new Map(sorted.articles.map((a) => [a.id, a]));
  const nameById = new Map(sorted.annotators.map((a) => [a.id, a.name]));
  const items = sorted.claims.map((claim) => toAnnotation(claim, articleById.get(claim.articleId), nameById.get(claim.authorId) ?? claim.authorId));
  return {
    '@context': W3C_CONTEXT,
    id: options.collectionId,
    type: 'AnnotationCollection',
    label: options.label ?? 'Shuchō claims',
    total: items.length,
    'shucho:version': W3C_EXTENSION_VERSION,
    'shucho:exportedAt': sorted.exportedAt,
    'shucho:generator': sorted.generator,
    'shucho:articles': sorted.articles.map((a) => ({
      id: a.id, title: a.title, lang: a.lang, url: a.url, publisher: a.publisher, published: a.published, contentHash: a.contentHash, text: a.text,
    })),
    first: { id: `${options.collectionId}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as pretty-printed JSON with a final newline. */
export function serializeW3C(file: ClaimSetFile, options: W3CExportOptions): string {
  return `${JSON.stringify(toW3CCollection(file, options), null, 2)}\n`;
}

/** One claim as a standalone Annotation (it repeats the @context, so it can be lifted out). */
export function toAnnotation(claim: ClaimSetClaim, article: Pick<ClaimSetArticle, 'id' | 'url'> | undefined, authorName: string): Record<string, unknown> {
  const body: Record<string, unknown>[] = [{ type: 'TextualBody', purpose: 'classifying', value: claim.label, format: 'text/plain' }];
  if (claim.note !== '') {
    body.push({ type: 'TextualBody', purpose: 'commenting', value: claim.note, format: 'text/plain', language: guessNoteLanguage(claim.note) });
  }
  if (claim.gloss !== '') body.push({ type: 'TextualBody', purpose: 'describing', value: claim.gloss, format: 'text/plain', language: 'en' });
  for (const e of claim.evidence) {
    body.push({
      type: 'SpecificResource',
      purpose: 'linking',
      source: e.url,
      'shucho:evidence': { id: e.id, title: e.title, quote: e.quote, stance: e.stance, accessed: e.accessed, archiveUrl: e.archiveUrl },
    });
  }
  const { start, end, exact, prefix, suffix } = claim.selector;
  return {
    '@context': W3C_CONTEXT,
    id: claimIri(claim.id),
    type: 'Annotation',
    motivation: 'classifying',
    created: claim.createdAt,
    modified: claim.updatedAt,
    creator: { id: annotatorIri(claim.authorId), type: 'Person', name: authorName },
    body,
    target: {
      type: 'SpecificResource',
      source: articleIri(article ?? { id: claim.articleId }),
      selector: [
        { type: 'TextQuoteSelector', exact, prefix, suffix },
        { type: 'TextPositionSelector', start, end },
      ],
    },
    'shucho:claim': {
      id: claim.id,
      articleId: claim.articleId,
      contentHash: claim.contentHash,
      version: claim.version,
      suggestedBy: claim.suggestedBy ? { ruleId: claim.suggestedBy.ruleId } : undefined,
    },
  };
}
