import * as React from "react";
import { Badge, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import {
  CheckmarkCircle20Filled,
  ErrorCircle20Filled,
  QuestionCircle20Filled,
  Warning20Filled,
} from "@fluentui/react-icons";
import {
  DIRECTION_LEGEND,
  DIRECTION_TERMS,
  RagResult,
  RagStatus,
  STATUS_ORDER,
  STATUS_TERMS,
  StatusTone,
  formatNumber,
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
});

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

/** A status as a badge that says its word (the colour is a bonus, never the message). */
export function StatusBadge({ status, count }: { status: RagStatus; count?: number }) {
  const { label, tone } = STATUS_TERMS[status];
  return (
    <Badge appearance="tint" color={TONE_COLOR[tone]} icon={TONE_ICON[tone]} size="large">
      {count === undefined ? label : `${label}: ${formatNumber(count)}`}
    </Badge>
  );
}

/** The year the officer most likely wants: the latest one with a rating other than "no data". */
function defaultYear(years: readonly number[], rag: readonly RagResult[]): number | undefined {
  for (let i = years.length - 1; i >= 0; i--) {
    const y = years[i];
    if (rag.some((r) => r.year === y && r.status !== "no-data" && r.status !== "not-due")) return y;
  }
  return years[years.length - 1];
}

/** RAG counts for a year as text badges, then the indicators listed by ambition. */
export function RagPanel({ rag }: { rag: readonly RagResult[] }) {
  const styles = useStyles();
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
  // Every status in the one order; "Not due" only when there are some.
  const counted = STATUS_ORDER.filter((s) => s !== "not-due" || notDue > 0);
  return (
    <section aria-label="RAG status">
      <Field label="Year">
        <Select value={String(shownYear)} onChange={(_e, d) => setYear(Number(d.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {yearLabel(y)}
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
        {`Direction of travel, against the previous year: ${DIRECTION_LEGEND}.`}
      </Text>
      {rows.length === 0 && <Text>{`Nothing is due for ${yearLabel(shownYear)} yet.`}</Text>}
      {[...byAmbition].map(([ambition, list]) => (
        <section key={ambition} aria-label={ambition}>
          <h2 className={styles.heading}>{ambition}</h2>
          <ul className={styles.list}>
            {list.map((r) => (
              <li key={`${r.tableId}-${r.row}`} className={styles.row}>
                <Text weight="semibold">{r.indicator}</Text>
                <StatusBadge status={r.status} />
                <span className={styles.reason}>
                  {r.direction
                    ? `${DIRECTION_TERMS[r.direction].arrow} ${DIRECTION_TERMS[r.direction].word} · `
                    : ""}
                  {r.reason}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
