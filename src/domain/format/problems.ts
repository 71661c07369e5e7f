import type { FormatProblem } from './claim-set.ts';

/**
 * How many errors (and, separately, warnings) a reader reports. A broken file
 * of 100,000 claims can have 100,000 errors; the first few name the problem,
 * the rest only cost memory and bury the message.
 */
export const MAX_REPORTED_PROBLEMS = 50;

/** Collects problems up to the cap, and counts the ones past it. */
export class ProblemList {
  readonly items: FormatProblem[] = [];
  private dropped = 0;

  /** Records a problem at JSON Pointer `path`. */
  add(path: string, message: string): void {
    if (this.items.length < MAX_REPORTED_PROBLEMS) this.items.push({ path, message });
    else this.dropped++;
  }

  /** True when nothing was recorded. */
  get empty(): boolean {
    return this.items.length === 0;
  }

  /** Total recorded, including those past the cap. */
  get count(): number {
    return this.items.length + this.dropped;
  }

  /** The reported problems; past the cap, a last entry says how many more there were. */
  list(): FormatProblem[] {
    if (this.dropped === 0) return this.items.slice();
    return [...this.items, { path: '', message: `… and ${this.dropped} more (only the first ${MAX_REPORTED_PROBLEMS} are listed)` }];
  }
}

/** Appends one reference token to a JSON Pointer, escaping `~` and `/` (RFC 6901). */
export function pointer(base: string, token: string | number): string {
  if (typeof token === 'number') return `${base}/${token}`;
  return `${base}/${token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token}`;
}
