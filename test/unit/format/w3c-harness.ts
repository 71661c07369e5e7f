import { readFileSync, readdirSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import type { ValidateFunction } from 'ajv';

/**
 * Runs the W3C Web Annotation test suite's assertions (a copy of
 * w3c/web-annotation-tests in /work/shared) against annotations, the way its
 * JSONtest harness does:
 *
 * - a `.test` manifest lists assertion files; each is a JSON Schema (draft 04)
 *   that may `$ref` the schemas in `definitions/`;
 * - an assertion's result is "as expected" when the schema's validity equals
 *   its `expectedResult` (default "valid");
 * - when it is not, `onUnexpectedResult` decides: `fail…` counts a failure,
 *   `pass…` only a warning (the "failure means warning" assertions); `…Skip`
 *   and `…Abort` stop evaluating the rest of the (flat) list.
 *
 * The suite's schemas use `format: uri` and `format: date-time`, which the
 * suite's harness checked with the Ajv of its day in its default ("fast")
 * mode; the same two patterns are registered here.
 */
export const SUITE_ROOT = new URL('../../../../shared/w3c-web-annotation-tests/', import.meta.url);

const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
const DATE_TIME = /^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i;

interface Assertion {
  file: string;
  expectedResult: 'valid' | 'invalid';
  onUnexpectedResult: string;
  errorMessage: string;
  validate: ValidateFunction;
}

export interface AssertionOutcome {
  failures: { file: string; message: string }[];
  warnings: { file: string; message: string }[];
}

const readJson = (relative: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(relative, SUITE_ROOT), 'utf8')) as Record<string, unknown>;

/** Compiles every assertion of manifest `manifestPath` (relative to the suite root). */
export function loadManifest(manifestPath: string): Assertion[] {
  // Assertion schemas carry the harness's own keywords; declare them so strict mode accepts them.
  const ajv = new AjvDraft04({ strict: false, allErrors: false });
  ajv.addVocabulary(['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage']);
  ajv.addFormat('uri', URI);
  ajv.addFormat('date-time', DATE_TIME);
  for (const name of readdirSync(new URL('definitions/', SUITE_ROOT))) ajv.addSchema(readJson(`definitions/${name}`));
  const manifest = readJson(manifestPath) as { assertions: unknown[] };
  return manifest.assertions.map((entry) => {
    if (typeof entry !== 'string') throw new Error('Only assertion file references are supported by this harness');
    const schema = readJson(entry);
    return {
      file: entry,
      expectedResult: schema.expectedResult === 'invalid' ? 'invalid' : 'valid',
      onUnexpectedResult: typeof schema.onUnexpectedResult === 'string' ? schema.onUnexpectedResult : 'failAndContinue',
      errorMessage: typeof schema.errorMessage === 'string' ? schema.errorMessage : entry,
      validate: ajv.compile(schema),
    };
  });
}

/** Evaluates `annotation` against `assertions` in order. */
export function evaluate(assertions: readonly Assertion[], annotation: unknown): AssertionOutcome {
  const outcome: AssertionOutcome = { failures: [], warnings: [] };
  for (const assertion of assertions) {
    const valid = assertion.validate(annotation) as boolean;
    if (valid === (assertion.expectedResult === 'valid')) continue;
    const entry = { file: assertion.file, message: assertion.errorMessage };
    if (assertion.onUnexpectedResult.startsWith('fail')) outcome.failures.push(entry);
    else outcome.warnings.push(entry);
    if (/(Skip|Abort)$/.test(assertion.onUnexpectedResult)) break;
  }
  return outcome;
}

/**
 * A sample file of the suite. Several "incorrect" samples also carry a
 * trailing comma, which is not what they mean to test; it is removed so the
 * sample reaches the assertions. Returns undefined when still not JSON.
 */
export function readSample(kind: 'correct' | 'incorrect', name: string): unknown {
  const text = readFileSync(new URL(`tools/samples/${kind}/${name}`, SUITE_ROOT), 'utf8');
  try {
    return JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    return undefined;
  }
}

export function sampleNames(kind: 'correct' | 'incorrect'): string[] {
  return readdirSync(new URL(`tools/samples/${kind}/`, SUITE_ROOT)).filter((name) => name.endsWith('.json')).sort();
}
