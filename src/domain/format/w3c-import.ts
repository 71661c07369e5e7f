import { CLAIM_SET_FORMAT, CLAIM_SET_VERSION, type ClaimSetArticle, type ClaimSetFile, type FormatProblem, type ParseResult } from './claim-set.ts';
import { readJsonText } from './json-text.ts';
import { ProblemList, pointer } from './problems.ts';
import { validateClaimSet } from './validate-claim-set.ts';
import { own, type Untrusted } from './validate-fields.ts';
import { ANNO_CONTEXT } from './w3c-export.ts';

export interface W3CImportOptions {
  /**
   * Articles already stored locally, used for annotations whose article the
   * file does not carry (an export trimmed of its `shucho:articles`): matched
   * by id (`urn:shucho:article:<id>` or the extension's article id), then by URL.
   */
  articles?: readonly ClaimSetArticle[];
}

/**
 * Reads a W3C Web Annotation export made by `serializeW3C` back into a
 * native claim set. The article texts come from the collection's
 * `shucho:articles` (or `options.articles`); the claim fields come from the
 * standard terms (target selectors, bodies by purpose, creator, dates) and
 * the `shucho:claim` / `shucho:evidence` extension for the rest. The result
 * then goes through the same validation as a native file, so it carries the
 * same guarantees; problems in a claim are reported at its annotation's path
 * (`/first/items/3`), naming the field. Never throws.
 */
export function parseW3CExport(jsonText: string, options: W3CImportOptions = {}): ParseResult<ClaimSetFile> {
  const json = readJsonText(jsonText);
  return json.ok ? w3cFromJson(json.value, options) : json;
}

/** `parseW3CExport` after the JSON step: `value` is what `readJsonText` returned. */
export function w3cFromJson(value: unknown, options: W3CImportOptions = {}): ParseResult<ClaimSetFile> {
  const errors = new ProblemList();
  const root = asRecord(value);
  const type = root ? own(root, 'type') : undefined;
  if (!root || !(type === 'AnnotationCollection' || (Array.isArray(type) && type.includes('AnnotationCollection')))) {
    return { ok: false, errors: [{ path: '', message: 'Not a W3C AnnotationCollection (as written by Shuchō\'s W3C export).' }] };
  }
  const context = own(root, '@context');
  if (!(context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT)))) {
    errors.add('/@context', `"@context" must include "${ANNO_CONTEXT}".`);
  }
  const page = asRecord(own(root, 'first'));
  const items = page ? own(page, 'items') : undefined;
  if (!Array.isArray(items)) {
    return { ok: false, errors: [{ path: '/first', message: 'The collection must embed its page of annotations in "first" (with "items").' }] };
  }

  const carried = own(root, 'shucho:articles');
  const articles: unknown[] = Array.isArray(carried) ? [...carried] : [];
  const articlePaths = articles.map((_, i) => `/shucho:articles/${i}`);
  const articleIds = new Set(articles.map((a) => String(asRecord(a) ? own(asRecord(a)!, 'id') : '')));
  const annotators = new Map<string, { id: string; name: unknown; path: string }>();
  const claims: unknown[] = [];
  const claimPaths: string[] = [];

  items.forEach((item, i) => {
    const path = `/first/items/${i}`;
    const annotation = asRecord(item);
    if (!annotation) return errors.add(path, 'An annotation must be an object.');
    const ext = asRecord(own(annotation, 'shucho:claim')) ?? {};
    const target = asRecord(own(annotation, 'target'));
    const selectors = target ? listOf(own(target, 'selector')).map(asRecord) : [];
    const quote = selectors.find((s) => s && own(s, 'type') === 'TextQuoteSelector');
    const position = selectors.find((s) => s && own(s, 'type') === 'TextPositionSelector');
    if (!target || !quote || !position) return errors.add(pointer(path, 'target'), 'The target must be a SpecificResource with a TextQuoteSelector and a TextPositionSelector.');
    const source = own(target, 'source');
    const articleId = own(ext, 'articleId') ?? articleIdOf(source, articles, options.articles);
    if (typeof articleId !== 'string') return errors.add(pointer(pointer(path, 'target'), 'source'), `No article in this file or stored locally matches ${JSON.stringify(source)}.`);
    if (!articleIds.has(articleId)) {
      const localArticle = options.articles?.find((a) => a.id === articleId);
      if (!localArticle) return errors.add(pointer(pointer(path, 'target'), 'source'), `Article "${articleId}" is neither in this file nor stored locally.`);
      articleIds.add(articleId);
      articles.push(localArticle);
      articlePaths.push(pointer(path, 'target'));
    }
    const creator = asRecord(own(annotation, 'creator'));
    const authorId = fromIri(creator ? own(creator, 'id') : undefined, 'urn:shucho:annotator:');
    if (creator && typeof authorId === 'string' && !annotators.has(authorId)) {
      annotators.set(authorId, { id: authorId, name: own(creator, 'name'), path: pointer(path, 'creator') });
    }
    const bodies = listOf(own(annotation, 'body')).map(asRecord);
    const bodyValue = (purpose: string): unknown => {
      const body = bodies.find((b) => b && own(b, 'purpose') === purpose && own(b, 'type') === 'TextualBody');
      return body ? own(body, 'value') : undefined;
    };
    const evidence = bodies
      .filter((b): b is Untrusted => b !== null && own(b, 'purpose') === 'linking')
      .map((b) => ({ url: own(b, 'source'), ...(asRecord(own(b, 'shucho:evidence')) ?? {}) }));
    claims.push({
      id: own(ext, 'id') ?? fromIri(own(annotation, 'id'), 'urn:uuid:') ?? fromIri(own(annotation, 'id'), 'urn:shucho:claim:'),
      articleId,
      selector: { start: own(position!, 'start'), end: own(position!, 'end'), exact: own(quote, 'exact'), prefix: own(quote, 'prefix') ?? '', suffix: own(quote, 'suffix') ?? '' },
      contentHash: own(ext, 'contentHash') ?? contentHashOf(articleId, articles),
      label: bodyValue('classifying'),
      gloss: bodyValue('describing') ?? '',
      note: bodyValue('commenting') ?? '',
      evidence,
      authorId,
      createdAt: own(annotation, 'created'),
      updatedAt: own(annotation, 'modified') ?? own(annotation, 'created'),
      version: own(ext, 'version') ?? 1,
      ...(own(ext, 'suggestedBy') === undefined ? {} : { suggestedBy: own(ext, 'suggestedBy') }),
    });
    claimPaths.push(path);
  });
  if (!errors.empty) return { ok: false, errors: errors.list() };

  const annotatorList = [...annotators.values()];
  const result = validateClaimSet({
    format: CLAIM_SET_FORMAT,
    version: CLAIM_SET_VERSION,
    exportedAt: own(root, 'shucho:exportedAt') ?? latestDate(claims),
    generator: own(root, 'shucho:generator') ?? 'W3C Web Annotation import',
    articles,
    annotators: annotatorList.map(({ id, name }) => ({ id, name })),
    claims,
    reviews: [],
    comments: [],
    threads: [],
  });
  const relocate = (problems: FormatProblem[]): FormatProblem[] =>
    problems.map((p) => relocateProblem(p, { articles: articlePaths, claims: claimPaths, annotators: annotatorList.map((a) => a.path) }));
  return result.ok ? { ...result, warnings: relocate(result.warnings) } : { ok: false, errors: relocate(result.errors) };
}

function asRecord(value: unknown): Untrusted | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Untrusted) : null;
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** The part of `iri` after `prefix`, decoded; the IRI itself if it has another form; undefined if not text. */
function fromIri(iri: unknown, prefix: string): string | undefined {
  if (typeof iri !== 'string') return undefined;
  if (!iri.startsWith(prefix)) return prefix === 'urn:uuid:' ? undefined : iri;
  try {
    return decodeURIComponent(iri.slice(prefix.length));
  } catch {
    return iri;
  }
}

function articleIdOf(source: unknown, carried: readonly unknown[], local: readonly ClaimSetArticle[] = []): string | undefined {
  if (typeof source !== 'string') return undefined;
  if (source.startsWith('urn:shucho:article:')) return fromIri(source, 'urn:shucho:article:');
  for (const article of [...carried, ...local]) {
    const record = asRecord(article);
    if (record && own(record, 'url') === source && typeof own(record, 'id') === 'string') return own(record, 'id') as string;
  }
  return undefined;
}

function contentHashOf(articleId: string, articles: readonly unknown[]): unknown {
  const article = articles.map(asRecord).find((a) => a && own(a, 'id') === articleId);
  return article ? own(article, 'contentHash') : undefined;
}

function latestDate(claims: readonly unknown[]): string {
  let latest = '1970-01-01T00:00:00.000Z';
  for (const claim of claims) {
    const updated = own(claim as Untrusted, 'updatedAt');
    if (typeof updated === 'string' && updated > latest) latest = updated;
  }
  return latest;
}

/** Moves a problem found in the rebuilt native file back to where it came from in the W3C file. */
function relocateProblem(problem: FormatProblem, origins: Record<'articles' | 'claims' | 'annotators', string[]>): FormatProblem {
  const match = /^\/(articles|claims|annotators)\/(\d+)(.*)$/.exec(problem.path);
  if (!match) return problem;
  const origin = origins[match[1] as keyof typeof origins][Number(match[2])];
  if (origin === undefined) return problem;
  if (match[1] === 'articles' && origin.startsWith('/shucho:articles/')) return { path: `${origin}${match[3]}`, message: problem.message };
  const field = match[3]!.replace(/^\//, '');
  return { path: origin, message: field ? `${field}: ${problem.message}` : problem.message };
}
