/**
 * Reads a gold claim set (`shucho.claim-set`, version 2) for evaluation:
 * the article it annotates and its claims as labelled UTF-16 spans.
 *
 * The file is first read with the app's own parser (src/domain/format),
 * which validates everything. A file it refuses (say, one whose article
 * text was left out because the text lives in a separate file) is read
 * again tolerantly: only `format`, `version`, the articles' id and lang and
 * the claims' selector and label are needed, and the refusal is passed on
 * as warnings.
 */
import type { ArticleLanguage } from '../../domain/article.ts';
import { isClaimLabel, type ClaimLabel } from '../../domain/label.ts';
import type { LabelledSpan } from '../../domain/agreement/span-match.ts';
import { CodePointIndex } from '../../domain/offsets.ts';
import { parseClaimSet } from '../../domain/format/parse-claim-set.ts';

export interface GoldSet {
  articleId: string;
  title: string;
  lang: ArticleLanguage;
  text: string;
  /** Gold claims of the article as UTF-16 spans, in text order. */
  spans: LabelledSpan<ClaimLabel>[];
  warnings: string[];
}

interface LooseClaim {
  articleId: string;
  label: ClaimLabel;
  start: number;
  end: number;
  exact: string;
}

interface LooseArticle {
  id: string;
  title: string;
  lang: ArticleLanguage;
  text: string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The tolerant reading: throws only when the file cannot be evaluated at all. */
function readLoosely(json: unknown): { articles: LooseArticle[]; claims: LooseClaim[] } {
  if (!isRecord(json) || json.format !== 'shucho.claim-set') throw new Error('not a shucho.claim-set file (missing or wrong "format")');
  if (json.version !== 2) throw new Error(`claim set version ${String(json.version)} is not supported here (expected 2)`);
  if (!Array.isArray(json.articles) || !Array.isArray(json.claims)) throw new Error('"articles" and "claims" must be arrays');
  const articles = json.articles.filter(isRecord).map((a) => ({
    id: String(a.id),
    title: typeof a.title === 'string' ? a.title : String(a.id),
    lang: a.lang === 'en' ? ('en' as const) : ('ja' as const),
    text: typeof a.text === 'string' && a.text.length > 0 ? a.text : undefined,
  }));
  const claims: LooseClaim[] = [];
  json.claims.forEach((c, i) => {
    const selector = isRecord(c) ? c.selector : undefined;
    if (!isRecord(c) || !isRecord(selector) || !Number.isInteger(selector.start) || !Number.isInteger(selector.end) || !isClaimLabel(c.label)) {
      throw new Error(`claims[${i}] needs a label and integer selector.start / selector.end`);
    }
    claims.push({ articleId: String(c.articleId), label: c.label, start: selector.start as number, end: selector.end as number, exact: typeof selector.exact === 'string' ? selector.exact : '' });
  });
  return { articles, claims };
}

/**
 * Reads gold claim set `jsonText`. The evaluated article is the one most
 * claims point to; `articleText`, when given, replaces the text carried in
 * the file. Claims whose quote (`exact`) is not at their offsets are moved
 * to the nearest occurrence of the quote, or dropped with a warning.
 * @throws Error when the file is not a version 2 claim set, has no claims,
 *   or no article text is available.
 */
export function readGoldSet(jsonText: string, articleText?: string): GoldSet {
  const warnings: string[] = [];
  let articles: LooseArticle[];
  let claims: LooseClaim[];
  const strict = parseClaimSet(jsonText);
  if (strict.ok) {
    articles = strict.value.articles.map((a) => ({ id: a.id, title: a.title, lang: a.lang, text: a.text }));
    claims = strict.value.claims.map((c) => ({ articleId: c.articleId, label: c.label, ...c.selector }));
  } else {
    for (const error of strict.errors) warnings.push(`strict parser: ${error.path || '/'}: ${error.message}`);
    ({ articles, claims } = readLoosely(JSON.parse(jsonText)));
  }
  if (claims.length === 0) throw new Error('the claim set has no claims');
  const counts = new Map<string, number>();
  for (const claim of claims) counts.set(claim.articleId, (counts.get(claim.articleId) ?? 0) + 1);
  const articleId = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const article = articles.find((a) => a.id === articleId);
  if (counts.size > 1) warnings.push(`the file annotates ${counts.size} articles; evaluating ${articleId}`);
  const text = articleText ?? article?.text;
  if (text === undefined) throw new Error(`no text for article ${articleId}: give the article file as second argument`);
  const index = new CodePointIndex(text);
  const spans: LabelledSpan<ClaimLabel>[] = [];
  for (const claim of claims.filter((c) => c.articleId === articleId)) {
    let start: number | null = null;
    if (claim.end <= index.codePointLength) {
      const s = index.toUtf16(claim.start);
      const e = index.toUtf16(claim.end);
      if (claim.exact === '' || text.slice(s, e) === claim.exact) start = s;
    }
    if (start === null && claim.exact !== '') {
      const hits: number[] = [];
      for (let at = text.indexOf(claim.exact); at >= 0; at = text.indexOf(claim.exact, at + 1)) hits.push(at);
      const wanted = claim.start <= index.codePointLength ? index.toUtf16(claim.start) : 0;
      start = hits.sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted))[0] ?? null;
      warnings.push(start === null ? `dropped a claim whose quote is not in the text: ${claim.exact.slice(0, 40)}` : `moved a claim to its quote: ${claim.exact.slice(0, 40)}`);
    }
    if (start === null) {
      if (claim.exact === '') warnings.push(`dropped a claim whose offsets ${claim.start}-${claim.end} are outside the text`);
      continue;
    }
    const length = claim.exact !== '' ? claim.exact.length : index.toUtf16(claim.end) - start;
    spans.push({ start, end: start + length, label: claim.label });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return { articleId, title: article?.title ?? articleId, lang: article?.lang ?? 'ja', text, spans, warnings };
}
