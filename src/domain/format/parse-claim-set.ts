import { CLAIM_SET_FORMAT, type ClaimSetFile, type ParseResult } from './claim-set.ts';
import { readJsonText } from './json-text.ts';
import { upgrade, type JsonObject } from './migrations.ts';
import { validateClaimSet } from './validate-claim-set.ts';

/**
 * Reads a `shucho.claim-set` file of any known version: JSON syntax (with
 * line and column), size and nesting limits, forbidden keys (see
 * `readJsonText`), the format name, the version (a newer one is refused with
 * a message saying so), upgrades older versions step by step, then validates
 * everything (see `validateClaimSet`). Never throws, whatever the input.
 *
 * @return `{ok: true, value, warnings}` with a fresh, current-version file
 *   (an upgrade adds a warning naming the version read), or `{ok: false,
 *   errors}`, each error naming a JSON Pointer path and the problem.
 */
export function parseClaimSet(jsonText: string): ParseResult<ClaimSetFile> {
  const json = readJsonText(jsonText);
  return json.ok ? claimSetFromJson(json.value) : json;
}

/** `parseClaimSet` after the JSON step: `root` is what `readJsonText` returned. */
export function claimSetFromJson(root: unknown): ParseResult<ClaimSetFile> {
  if (typeof root !== 'object' || root === null || Array.isArray(root)) {
    return refuse('', 'Not a Shuchō claim set: the file must hold a JSON object.');
  }
  const record = root as JsonObject;
  const format = Object.hasOwn(record, 'format') ? record.format : undefined;
  if (format !== CLAIM_SET_FORMAT) {
    if (isW3CCollection(record)) return refuse('/type', 'This is a W3C Web Annotation export; import it as one.');
    return refuse('/format', format === undefined
      ? `Not a Shuchō claim set: "format" is missing (expected "${CLAIM_SET_FORMAT}").`
      : `Not a Shuchō claim set: "format" is ${JSON.stringify(format)}, expected "${CLAIM_SET_FORMAT}".`);
  }
  const upgraded = upgrade(record);
  if (!upgraded.ok) return refuse('/version', upgraded.message);
  const result = validateClaimSet(upgraded.file);
  if (!result.ok || upgraded.applied.length === 0) return result;
  const note = { path: '/version', message: `Read a version ${String(record.version)} file and upgraded it (${upgraded.applied.join(', ')}).` };
  return { ok: true, value: result.value, warnings: [note, ...result.warnings] };
}

/** True when `record` looks like a W3C AnnotationCollection (e.g. our own W3C export). */
export function isW3CCollection(record: JsonObject): boolean {
  const type = Object.hasOwn(record, 'type') ? record.type : undefined;
  return type === 'AnnotationCollection' || (Array.isArray(type) && type.includes('AnnotationCollection'));
}

function refuse(path: string, message: string): ParseResult<never> {
  return { ok: false, errors: [{ path, message }] };
}
