import { LaaTable, Polarity } from "../../../src/engine";
import { tableOf, yearColumns } from "../../helpers/rows";

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
  /** The values are percentages as written (45 is 45%). */
  percent?: boolean;
  /** A Reward column cell ("No", "Removed from reward element"). */
  reward?: string;
  /** A local indicator: no NI code, this title. */
  local?: string;
}

/**
 * A rating test's table, through the shared row builder: A indicator, B baseline, C–E targets
 * 2008–2010, actuals from F (one column per year in `actualYears`), then lead partner, tolerance, data
 * available and reward columns. Rows start at sheet row 3.
 */
export function buildTable(specs: RowSpec[], actualYears = [2008, 2009, 2010]): LaaTable {
  const columns = {
    indicator: 0,
    baseline: 1,
    targets: yearColumns(2, [2008, 2009, 2010], String),
    actuals: yearColumns(5, actualYears, (y) => `Actual ${y}`),
    leadPartners: 9,
    tolerance: 10,
    dataAvailable: 11,
    reward: 12,
    rag: [],
  };
  const only = (values: Record<number, number | string> | undefined) =>
    Object.fromEntries(
      Object.entries(values ?? {}).filter(([y]) => actualYears.includes(Number(y)))
    );
  return tableOf(
    specs.map((s, i) => ({
      indicator: s.local ?? `NI ${s.code ?? 154 + i}`,
      baseline: s.baseline,
      targets: s.targets,
      actuals: only(s.actuals),
      percent: s.percent ? ("written" as const) : false,
      partners: "Council",
      polarity: s.polarity,
      tolerance: s.tolerance,
      baselinePeriod: s.baselinePeriod,
      dataAvailable: s.dataAvailable,
      reward: s.reward,
    })),
    columns
  );
}
