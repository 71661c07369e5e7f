import { parseSafeUrl } from '../safe-url.ts';
import { ProblemList, pointer } from './problems.ts';

/** A parsed JSON object, not yet trusted. */
export type Untrusted = Record<string, unknown>;

/** Where the validator writes what it finds. */
export interface Findings {
  errors: ProblemList;
  warnings: ProblemList;
}

// Compiled once per module, never per record: validation runs over 100,000 claims.
const DATE_TIME = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const CONTENT_HASH = /^[0-9a-f]{64}$/;
/** A cheap first filter before the URL parser; also what the JSON Schema says. */
const WEB_URL = /^https?:\/\/\S+$/i;

/** 1 to 200 characters, none of them a C0 control character or DEL. */
function isId(value: string): boolean {
  if (value.length === 0 || value.length > 200) return false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}

/** The value of own property `key`, never one inherited from a prototype. */
export function own(record: Untrusted, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** `value` as an object (not an array), or null after reporting `what` was expected. */
export function expectObject(value: unknown, path: string, findings: Findings, what: string): Untrusted | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Untrusted;
  findings.errors.add(path, `${what} must be an object, not ${describeType(value)}.`);
  return null;
}

/** `value` as an array, or null after reporting it was expected. */
export function expectArray(value: unknown, path: string, findings: Findings, what: string): unknown[] | null {
  if (Array.isArray(value)) return value;
  findings.errors.add(path, value === undefined ? `${what} is missing (a list is required).` : `${what} must be a list, not ${describeType(value)}.`);
  return null;
}

/** A short English name of a JSON value's type, for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `the number ${value}`;
  return `${typeof value} ${String(value)}`;
}

/**
 * Reads the fields of one record. Each reader reports a problem at the
 * field's path and returns a placeholder ('' or 0) when the field is wrong;
 * the placeholder never escapes, since any error fails the whole parse.
 * Unknown fields are reported as warnings and dropped.
 */
export class FieldReader {
  constructor(
    private readonly record: Untrusted,
    private readonly path: string,
    private readonly findings: Findings,
    known: ReadonlySet<string>,
  ) {
    for (const key of Object.keys(record)) {
      if (!known.has(key)) findings.warnings.add(pointer(path, key), `Unknown field "${key}" is ignored.`);
    }
  }

  /** Path of field `key`, for problems found by the caller. */
  at(key: string): string {
    return pointer(this.path, key);
  }

  /** Reports a problem with field `key`. */
  error(key: string, message: string): void {
    this.findings.errors.add(this.at(key), message);
  }

  /** True when the record has field `key` (even if invalid). */
  has(key: string): boolean {
    return own(this.record, key) !== undefined;
  }

  /** Any string, possibly empty. */
  text(key: string): string {
    const value = own(this.record, key);
    if (typeof value === 'string') return value;
    this.error(key, value === undefined ? `"${key}" is missing.` : `"${key}" must be text, not ${describeType(value)}.`);
    return '';
  }

  /** An optional string: undefined when absent. */
  optionalText(key: string): string | undefined {
    return this.has(key) ? this.text(key) : undefined;
  }

  /** An identifier: 1 to 200 characters, no control characters. */
  id(key: string): string {
    const value = own(this.record, key);
    if (typeof value !== 'string') return this.text(key);
    if (!isId(value)) this.error(key, `"${key}" must be 1 to 200 characters without control characters.`);
    return value;
  }

  /** A whole number >= `min`. */
  integer(key: string, min: number): number {
    const value = own(this.record, key);
    if (typeof value === 'number' && Number.isInteger(value) && value >= min) return value;
    this.error(key, value === undefined ? `"${key}" is missing.` : `"${key}" must be a whole number of at least ${min}, not ${describeType(value)}.`);
    return 0;
  }

  /** An ISO 8601 / RFC 3339 timestamp with a time zone. */
  dateTime(key: string): string {
    return this.matching(key, DATE_TIME, 'an ISO timestamp such as 2025-01-27T09:30:00.000Z');
  }

  /** An ISO date `YYYY-MM-DD`. */
  date(key: string): string {
    return this.matching(key, DATE, 'a date in the form YYYY-MM-DD');
  }

  /** A lowercase hex SHA-256. */
  contentHash(key: string): string {
    return this.matching(key, CONTENT_HASH, 'a SHA-256 in lowercase hex (64 characters)');
  }

  /** An absolute http: or https: URL. */
  webUrl(key: string): string {
    const value = own(this.record, key);
    if (typeof value !== 'string') return this.text(key);
    if (!WEB_URL.test(value) || !parseSafeUrl(value).ok) {
      this.error(key, `"${key}" must be an absolute http:// or https:// address.`);
    }
    return value;
  }

  /** One of `values` (compared exactly). */
  oneOf<T extends string>(key: string, values: readonly T[], what: string): T {
    const value = own(this.record, key);
    if (typeof value === 'string' && (values as readonly string[]).includes(value)) return value as T;
    const got = value === undefined ? 'it is missing' : typeof value === 'string' ? `got "${value}"` : `got ${describeType(value)}`;
    this.error(key, `Unknown ${what}: ${got}; expected one of ${values.map((v) => `"${v}"`).join(', ')}.`);
    return values[0]!;
  }

  private matching(key: string, pattern: RegExp, what: string): string {
    const value = own(this.record, key);
    if (typeof value !== 'string') return this.text(key);
    if (!pattern.test(value)) {
      this.error(key, `"${key}" must be ${what}, not "${value.length > 40 ? `${value.slice(0, 40)}…` : value}".`);
    }
    return value;
  }
}
