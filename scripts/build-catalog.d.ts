/** One record of data/ni-data-schedule.csv, keyed by its header. */
export type ScheduleRecord = Record<string, string>;

/** What parseSchedule reads from one record (see DataSchedule in src/engine/catalog). */
export interface ParsedSchedule {
  number: number;
  basis: string;
  periodEndMonth: number;
  lagMonths: number;
  source: string;
  note: string;
  lastYear?: number;
  notCollected?: string;
}

export function parseCsv(text: string): string[][];
export function readTable(file: string, expected: readonly string[]): ScheduleRecord[];
export function parseSchedule(records: readonly ScheduleRecord[]): ParsedSchedule[];
export const SCHEDULE_COLUMNS: readonly string[];
