import { CLAIM_SET_VERSION } from './claim-set.ts';

/** A parsed but not yet validated JSON object. */
export type JsonObject = Record<string, unknown>;

/**
 * One step of the claim-set format history: turns a file of version `from`
 * into one of version `from + 1`. Steps are pure (they never change their
 * input) and run before validation, so they must tolerate any shape: they
 * only add or move what they know about and leave the rest for the validator.
 * Each step has a frozen sample in test/fixtures/format/ and a test.
 */
export interface ClaimSetMigration {
  id: string;
  from: number;
  up: (file: JsonObject) => JsonObject;
}

/**
 * Version 1 to 2: version 2 added review discussion. A version 1 file has no
 * `reviews`, `comments` or `threads`; they become empty lists. Anything else
 * is carried over unchanged, keys in their original order.
 */
export function upgradeV1ToV2(file: JsonObject): JsonObject {
  // Object.fromEntries defines own properties, so no key can reach a prototype.
  const entries = Object.keys(file)
    .filter((key) => key !== 'reviews' && key !== 'comments' && key !== 'threads')
    .map((key): [string, unknown] => [key, key === 'version' ? 2 : file[key]]);
  return Object.fromEntries([...entries, ['reviews', []], ['comments', []], ['threads', []]]);
}

/** Every step, in order; the last one reaches CLAIM_SET_VERSION. */
export const CLAIM_SET_MIGRATIONS: readonly ClaimSetMigration[] = [
  { id: 'add-review-discussion', from: 1, up: upgradeV1ToV2 },
];

/**
 * Brings a file of any known version up to CLAIM_SET_VERSION by running the
 * steps from its version on. Returns the ids of the steps applied. Fails
 * (without throwing) when the version is not an integer from 1 up to the
 * current one; the caller reports a newer version first, with its own message.
 */
export function upgrade(file: JsonObject): { ok: true; file: JsonObject; applied: string[] } | { ok: false; message: string } {
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `"version" must be a whole number from 1 to ${CLAIM_SET_VERSION}.` };
  }
  if (version > CLAIM_SET_VERSION) {
    return { ok: false, message: `This file was made by a newer Shuchō (format version ${version}); this one reads up to ${CLAIM_SET_VERSION}.` };
  }
  let current = file;
  const applied: string[] = [];
  for (let v = version; v < CLAIM_SET_VERSION; v++) {
    const step = CLAIM_SET_MIGRATIONS.find((migration) => migration.from === v);
    if (!step) return { ok: false, message: `No upgrade is known from format version ${v}.` };
    current = step.up(current);
    applied.push(step.id);
  }
  return { ok: true, file: current, applied };
}
