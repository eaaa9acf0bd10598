import {
  CellValue,
  Direction,
  Finding,
  Forecast,
  NewSheet,
  PlanOutcome,
  RagResult,
  RagStatus,
  Report,
  RewardEstimate,
  TableColumns,
  WriteValue,
  summarise,
} from "../../../src/engine";
import { GOV_COLUMNS, RowSpec, indicatorRow, laaTable, yearColumns } from "../../helpers/rows";

/** One indicator of a test report: what the table says and how it was rated. */
export interface Ind {
  ambition?: string;
  /** "NI 154", or absent for a local indicator. */
  code?: string;
  title?: string;
  baseline?: CellValue;
  target?: CellValue;
  actual?: CellValue;
  /** Read the numbers as percentages (0.452 shown as 45.2%). */
  percent?: boolean;
  partners?: string;
  comment?: string;
  status: RagStatus;
  direction?: Direction;
  year?: number;
}

/** The board's test table: GOV_HEADER's columns, then actuals 2008/09–2010/11 in H–J and comments in K. */
const COLUMNS: TableColumns = {
  ...GOV_COLUMNS,
  actuals: yearColumns(7, [2008, 2009, 2010]),
  comments: 10,
};

/** A report with one table holding the indicators on rows 3, 4, ... (0-based 2, 3, ...). */
export function makeReport(
  inds: readonly Ind[],
  opts: {
    findings?: Finding[];
    comments?: boolean;
    extraRag?: RagResult[];
    forecasts?: Forecast[];
    reward?: RewardEstimate;
  } = {}
): Report {
  const rows = inds.map((ind, i) => {
    const year = ind.year ?? 2009;
    const spec: RowSpec = {
      indicator: [ind.code, ind.title].filter((t) => t !== undefined).join(" "),
      priority: ind.ambition,
      baseline: ind.baseline,
      targets: { [year]: ind.target ?? "" },
      actuals: { [year]: ind.actual ?? "" },
      percent: ind.percent,
      partners: ind.partners,
      comment: ind.comment,
    };
    return indicatorRow(spec, i + 2, COLUMNS);
  });
  const { comments, ...withoutComments } = COLUMNS;
  const table = laaTable(rows, opts.comments ? { ...withoutComments, comments } : withoutComments);
  const rag: RagResult[] = inds.map((ind, i) => ({
    tableId: table.id,
    sheet: table.sheet,
    row: i + 2,
    indicator: ind.code ?? ind.title ?? "",
    priority: ind.ambition,
    year: ind.year ?? 2009,
    period: "year",
    status: ind.status,
    direction: ind.direction,
    actual: typeof ind.actual === "number" ? ind.actual : undefined,
    target: typeof ind.target === "number" ? ind.target : undefined,
    tolerancePercent: 5,
    reason: "",
  }));
  const findings = opts.findings ?? [];
  return {
    tables: [table],
    findings,
    rag: [...rag, ...(opts.extraRag ?? [])],
    forecasts: opts.forecasts ?? [],
    reward: opts.reward ?? { thresholdPercent: 60, capPercent: 100, targets: [] },
    gaps: { ambitions: [], pairs: [] },
    summary: summarise(findings),
  };
}

/** A rating for year-choice tests (no table row behind it). */
export function rating(
  year: number,
  actual: number | undefined,
  status: RagStatus = "green"
): RagResult {
  return {
    tableId: "LAA!A1:K3",
    sheet: "LAA",
    row: 2,
    indicator: "NI 154",
    year,
    period: "year",
    status,
    actual,
    tolerancePercent: 5,
    reason: "",
  };
}

/** The board sheet of a successful outcome (fails the test otherwise). */
export function boardOf(outcome: PlanOutcome): NewSheet {
  if (!outcome.ok) throw new Error(`expected a plan, got ${outcome.reason}: ${outcome.message}`);
  const sheet = outcome.plan.newSheets[0];
  if (!sheet) throw new Error("no new sheet in the plan");
  return sheet;
}

/** The sheet's values as a grid from A1 (the board writes one block at A1). */
export function gridOf(sheet: NewSheet): readonly (readonly WriteValue[])[] {
  expect(sheet.blocks).toHaveLength(1);
  const block = sheet.blocks[0];
  expect(block?.top).toBe(0);
  expect(block?.left).toBe(0);
  return block?.values ?? [];
}

/** First row (0-based) whose cell in `col` equals `value`, searching from `from`. */
export function findRow(
  grid: readonly (readonly WriteValue[])[],
  col: number,
  value: WriteValue,
  from = 0
): number {
  for (let r = from; r < grid.length; r++) if (grid[r]?.[col] === value) return r;
  return -1;
}

/** Rows below `header` up to the first empty row: the body of a table on the board. */
export function bodyRows(
  grid: readonly (readonly WriteValue[])[],
  header: number
): (readonly WriteValue[])[] {
  const out: (readonly WriteValue[])[] = [];
  for (let r = header + 1; r < grid.length; r++) {
    const row = grid[r];
    if (!row || row.every((v) => v === null)) break;
    out.push(row);
  }
  return out;
}

/** The header row of the detail table (the board's last table, after its section heading). */
export function detailHeader(grid: readonly (readonly WriteValue[])[]): number {
  const section = grid.findIndex((r) => String(r[0] ?? "").startsWith("Indicators in detail"));
  return findRow(grid, 1, "Code", section);
}
