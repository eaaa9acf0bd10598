import { IndicatorRow, LaaTable, ParsedValue, Polarity, YearValue } from "../../../src/engine";

/** One indicator for a rating test: values by financial year (2008 = 2008/09). */
export interface RowSpec {
  polarity?: Polarity;
  baseline?: number;
  targets?: Record<number, number | string>;
  actuals?: Record<number, number | string>;
  /** A Tolerance column value, in percent. */
  tolerance?: number;
  /** NI number; default 154 + the row's index (indicators the data schedule does not list). */
  code?: number;
  /** The baseline's period as written ("2007/08"). */
  baselinePeriod?: string;
  /** A Data available cell. */
  dataAvailable?: string;
  /** Read the values as percentages. */
  percent?: boolean;
  /** A Reward column cell ("No", "Removed from reward element"). */
  reward?: string;
  /** A local indicator: no NI code, this title. */
  local?: string;
}

/** A parsed value as the reader would give it: numbers are numbers, strings are placeholders. */
export function parsed(
  v: number | string | undefined,
  row: number,
  col: number,
  percent = false
): ParsedValue {
  const cell = { sheet: "LAA", row, col };
  if (v === undefined) return { kind: "empty", cell, raw: "" };
  if (typeof v === "number")
    return { kind: "number", value: v, unit: percent ? "percent" : "number", cell, raw: v };
  return { kind: "placeholder", text: v, cell, raw: v };
}

/**
 * A table built directly (no reader): columns A indicator, B baseline, C–E targets 2008–2010,
 * then one actual column per year in `actualYears` (F, G, ...). Rows start at sheet row 2.
 */
export function buildTable(rows: RowSpec[], actualYears: number[] = [2008, 2009, 2010]): LaaTable {
  const targetYears = [2008, 2009, 2010];
  const indicatorRows: IndicatorRow[] = rows.map((spec, i) => {
    const r = i + 2;
    const yv = (year: number, col: number, v: number | string | undefined): YearValue => ({
      year,
      value: parsed(v, r, col, spec.percent),
    });
    const code = spec.code ?? 154 + i;
    return {
      row: r,
      indicator: spec.local
        ? { cell: { sheet: "LAA", row: r, col: 0 }, raw: spec.local, title: spec.local }
        : {
            cell: { sheet: "LAA", row: r, col: 0 },
            raw: `NI ${code}`,
            code: { number: code, label: `NI ${code}` },
          },
      ...(spec.reward
        ? { reward: { cell: { sheet: "LAA", row: r, col: 12 }, text: spec.reward } }
        : {}),
      baseline: parsed(spec.baseline, r, 1, spec.percent),
      ...(spec.baselinePeriod
        ? { baselinePeriod: { text: spec.baselinePeriod, from: "cell" as const } }
        : {}),
      ...(spec.dataAvailable
        ? { dataAvailable: { cell: { sheet: "LAA", row: r, col: 11 }, text: spec.dataAvailable } }
        : {}),
      targets: targetYears.map((y, k) => yv(y, 2 + k, spec.targets?.[y])),
      actuals: actualYears.map((y, k) => yv(y, 5 + k, spec.actuals?.[y])),
      partners: { cell: { sheet: "LAA", row: r, col: 9 }, raw: "Council", names: ["Council"] },
      polarity: spec.polarity ? { value: spec.polarity, source: "table" } : undefined,
      tolerance: spec.tolerance === undefined ? undefined : parsed(spec.tolerance, r, 10),
      contributesTo: [],
    };
  });
  return {
    id: "LAA!A1:H9",
    sheet: "LAA",
    range: { top: 0, left: 0, bottom: rows.length + 1, right: 4 + actualYears.length },
    headerRows: [0, 1],
    columns: {
      indicator: 0,
      baseline: 1,
      targets: targetYears.map((year, k) => ({ year, col: 2 + k, header: String(year) })),
      actuals: actualYears.map((year, k) => ({ year, col: 5 + k, header: `Actual ${year}` })),
      rag: [],
    },
    rows: indicatorRows,
  };
}
