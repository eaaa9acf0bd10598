import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Link,
  Select,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { Finding, Severity, formatNumber, quoteSheet } from "../../engine";
import { helpPage } from "../help";
import {
  FindingFilter,
  SEVERITY_ORDER,
  codeCounts,
  filterFindings,
  groupFindings,
} from "../group-findings";
import { SEVERITY_PLURAL, SeverityIcon } from "./severity";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  severities: { display: "flex", flexWrap: "wrap" },
  groupHeading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase400,
  },
  indicatorHeading: {
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground2,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  entry: {
    marginBottom: tokens.spacingVerticalXXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  item: {
    display: "block",
    width: "100%",
    boxSizing: "border-box",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  rule: {
    display: "block",
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase200,
  },
  where: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  message: { display: "block", fontWeight: tokens.fontWeightSemibold },
  hint: { display: "block", color: tokens.colorNeutralForeground2 },
});

/** How many findings are drawn at once: a long table can have thousands, and the pane must stay quick. */
const PAGE = 100;

export interface FindingsPanelProps {
  readonly findings: readonly Finding[];
  readonly onSelect: (sheet: string, cell: string) => void;
}

/** Findings grouped by severity and indicator, filterable by severity and code; Enter or click selects the cell. */
export function FindingsPanel({ findings, onSelect }: FindingsPanelProps) {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<FindingFilter>({
    severities: new Set<Severity>(SEVERITY_ORDER),
    code: "",
  });
  const [limit, setLimit] = React.useState(PAGE);
  const [selected, setSelected] = React.useState<Finding | undefined>();
  const codes = React.useMemo(() => codeCounts(findings), [findings]);
  const filtered = React.useMemo(() => filterFindings(findings, filter), [findings, filter]);
  const groups = React.useMemo(() => groupFindings(filtered.slice(0, limit)), [filtered, limit]);
  const bySeverity = React.useMemo(() => {
    const n: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of findings) n[f.severity]++;
    return n;
  }, [findings]);

  const toggle = (s: Severity, on: boolean) => {
    const next = new Set(filter.severities);
    if (on) next.add(s);
    else next.delete(s);
    setFilter({ ...filter, severities: next });
    setLimit(PAGE);
  };

  const choose = (f: Finding) => {
    if (!f.sheet || !f.cell) return;
    setSelected(f);
    onSelect(f.sheet, f.cell);
  };

  return (
    <section aria-label="Findings">
      <div className={styles.filters} role="group" aria-label="Filter findings">
        <div className={styles.severities}>
          {SEVERITY_ORDER.map((s) => (
            <Checkbox
              key={s}
              label={`${SEVERITY_PLURAL[s]} (${formatNumber(bySeverity[s])})`}
              checked={filter.severities.has(s)}
              onChange={(_e, data) => toggle(s, data.checked === true)}
            />
          ))}
        </div>
        <Field label="Code">
          <Select
            value={filter.code}
            onChange={(_e, data) => {
              setFilter({ ...filter, code: data.value });
              setLimit(PAGE);
            }}
          >
            <option value="">All codes ({formatNumber(findings.length)})</option>
            {codes.map(([code, n]) => (
              <option key={code} value={code}>{`${code} (${formatNumber(n)})`}</option>
            ))}
          </Select>
        </Field>
      </div>
      {filtered.length === 0 && (
        <Text>
          {findings.length === 0
            ? "No findings: every check passed."
            : "No finding matches these filters: tick more severities or choose All codes."}
        </Text>
      )}
      {groups.map((g) => (
        <section key={g.severity} aria-label={`${SEVERITY_PLURAL[g.severity]}: ${g.count}`}>
          <h2 className={styles.groupHeading}>
            <SeverityIcon severity={g.severity} />
            {`${SEVERITY_PLURAL[g.severity]} (${formatNumber(g.count)})`}
          </h2>
          {g.indicators.map((ig) => (
            <div key={ig.indicator}>
              <h3 className={styles.indicatorHeading}>{ig.indicator || "Table and workbook"}</h3>
              <ul className={styles.list}>
                {ig.findings.map((f, i) => (
                  <li key={`${f.code}-${f.sheet}-${f.cell}-${i}`}>
                    <FindingItem finding={f} selected={f === selected} onChoose={choose} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
      {filtered.length > limit && (
        <Button onClick={() => setLimit(limit + PAGE)}>
          {`Show ${Math.min(PAGE, filtered.length - limit)} more of ${formatNumber(filtered.length - limit)}`}
        </Button>
      )}
    </section>
  );
}

interface FindingItemProps {
  readonly finding: Finding;
  readonly selected: boolean;
  readonly onChoose: (f: Finding) => void;
}

/**
 * A finding as a native button (Enter and Space work everywhere; no cell means nothing to select),
 * and beside it, not inside it, the link to its rule page.
 */
function FindingItem({ finding: f, selected, onChoose }: FindingItemProps) {
  const styles = useStyles();
  const where = f.sheet ? `${quoteSheet(f.sheet)}${f.cell ? `!${f.cell}` : ""}` : "Workbook";
  const body = (
    <>
      <span className={styles.where}>{where}</span>
      <span className={styles.message}>{f.message}</span>
      <span className={styles.hint}>{f.hint}</span>
    </>
  );
  const rule = (
    <Link
      className={styles.rule}
      href={helpPage(f.code)}
      target="_blank"
      rel="noopener"
      aria-label={`Rule ${f.code}: what it checks and how to fix it (opens in a new window)`}
    >
      {`Rule ${f.code}`}
    </Link>
  );
  if (!f.cell || !f.sheet) {
    return (
      <div className={styles.entry}>
        <div className={mergeClasses(styles.item, styles.static)}>{body}</div>
        {rule}
      </div>
    );
  }
  return (
    <div className={mergeClasses(styles.entry, selected && styles.selected)}>
      <button
        type="button"
        className={styles.item}
        aria-current={selected ? "true" : undefined}
        title={`Select ${where}`}
        onClick={() => onChoose(f)}
      >
        {body}
      </button>
      {rule}
    </div>
  );
}
