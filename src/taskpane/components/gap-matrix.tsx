import * as React from "react";
import { Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { GapView, MatrixPair, STATUS_FILL } from "../../engine";
import { PairState, explainPair, pairState } from "../gap-text";

const useStyles = makeStyles({
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  rowHead: {
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: "10em",
  },
  colHead: { width: "2.2em", textAlign: "center" },
  cell: {
    width: "2.2em",
    height: "2.2em",
    textAlign: "center",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // The same accessible fills as the RAG statuses: green backed, red gap.
  evidenced: { backgroundColor: STATUS_FILL.green.fill, color: STATUS_FILL.green.font },
  gap: {
    backgroundColor: STATUS_FILL.red.fill,
    color: STATUS_FILL.red.font,
    fontWeight: tokens.fontWeightBold,
  },
  shared: { backgroundColor: "#DDEBF7", color: "#1F3864" },
  none: { backgroundColor: tokens.colorNeutralBackground1 },
  self: { backgroundColor: tokens.colorNeutralBackground3 },
  legend: {
    listStyleType: "none",
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalM,
  },
  swatch: {
    display: "inline-block",
    width: "1.6em",
    textAlign: "center",
    marginRight: tokens.spacingHorizontalXS,
  },
});

const MARK: Readonly<Record<PairState, string>> = {
  evidenced: "✓",
  gap: "✗",
  shared: "○",
  none: "",
};
const LEGEND: Readonly<Record<PairState, string>> = {
  evidenced: "claimed and evidenced",
  gap: "claimed, no evidence (gap)",
  shared: "evidenced, not claimed",
  none: "neither",
};

/** The cross-cutting matrix as a heat map: rows support columns; every cell explains itself. */
export function GapMatrix({ gaps }: { gaps: GapView }) {
  const styles = useStyles();
  const pairs = React.useMemo(() => {
    const m = new Map<string, MatrixPair>();
    for (const p of gaps.pairs) m.set(`${p.from}\u0000${p.to}`, p);
    return m;
  }, [gaps]);
  if (gaps.ambitions.length === 0) {
    return (
      <Text>
        No ambitions found: the table needs a Priority column, or the workbook a cross-cutting
        matrix.
      </Text>
    );
  }
  const counts = { evidenced: 0, gap: 0, shared: 0, none: 0 };
  for (const p of gaps.pairs) counts[pairState(p)]++;
  const numberOf = (i: number) => String(gaps.ambitions[i]?.number ?? i + 1);
  return (
    <section aria-label="Cross-cutting matrix">
      <Text as="p">
        {gaps.matrix
          ? `From the matrix on '${gaps.matrix.sheet}' (${gaps.matrix.range}). Each row supports the numbered columns.`
          : "No cross-cutting matrix was found, so nothing is claimed; shared indicators and partners are shown."}
      </Text>
      <div className={styles.scroll}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">Ambition</th>
              {gaps.ambitions.map((a, i) => (
                <th
                  key={a.key}
                  scope="col"
                  className={styles.colHead}
                  title={a.name}
                  aria-label={a.name}
                >
                  {numberOf(i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gaps.ambitions.map((from, r) => (
              <tr key={from.key}>
                <th scope="row" className={styles.rowHead}>{`${numberOf(r)} ${from.name}`}</th>
                {gaps.ambitions.map((to) => {
                  if (to.key === from.key) {
                    return (
                      <td
                        key={to.key}
                        className={`${styles.cell} ${styles.self}`}
                        aria-label="Same ambition"
                      />
                    );
                  }
                  const pair = pairs.get(`${from.key}\u0000${to.key}`);
                  if (!pair) return <td key={to.key} className={styles.cell} />;
                  const state = pairState(pair);
                  const text = explainPair(pair, from.name, to.name);
                  return (
                    <Tooltip key={to.key} content={text} relationship="label" withArrow>
                      <td
                        tabIndex={0}
                        className={`${styles.cell} ${styles[state]}`}
                        data-state={state}
                      >
                        {MARK[state]}
                      </td>
                    </Tooltip>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ul className={styles.legend} aria-label="Legend">
        {(Object.keys(MARK) as PairState[]).map((s) => (
          <li key={s}>
            <span className={`${styles.swatch} ${styles[s]}`} aria-hidden>
              {MARK[s] || "·"}
            </span>
            {`${LEGEND[s]}: ${counts[s]}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
