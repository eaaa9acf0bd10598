import type { CellRef } from "./cell";
import type { Finding, FindingSummary, Severity } from "./finding";

/**
 * The read-only list operations a report's findings offer. A plain `Finding[]` has every one of them,
 * and so has FindingList, the list analyse makes: code that reads findings takes either.
 */
export interface Findings extends Iterable<Finding> {
  readonly length: number;
  at(index: number): Finding | undefined;
  slice(start?: number, end?: number): Finding[];
  map<U>(fn: (finding: Finding, index: number) => U): U[];
  filter(fn: (finding: Finding, index: number) => unknown): Finding[];
  find(fn: (finding: Finding, index: number) => unknown): Finding | undefined;
  some(fn: (finding: Finding, index: number) => unknown): boolean;
  every(fn: (finding: Finding, index: number) => unknown): boolean;
  forEach(fn: (finding: Finding, index: number) => void): void;
}

/**
 * Findings a rule made on many rows, kept as what each needs of its row (its cell as numbers and one
 * string the row held) until read: the k-th is made by `finding(k)`, whole and new at each read, with
 * the cell `place(k)` says. Every local indicator of a long table has its own finding; kept so, a
 * report of 100k of them holds some 12 bytes for each instead of a finding object and its A1 string
 * (some 120 bytes, which the garbage collector copies and promotes), and keeps no row.
 */
export interface RowFindings {
  readonly count: number;
  readonly severity: Severity;
  finding(k: number): Finding;
  /** The sheet and the 0-based cell of the k-th finding, for ordering, without making it. */
  place(k: number): CellRef;
}

/** What a FindingList is made of: findings made already, or findings still to be made from rows. */
export type FindingSegment = readonly Finding[] | RowFindings;

export function segmentLength(segment: FindingSegment): number {
  return isRowFindings(segment) ? segment.count : segment.length;
}

export function isRowFindings(segment: FindingSegment): segment is RowFindings {
  return !Array.isArray(segment);
}

/** The k-th finding of a segment (made now when the segment holds rows). */
export function segmentFinding(segment: FindingSegment, k: number): Finding {
  return isRowFindings(segment) ? segment.finding(k) : (segment[k] as Finding);
}

/**
 * A report's findings, in order: runs of segments (a run is a segment's findings `from` to `to`).
 * It reads like a read-only array (length, at, iteration, map, filter, slice…) and serialises as one
 * (toJSON). Findings kept unmade (RowFindings) are made at each read, so the same index gives equal findings, not
 * the same object; `toArray()` makes them all once when a caller needs that.
 */
export class FindingList implements Findings {
  readonly length: number;
  private readonly segments: readonly FindingSegment[];
  /** Run r is segments[runs[3r]], findings runs[3r + 1] up to (not including) runs[3r + 2]. */
  private readonly runs: Int32Array;
  /** Findings before the end of run r (for at: a binary search). */
  private readonly ends: Int32Array;

  /**
   * `runs` holds three numbers a run (segment, from, to); a run may not be empty. Use FindingList.of
   * for one list of findings.
   */
  constructor(segments: readonly FindingSegment[], runs: Int32Array) {
    this.segments = segments;
    this.runs = runs;
    const count = runs.length / 3;
    this.ends = new Int32Array(count);
    let total = 0;
    for (let r = 0; r < count; r++) {
      const from = runs[3 * r + 1] as number;
      const to = runs[3 * r + 2] as number;
      const segment = segments[runs[3 * r] as number];
      if (segment === undefined || from < 0 || to <= from || to > segmentLength(segment))
        throw new RangeError(`FindingList: run ${r} (${from}–${to}) is outside its segment`);
      total += to - from;
      this.ends[r] = total;
    }
    this.length = total;
  }

  /** The list of these findings, in this order. */
  static of(findings: readonly Finding[]): FindingList {
    const runs = findings.length > 0 ? Int32Array.of(0, 0, findings.length) : new Int32Array(0);
    return new FindingList([findings], runs);
  }

  at(index: number): Finding | undefined {
    let i = Math.trunc(index);
    if (i < 0) i += this.length;
    if (!(i >= 0 && i < this.length)) return undefined;
    // The first run that ends after i.
    let lo = 0;
    let hi = this.ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.ends[mid] as number) > i) hi = mid;
      else lo = mid + 1;
    }
    const start = (this.ends[lo] as number) - (this.runs[3 * lo + 2]! - this.runs[3 * lo + 1]!);
    const segment = this.segments[this.runs[3 * lo] as number] as FindingSegment;
    return segmentFinding(segment, (this.runs[3 * lo + 1] as number) + i - start);
  }

  *[Symbol.iterator](): Iterator<Finding> {
    const runs = this.runs;
    for (let r = 0; r < runs.length; r += 3) {
      const segment = this.segments[runs[r] as number] as FindingSegment;
      const to = runs[r + 2] as number;
      if (isRowFindings(segment))
        for (let k = runs[r + 1] as number; k < to; k++) yield segment.finding(k);
      else for (let k = runs[r + 1] as number; k < to; k++) yield segment[k] as Finding;
    }
  }

  /** Calls fn with each finding and its index, in order; stops early when fn returns true. */
  private scan(fn: (finding: Finding, index: number) => unknown): boolean {
    const runs = this.runs;
    let index = 0;
    for (let r = 0; r < runs.length; r += 3) {
      const segment = this.segments[runs[r] as number] as FindingSegment;
      const to = runs[r + 2] as number;
      for (let k = runs[r + 1] as number; k < to; k++)
        if (fn(segmentFinding(segment, k), index++)) return true;
    }
    return false;
  }

  forEach(fn: (finding: Finding, index: number) => void): void {
    this.scan((f, i) => {
      fn(f, i);
      return false;
    });
  }

  map<U>(fn: (finding: Finding, index: number) => U): U[] {
    const out = new Array<U>(this.length);
    this.scan((f, i) => {
      out[i] = fn(f, i);
      return false;
    });
    return out;
  }

  filter(fn: (finding: Finding, index: number) => unknown): Finding[] {
    const out: Finding[] = [];
    this.scan((f, i) => {
      if (fn(f, i)) out.push(f);
      return false;
    });
    return out;
  }

  find(fn: (finding: Finding, index: number) => unknown): Finding | undefined {
    let found: Finding | undefined;
    this.scan((f, i) => (fn(f, i) ? ((found = f), true) : false));
    return found;
  }

  some(fn: (finding: Finding, index: number) => unknown): boolean {
    return this.scan((f, i) => fn(f, i));
  }

  every(fn: (finding: Finding, index: number) => unknown): boolean {
    return !this.scan((f, i) => !fn(f, i));
  }

  /** Findings start (inclusive) to end (exclusive), as Array.prototype.slice reads its bounds. */
  slice(start = 0, end = this.length): Finding[] {
    const from = clampIndex(start, this.length);
    const to = clampIndex(end, this.length);
    const out: Finding[] = [];
    const runs = this.runs;
    let index = 0;
    for (let r = 0; r < runs.length && index < to; r += 3) {
      const first = runs[r + 1] as number;
      const length = (runs[r + 2] as number) - first;
      if (index + length > from) {
        const segment = this.segments[runs[r] as number] as FindingSegment;
        const end = first + Math.min(length, to - index);
        for (let k = first + Math.max(0, from - index); k < end; k++)
          out.push(segmentFinding(segment, k));
      }
      index += length;
    }
    return out;
  }

  /** Every finding, made now, in one array. */
  toArray(): Finding[] {
    return this.map((f) => f);
  }

  /** JSON writes the list as the array of its findings. */
  toJSON(): Finding[] {
    return this.toArray();
  }

  /** Counts by severity, without making the findings kept unmade. */
  summary(): FindingSummary {
    const counts = { error: 0, warning: 0, info: 0 };
    const runs = this.runs;
    for (let r = 0; r < runs.length; r += 3) {
      const segment = this.segments[runs[r] as number] as FindingSegment;
      const from = runs[r + 1] as number;
      const to = runs[r + 2] as number;
      if (isRowFindings(segment)) counts[segment.severity] += to - from;
      else for (let k = from; k < to; k++) counts[(segment[k] as Finding).severity]++;
    }
    return { errors: counts.error, warnings: counts.warning, info: counts.info };
  }
}

function clampIndex(index: number, length: number): number {
  const i = Math.trunc(index) || 0;
  return i < 0 ? Math.max(0, length + i) : Math.min(i, length);
}
