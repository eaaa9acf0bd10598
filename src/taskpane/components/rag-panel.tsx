import * as React from "react";
import { Badge, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle20Filled,
  Clock20Filled,
  ErrorCircle20Filled,
  QuestionCircle20Filled,
  SubtractCircle20Filled,
  Warning20Filled,
} from "@fluentui/react-icons";
import {
  DIRECTION_TERMS,
  FORECAST_STATUSES,
  directionLegend,
  FORECAST_WORD,
  Forecast,
  RagResult,
  RagStatus,
  RatingPeriod,
  RewardEstimate,
  STATUS_ORDER,
  STATUS_TERMS,
  StatusTone,
  formatNumber,
  periodEndMonth,
  statusText,
  yearLabel,
} from "../../engine";

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
  },
  legend: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  // The indicator and its badge on one line, the reason under them: readable at any pane width.
  row: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    overflowWrap: "anywhere",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  reason: {
    gridColumn: "1 / -1",
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  forecast: { display: "block", marginTop: tokens.spacingVerticalXXS },
});

/** Statuses that rate nothing: a year of only these is not the year an officer wants first. */
const UNRATED: readonly RagStatus[] = ["no-data", "awaiting-data", "not-collected", "not-due"];

/** A status's badge colour and icon, by its tone (vocabulary): a new status needs no change here. */
const TONE_COLOR = {
  good: "success",
  warning: "warning",
  bad: "danger",
  neutral: "informative",
} as const satisfies Record<StatusTone, string>;
const TONE_ICON: Readonly<Record<StatusTone, React.ReactElement>> = {
  good: <CheckmarkCircle20Filled aria-hidden />,
  warning: <Warning20Filled aria-hidden />,
  bad: <ErrorCircle20Filled aria-hidden />,
  neutral: <QuestionCircle20Filled aria-hidden />,
};
/** The two kinds of missing data that are nobody's fault look different from "No data". */
const STATUS_LOOK: Partial<
  Record<RagStatus, { color: "brand" | "subtle"; icon: React.ReactElement }>
> = {
  "awaiting-data": { color: "brand", icon: <Clock20Filled aria-hidden /> },
  "not-collected": { color: "subtle", icon: <SubtractCircle20Filled aria-hidden /> },
};

/**
 * A status as a badge that says its word (the colour is a bonus, never the message), and the period
 * when it was rated during the year ("Amber at Q2").
 */
export function StatusBadge({
  status,
  count,
  period = "year",
}: {
  status: RagStatus;
  count?: number;
  period?: RatingPeriod;
}) {
  const { label, tone } = STATUS_TERMS[status];
  const look = STATUS_LOOK[status];
  return (
    <Badge
      appearance="tint"
      color={look?.color ?? TONE_COLOR[tone]}
      icon={look?.icon ?? TONE_ICON[tone]}
      size="large"
    >
      {count === undefined
        ? statusText(status, undefined, period)
        : `${label}: ${formatNumber(count)}`}
    </Badge>
  );
}

/** "2009/10", or "2009/10, position at Q2" when the year is rated during the year. */
function yearOption(year: number, rag: readonly RagResult[]): string {
  let latest: Exclude<RatingPeriod, "year"> | undefined;
  for (const r of rag) {
    if (r.year !== year || r.period === "year") continue;
    if (latest === undefined || (periodEndMonth(r.period) ?? 0) > (periodEndMonth(latest) ?? 0))
      latest = r.period;
  }
  if (latest === undefined) return yearLabel(year);
  return latest === "YTD"
    ? `${yearLabel(year)}, to date`
    : `${yearLabel(year)}, position at ${latest}`;
}

/** The year the officer most likely wants: the latest one with a rating other than "no data". */
function defaultYear(years: readonly number[], rag: readonly RagResult[]): number | undefined {
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i];
    if (rag.some((r) => r.year === y && !UNRATED.includes(r.status))) return y;
  }
  return years[years.length - 1];
}

export interface RagPanelProps {
  readonly rag: readonly RagResult[];
  /** Final-year forecasts, shown under each indicator and counted. */
  readonly forecasts?: readonly Forecast[];
  readonly reward?: RewardEstimate;
}

/**
 * RAG counts for a year as text badges, then the indicators listed by ambition with their
 * final-year forecast, the forecasts' counts and the reward estimate.
 */
export function RagPanel({ rag, forecasts = [], reward }: RagPanelProps) {
  const styles = useStyles();
  const forecastOf = React.useMemo(
    () => new Map(forecasts.map((f) => [`${f.tableId}-${f.row}`, f])),
    [forecasts]
  );
  const years = React.useMemo(
    () => [...new Set(rag.map((r) => r.year))].sort((a, b) => a - b),
    [rag]
  );
  const [year, setYear] = React.useState<number | undefined>(() => defaultYear(years, rag));
  const shownYear = year !== undefined && years.includes(year) ? year : defaultYear(years, rag);
  const rows = rag.filter((r) => r.year === shownYear && r.status !== "not-due");
  if (rag.length === 0 || shownYear === undefined) {
    return (
      <Text>
        No ratings yet: the table needs an Actual column for a year (e.g. "Actual 2008/09").
      </Text>
    );
  }
  const byAmbition = new Map<string, RagResult[]>();
  for (const r of rows) {
    const key = r.priority ?? "No ambition";
    byAmbition.set(key, [...(byAmbition.get(key) ?? []), r]);
  }
  const notDue = rag.filter((r) => r.year === shownYear && r.status === "not-due").length;
  // During the year a rating's arrow compares periods, not years.
  const inYear = rows.some((r) => r.period !== "year");
  // Every status in the one order; "Not due" only when there are some.
  const counted = STATUS_ORDER.filter((s) => s !== "not-due" || notDue > 0);
  return (
    <section aria-label="RAG status">
      <Field label="Year">
        <Select value={String(shownYear)} onChange={(_e, d) => setYear(Number(d.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {yearOption(y, rag)}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.counts} aria-label={`Counts for ${yearLabel(shownYear)}`} role="group">
        {counted.map((s) => (
          <StatusBadge
            key={s}
            status={s}
            count={rag.filter((r) => r.year === shownYear && r.status === s).length}
          />
        ))}
      </div>
      <Text as="p" className={styles.legend}>
        {directionLegend({ years: !inYear, periods: inYear })}
      </Text>
      {rows.length === 0 && <Text>{`Nothing is due for ${yearLabel(shownYear)} yet.`}</Text>}
      <ForecastCounts forecasts={forecasts} />
      {[...byAmbition].map(([ambition, list]) => (
        <section key={ambition} aria-label={ambition}>
          <h2 className={styles.heading}>{ambition}</h2>
          <ul className={styles.list}>
            {list.map((r) => (
              <li key={`${r.tableId}-${r.row}`} className={styles.row}>
                <Text weight="semibold">{r.indicator}</Text>
                <StatusBadge status={r.status} period={r.period} />
                <span className={styles.reason}>
                  {r.direction
                    ? `${DIRECTION_TERMS[r.direction].arrow} ${DIRECTION_TERMS[r.direction].word} · `
                    : ""}
                  {r.reason}
                  <ForecastLine forecast={forecastOf.get(`${r.tableId}-${r.row}`)} />
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {reward && <RewardSection reward={reward} />}
    </section>
  );
}

function ForecastLine({ forecast }: { forecast?: Forecast }) {
  const styles = useStyles();
  if (!forecast) return null;
  return (
    <span className={styles.forecast}>
      {`Likely to achieve ${yearLabel(forecast.year)}? `}
      <Text size={200} weight="semibold">
        {FORECAST_WORD[forecast.status]}
      </Text>
      {` · ${forecast.reason}`}
    </span>
  );
}

/** "Likely to achieve 2010/11?": how many indicators are on track, at risk, off track, unknown. */
function ForecastCounts({ forecasts }: { forecasts: readonly Forecast[] }) {
  const styles = useStyles();
  const first = forecasts[0];
  if (!first) return null;
  const label = `Likely to achieve ${yearLabel(first.year)}?`;
  return (
    <section aria-label={label}>
      <h2 className={styles.heading}>{label}</h2>
      <div
        className={styles.counts}
        role="group"
        aria-label={`Forecast counts for ${yearLabel(first.year)}`}
      >
        {FORECAST_STATUSES.map((s) => (
          <Badge key={s} appearance="outline" color="informative" size="large">
            {`${FORECAST_WORD[s]}: ${formatNumber(forecasts.filter((f) => f.status === s).length)}`}
          </Badge>
        ))}
      </div>
    </section>
  );
}

/** The reward estimate: the pot and the total, then each designated target's share. */
function RewardSection({ reward }: { reward: RewardEstimate }) {
  const styles = useStyles();
  if (reward.targets.length === 0) return null;
  const n = reward.targets.length;
  const summary =
    reward.pot === undefined
      ? `${n} designated targets; no reward pot set (Settings), so shares only.`
      : `${pounds(reward.total ?? 0)} of ${pounds(reward.pot)} at current performance; ${pounds(reward.pot - (reward.total ?? 0))} at stake (${n} designated targets).`;
  return (
    <section aria-label="Reward at stake">
      <h2 className={styles.heading}>Reward at stake (estimate)</h2>
      <Text as="p">{`${summary} Nothing below ${reward.thresholdPercent}% of the planned improvement; at most ${reward.capPercent}%.`}</Text>
      <ul className={styles.list}>
        {reward.targets.map((t) => (
          <li key={`${t.tableId}-${t.row}`} className={styles.row}>
            <Text weight="semibold">{t.indicator}</Text>
            <Text>
              {t.share === undefined ? "Share unknown" : `Share ${t.share}%`}
              {t.amount === undefined ? "" : ` · ${pounds(t.amount)}`}
            </Text>
            <span className={styles.reason}>
              {t.trigger === undefined
                ? ""
                : `${reward.thresholdPercent}% trigger ${value(t.trigger, t.unit)} · `}
              {t.reason}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "45.2%", "2,370", "0.77": a trigger value as the table writes its figures. */
function value(n: number, unit: "percent" | "number"): string {
  return unit === "percent" ? `${formatNumber(n, 1)}%` : formatNumber(n);
}

/** "£2,500,000": whole pounds. */
function pounds(n: number): string {
  return `£${formatNumber(n, 0)}`;
}
