import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClaimSetFile, FormatProblem, ParseResult } from '../../../src/domain/format/claim-set.ts';
import { MAX_IMPORT_CHARS } from '../../../src/domain/format/json-text.ts';
import { parseClaimSet } from '../../../src/domain/format/parse-claim-set.ts';
import { MAX_REPORTED_PROBLEMS } from '../../../src/domain/format/problems.ts';
import { sha256 } from './sample-store.ts';

const golden = readFileSync(new URL('../../fixtures/format/v2-sample.json', import.meta.url), 'utf8');
type Editable = ClaimSetFile & Record<string, unknown>;

/** The golden file, changed by `mutate`, parsed again. */
function parseEdited(mutate: (file: Editable) => void): ParseResult<ClaimSetFile> {
  const file = JSON.parse(golden) as Editable;
  mutate(file);
  return parseClaimSet(JSON.stringify(file));
}

function errorsOf(result: ParseResult<ClaimSetFile>): FormatProblem[] {
  if (result.ok) throw new Error('expected errors, got a valid file');
  return result.errors;
}

/** Asserts exactly one error, at `path`, whose message matches `message`. */
function expectError(result: ParseResult<ClaimSetFile>, path: string, message: RegExp): void {
  const errors = errorsOf(result);
  expect(errors).toHaveLength(1);
  expect(errors[0]!.path).toBe(path);
  expect(errors[0]!.message).toMatch(message);
}

describe('parseClaimSet: valid files', () => {
  it('reads the golden file with no warnings', () => {
    const result = parseClaimSet(golden);
    expect(result).toMatchObject({ ok: true, warnings: [] });
    if (result.ok) expect(result.value).toEqual(JSON.parse(golden));
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseClaimSet(`\uFEFF${golden}`).ok).toBe(true);
  });

  it('warns about unknown fields and drops them', () => {
    const result = parseEdited((f) => { (f.claims[1] as unknown as Record<string, unknown>).colour = 'red'; });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([{ path: '/claims/1/colour', message: 'Unknown field "colour" is ignored.' }]);
    expect('colour' in result.value.claims[1]!).toBe(false);
  });

  it('accepts claims made on another version of the text, with one warning per article', () => {
    const result = parseEdited((f) => {
      f.claims[0]!.contentHash = sha256('older text');
      f.claims[0]!.selector = { start: 9999, end: 10005, exact: 'gone', prefix: '', suffix: '' };
      f.claims[1]!.contentHash = sha256('older text');
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.warnings).toEqual([{ path: '/articles/0', message: expect.stringMatching(/^2 claim\(s\) on article "art-1" were made on another version/) }]);
  });

  it('only warns when prefix or suffix differ from the text around the quote', () => {
    const result = parseEdited((f) => { f.claims[0]!.selector.prefix = 'not this'; });
    expect(result.ok && result.warnings.map((w) => w.path)).toEqual(['/claims/0/selector/prefix']);
  });
});

describe('parseClaimSet: refused files', () => {
  it('reports broken JSON with line and column', () => {
    const broken = golden.replace('"version": 2,', '"version": 2');
    expectError(parseClaimSet(broken), '', /^Not valid JSON at line 4, column 3: /);
  });

  it('refuses an empty file and non-objects', () => {
    expectError(parseClaimSet(''), '', /empty/);
    expectError(parseClaimSet('[1,2]'), '', /must hold a JSON object/);
    expectError(parseClaimSet('null'), '', /must hold a JSON object/);
  });

  it('refuses another format, naming it', () => {
    expectError(parseClaimSet('{"format":"other.thing","version":1}'), '/format', /"format" is "other.thing", expected "shucho.claim-set"/);
    expectError(parseClaimSet('{"version":1}'), '/format', /"format" is missing/);
    expectError(parseClaimSet('{"type":"AnnotationCollection","@context":"http://www.w3.org/ns/anno.jsonld"}'), '/type', /W3C Web Annotation export/);
  });

  it('refuses a newer version, saying so', () => {
    expectError(
      parseClaimSet('{"format":"shucho.claim-set","version":7}'),
      '/version',
      /^This file was made by a newer Shuchō \(format version 7\); this one reads up to 2\.$/,
    );
    expectError(parseClaimSet('{"format":"shucho.claim-set","version":"2"}'), '/version', /whole number/);
    expectError(parseClaimSet('{"format":"shucho.claim-set","version":0}'), '/version', /whole number/);
  });

  it('refuses text over the size limit before parsing it', () => {
    expectError(parseClaimSet(' '.repeat(MAX_IMPORT_CHARS + 1)), '', /too large \(64 MB\); the limit is 64 MB/);
  });

  it('names missing fields and wrong types by path', () => {
    expectError(parseEdited((f) => { delete (f.claims[2] as Partial<ClaimSetFile['claims'][0]>).label; }), '/claims/2/label', /Unknown label: it is missing/);
    expectError(parseEdited((f) => { (f.claims[3]!.selector as unknown as Record<string, unknown>).start = '20'; }), '/claims/3/selector/start', /whole number of at least 0, not text/);
    expectError(parseEdited((f) => { (f as Record<string, unknown>).claims = {}; }), '/claims', /must be a list, not an object/);
    expectError(parseEdited((f) => { delete (f as Partial<Editable>).threads; }), '/threads', /"threads" is missing/);
    expectError(parseEdited((f) => { f.articles[1]!.lang = 'fr' as never; }), '/articles/1/lang', /Unknown language: got "fr"/);
    expectError(parseEdited((f) => { f.claims[0]!.createdAt = 'yesterday'; }), '/claims/0/createdAt', /ISO timestamp/);
    expectError(parseEdited((f) => { f.articles[0]!.contentHash = 'ABC'; }), '/articles/0/contentHash', /SHA-256/);
  });

  it('refuses unknown labels, verdicts and stances', () => {
    expectError(parseEdited((f) => { f.claims[1]!.label = 'rumour' as never; }), '/claims/1/label', /Unknown label: got "rumour"; expected one of "fact", "opinion", "speculation", "not-investment-advice"/);
    expectError(parseEdited((f) => { f.reviews[0]!.verdict = 'maybe' as never; }), '/reviews/0/verdict', /Unknown verdict/);
    expectError(parseEdited((f) => { f.claims[0]!.evidence[1]!.stance = 'likes' as never; }), '/claims/0/evidence/1/stance', /Unknown evidence stance/);
  });

  it('checks relabel and proposedLabel go together', () => {
    expectError(parseEdited((f) => { f.reviews[0]!.proposedLabel = 'fact'; }), '/reviews/0/proposedLabel', /only allowed when the verdict is "relabel"/);
    expectError(parseEdited((f) => { delete f.reviews[1]!.proposedLabel; }), '/reviews/1/proposedLabel', /must carry "proposedLabel"/);
  });

  it('refuses evidence links that are not http or https', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', '/relative', 'https://exa mple.com', ' https://x.test']) {
      expectError(parseEdited((f) => { f.claims[0]!.evidence[0]!.url = url; }), '/claims/0/evidence/0/url', /absolute http:\/\/ or https:\/\//);
    }
    expectError(parseEdited((f) => { f.claims[0]!.evidence[1]!.archiveUrl = 'JAVASCRIPT:x'; }), '/claims/0/evidence/1/archiveUrl', /http/);
    expectError(parseEdited((f) => { f.articles[0]!.url = 'ftp://x.test/a'; }), '/articles/0/url', /http/);
  });

  it('refuses offsets past the text, start after end, and quotes that are not the text there', () => {
    expectError(parseEdited((f) => { f.claims[3]!.selector.end = 38; }), '/claims/3/selector/end', /past the end of the article text \(37 code points\)/);
    expectError(parseEdited((f) => { f.claims[3]!.selector.start = 40; f.claims[3]!.selector.end = 41; }), '/claims/3/selector/start', /past the end/);
    expectError(parseEdited((f) => { f.claims[3]!.selector.start = 30; f.claims[3]!.selector.end = 20; }), '/claims/3/selector/start', /"start" \(30\) is after "end" \(20\)/);
    // Offsets counted in UTF-16 by mistake: one too far after 𠮷.
    expectError(parseEdited((f) => { f.claims[0]!.selector.start = 8; f.claims[0]!.selector.end = 15; }), '/claims/0/selector/exact', /not the article text at code points 8–15 \(which reads "２３円だった。"\)/);
  });

  it('refuses article text with carriage returns', () => {
    const errors = errorsOf(parseEdited((f) => { f.articles[1]!.text = 'a\r\nb'; }));
    expect(errors[0]).toEqual({ path: '/articles/1/text', message: expect.stringMatching(/LF line breaks only; found a carriage return at character 1/) });
  });

  it('refuses duplicate ids and dangling references', () => {
    expectError(parseEdited((f) => { f.claims[1]!.id = 'c-1'; }), '/claims/1/id', /Duplicate claim id "c-1" \(also at \/claims\/0\)/);
    expectError(parseEdited((f) => { f.articles.push({ ...f.articles[0]! }); }), '/articles/2/id', /Duplicate article id "art-1"/);
    expectError(parseEdited((f) => { f.claims[0]!.evidence[1]!.id = 'e-1'; }), '/claims/0/evidence/1/id', /appears twice in this claim/);
    expectError(parseEdited((f) => { f.claims[3]!.articleId = 'art-9'; }), '/claims/3/articleId', /No article with id "art-9"/);
    expectError(parseEdited((f) => { f.claims[3]!.authorId = 'zoe'; }), '/claims/3/authorId', /No annotator with id "zoe"/);
    expectError(parseEdited((f) => { f.reviews[0]!.claimId = 'c-9'; }), '/reviews/0/claimId', /No claim with id "c-9"/);
    expectError(parseEdited((f) => { f.comments[1]!.replyTo = 'm-9'; }), '/comments/1/replyTo', /No comment with id "m-9"/);
    expectError(parseEdited((f) => { f.threads.push({ ...f.threads[0]! }); }), '/threads/1/claimId', /A second thread resolution for claim "c-3"/);
    expectError(parseEdited((f) => { f.provenance![0]!.sources = ['alice', 'ghost']; }), '/provenance/0/sources/1', /No annotator with id "ghost"/);
  });

  it('refuses replies to a comment on another claim, and reply loops', () => {
    expectError(parseEdited((f) => { f.comments[1]!.claimId = 'c-1'; }), '/comments/1/replyTo', /is on another claim/);
    expectError(parseEdited((f) => { f.comments[0]!.replyTo = 'm-2'; }), '/comments/0/replyTo', /reply loop/);
    expectError(parseEdited((f) => { f.comments[0]!.replyTo = 'm-1'; }), '/comments/0/replyTo', /reply loop/);
  });

  it('refuses __proto__, constructor and prototype keys at any depth, by path', () => {
    const text = golden
      .replace('"format": "shucho.claim-set",', '"format": "shucho.claim-set", "__proto__": {"polluted": true},')
      .replace('"exact": "１２３円だった",', '"exact": "１２３円だった", "constructor": {"prototype": {"polluted": true}},');
    const errors = errorsOf(parseClaimSet(text));
    expect(errors.map((e) => e.path)).toEqual(['/__proto__', '/claims/0/selector/constructor']);
    expect(errors[0]!.message).toBe('The key "__proto__" is not allowed in an import file.');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses deep nesting without overflowing the stack', () => {
    const deep = `{"format":"shucho.claim-set","version":2,"x":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    expectError(parseClaimSet(deep), `/x${'/0'.repeat(99)}`, /Nested more than 100 levels deep/);
  });

  it('reports at most the first 50 errors and how many more there were', () => {
    const errors = errorsOf(parseEdited((f) => { for (const c of f.claims) c.label = 'x' as never; f.annotators = []; for (let i = 0; i < 60; i++) f.reviews.push({ ...f.reviews[0]!, id: `r${i}`, claimId: 'nope' }); }));
    expect(errors).toHaveLength(MAX_REPORTED_PROBLEMS + 1);
    expect(errors.at(-1)).toEqual({ path: '', message: expect.stringMatching(/^… and \d+ more \(only the first 50 are listed\)$/) });
  });
});
