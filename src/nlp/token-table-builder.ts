/**
 * Appends tokens straight into the typed-array columns of a TokenTable,
 * interning strings as it goes. Tokenizers use it instead of building one
 * object per token: an article yields ~100,000 tokens and the columns are
 * what crosses the worker boundary anyway.
 */
import type { TokenTable } from '../domain/token.ts';

const INITIAL_CAPACITY = 256;

export class TokenTableBuilder {
  private capacity: number;
  private count = 0;
  private start: Uint32Array;
  private end: Uint32Array;
  private pos: Uint32Array;
  private posDetail: Uint32Array;
  private baseForm: Uint32Array;
  private reading: Uint32Array;
  private conjugation: Uint32Array;
  private readonly strings: string[] = [];
  private readonly interned = new Map<string, number>();
  private lastEnd = 0;

  /** `capacityHint`: the expected number of tokens; the columns grow past it when needed. */
  constructor(capacityHint = INITIAL_CAPACITY) {
    this.capacity = Math.max(1, capacityHint);
    this.start = new Uint32Array(this.capacity);
    this.end = new Uint32Array(this.capacity);
    this.pos = new Uint32Array(this.capacity);
    this.posDetail = new Uint32Array(this.capacity);
    this.baseForm = new Uint32Array(this.capacity);
    this.reading = new Uint32Array(this.capacity);
    this.conjugation = new Uint32Array(this.capacity);
  }

  /**
   * Appends one token covering UTF-16 range [start, end).
   * @throws Error if the range is empty or begins before the previous token's end,
   *   since every consumer of a TokenTable relies on sorted, disjoint tokens.
   */
  push(
    start: number,
    end: number,
    pos: string,
    posDetail: string,
    baseForm: string,
    reading: string,
    conjugation: string,
  ): void {
    if (end <= start || start < this.lastEnd) {
      throw new Error(`token [${start}, ${end}) is empty or overlaps the previous one (ends at ${this.lastEnd})`);
    }
    if (this.count === this.capacity) this.grow();
    const i = this.count++;
    this.start[i] = start;
    this.end[i] = end;
    this.pos[i] = this.intern(pos);
    this.posDetail[i] = this.intern(posDetail);
    this.baseForm[i] = this.intern(baseForm);
    this.reading[i] = this.intern(reading);
    this.conjugation[i] = this.intern(conjugation);
    this.lastEnd = end;
  }

  /** The finished table; its columns are fresh arrays of exactly `count` entries, each on its own buffer. */
  finish(): TokenTable {
    const n = this.count;
    return {
      count: n,
      start: this.start.slice(0, n),
      end: this.end.slice(0, n),
      pos: this.pos.slice(0, n),
      posDetail: this.posDetail.slice(0, n),
      baseForm: this.baseForm.slice(0, n),
      reading: this.reading.slice(0, n),
      conjugation: this.conjugation.slice(0, n),
      strings: [...this.strings],
    };
  }

  private intern(value: string): number {
    let id = this.interned.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.interned.set(value, id);
    }
    return id;
  }

  private grow(): void {
    this.capacity *= 2;
    const widen = (old: Uint32Array): Uint32Array => {
      const next = new Uint32Array(this.capacity);
      next.set(old);
      return next;
    };
    this.start = widen(this.start);
    this.end = widen(this.end);
    this.pos = widen(this.pos);
    this.posDetail = widen(this.posDetail);
    this.baseForm = widen(this.baseForm);
    this.reading = widen(this.reading);
    this.conjugation = widen(this.conjugation);
  }
}
