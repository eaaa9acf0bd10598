import {
  CellValue,
  Direction,
  Finding,
  Forecast,
  IndicatorRow,
  LaaTable,
  NewSheet,
  ParsedValue,
  PlanOutcome,
  RagResult,
  RagStatus,
  Report,
  RewardEstimate,
  WriteValue,
  summarise,
} from "../../../src/engine";

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

const SHEET = "LAA";
const TABLE_ID = "LAA!A1:J200";

function parsed(
  raw: CellValue | undefined,
  row: number,
  col: number,
  percent: boolean
): ParsedValue {
  const cell = { sheet: SHEET, row, col };
  if (raw === undefined || raw === "") return { kind: "empty", cell, raw: "" };
  if (typeof raw === "number") {
    return {
      kind: "number",
      cell,
      raw,
      value: percent ? raw * 100 : raw,
      unit: percent ? "percent" : "number",
    };
  }
  return { kind: "text", cell, raw, text: String(raw) };
}

function indicatorRow(ind: Ind, row: number, year: number): IndicatorRow {
  const num = ind.code ? Number(/\d+/.exec(ind.code)?.[0]) : undefined;
  const cell = (col: number) => ({ sheet: SHEET, row, col });
  return {
    row,
    priority:
      ind.ambition === undefined
        ? undefined
        : { text: ind.ambition, cell: cell(0), carried: false },
    indicator: {
      cell: cell(1),
      raw: `${ind.code ?? ""} ${ind.title ?? ""}`.trim(),
      code: num === undefined ? undefined : { number: num, label: ind.code ?? "" },
      title: ind.title,
    },
    baseline: parsed(ind.baseline, row, 2, ind.percent ?? false),
    targets: [{ year, value: parsed(ind.target, row, 3, ind.percent ?? false) }],
    actuals: [{ year, value: parsed(ind.actual, row, 4, ind.percent ?? false) }],
    partners: { cell: cell(5), raw: ind.partners ?? "", names: ind.partners ? [ind.partners] : [] },
    comment: ind.comment === undefined ? undefined : { cell: cell(6), text: ind.comment },
    contributesTo: [],
  };
}

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
  const rows = inds.map((ind, i) => indicatorRow(ind, i + 2, ind.year ?? 2009));
  const table: LaaTable = {
    id: TABLE_ID,
    sheet: SHEET,
    range: { top: 0, left: 0, bottom: inds.length + 1, right: 6 },
    headerRows: [0, 1],
    columns: { targets: [], actuals: [], rag: [], comments: opts.comments ? 6 : undefined },
    rows,
  };
  const rag: RagResult[] = inds.map((ind, i) => ({
    tableId: TABLE_ID,
    sheet: SHEET,
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
    tableId: TABLE_ID,
    sheet: SHEET,
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
