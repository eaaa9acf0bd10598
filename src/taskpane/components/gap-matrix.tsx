import * as React from "react";
import { Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import {
  GapView,
  MATRIX_TERMS,
  MatrixPair,
  PairState,
  STATUS_FILL,
  formatNumber,
  pairState,
} from "../../engine";
import { explainPair } from "../gap-text";
import { VISUALLY_HIDDEN } from "../visually-hidden";

const useStyles = makeStyles({
  // Only a matrix of many ambitions scrolls, inside itself; seven fit a 270-pixel pane.
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  head: { width: "1.9em", textAlign: "center", fontWeight: tokens.fontWeightSemibold },
  cell: {
    width: "1.9em",
    height: "1.9em",
    textAlign: "center",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  // The same accessible fills as the RAG statuses: green backed, red gap.
  evidenced: { backgroundColor: STATUS_FILL.green.fill, color: STATUS_FILL.green.font },
  gap: {
    backgroundColor: STATUS_FILL.red.fill,
    color: STATUS_FILL.red.font,
    fontWeight: tokens.fontWeightBold,
  },
  shared: { backgroundColor: "#DDEBF7", color: "#1F3864" },
  none: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  self: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground1 },
  legend: {
    listStyleType: "none",
    padding: 0,
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalM,
  },
  swatch: {
    display: "inline-block",
    width: "1.6em",
    textAlign: "center",
    marginRight: tokens.spacingHorizontalXS,
  },
  hidden: VISUALLY_HIDDEN,
  detail: {
    minHeight: "3em",
    margin: `${tokens.spacingVerticalS} 0`,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
  },
  names: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: "2em" },
});

type Mark = PairState | "self";

interface Cell {
  readonly mark: Mark;
  readonly label: string;
}

/** The cross-cutting matrix as a heat map: rows support columns; every cell explains itself. */
export function GapMatrix({ gaps }: { gaps: GapView }) {
  const styles = useStyles();
  const grid = React.useMemo(() => cellsOf(gaps), [gaps]);
  const [active, setActive] = React.useState<[number, number]>([0, 1]);
  const [hovered, setHovered] = React.useState<[number, number] | undefined>();
  const table = React.useRef<HTMLTableElement>(null);
  if (gaps.ambitions.length === 0) {
    return (
      <Text>
        No ambitions found: the table needs a Priority column, or the workbook a cross-cutting
        matrix.
      </Text>
    );
  }
  const n = gaps.ambitions.length;
  const counts: Record<PairState, number> = { evidenced: 0, gap: 0, shared: 0, none: 0 };
  for (const p of gaps.pairs) counts[pairState(p)]++;
  const numberOf = (i: number) => String(gaps.ambitions[i]?.number ?? i + 1);

  // One tab stop for the whole grid; the arrow keys, Home and End move within it.
  const move = (e: React.KeyboardEvent) => {
    const [r, c] = active;
    const next: Record<string, [number, number]> = {
      ArrowUp: [Math.max(0, r - 1), c],
      ArrowDown: [Math.min(n - 1, r + 1), c],
      ArrowLeft: [r, Math.max(0, c - 1)],
      ArrowRight: [r, Math.min(n - 1, c + 1)],
      Home: [r, 0],
      End: [r, n - 1],
    };
    const to = next[e.key];
    if (!to) return;
    e.preventDefault();
    setActive(to);
    table.current?.querySelector<HTMLElement>(`[data-at="${to[0]}-${to[1]}"]`)?.focus();
  };

  return (
    <section aria-label="Cross-cutting matrix">
      <Text as="p">
        {gaps.matrix
          ? `From the matrix on '${gaps.matrix.sheet}' (${gaps.matrix.range}). Each numbered row supports the numbered columns; point at a cell, or move with the arrow keys, to see what it means.`
          : "No cross-cutting matrix was found, so nothing is claimed; shared indicators and partners are shown."}
      </Text>
      <div className={styles.scroll}>
        <table
          ref={table}
          role="grid"
          className={styles.table}
          aria-label="Cross-cutting matrix: rows support columns"
          onKeyDown={move}
        >
          <thead>
            <tr>
              <th scope="col" className={styles.head}>
                <span className={styles.hidden}>Ambition</span>
              </th>
              {gaps.ambitions.map((a, i) => (
                <th key={a.key} scope="col" className={styles.head} aria-label={a.name}>
                  {numberOf(i)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gaps.ambitions.map((from, r) => (
              <tr key={from.key}>
                <th scope="row" className={styles.head} aria-label={from.name}>
                  {numberOf(r)}
                </th>
                {gaps.ambitions.map((to, c) => {
                  const cell = grid[r]?.[c] ?? { mark: "none" as Mark, label: "" };
                  const isActive = active[0] === r && active[1] === c;
                  return (
                    <td
                      key={to.key}
                      role="gridcell"
                      tabIndex={isActive ? 0 : -1}
                      aria-label={cell.label}
                      title={cell.label}
                      data-at={`${r}-${c}`}
                      data-state={cell.mark === "self" ? undefined : cell.mark}
                      className={mergeClasses(styles.cell, styles[cell.mark])}
                      onFocus={() => !isActive && setActive([r, c])}
                      onMouseEnter={() => setHovered([r, c])}
                      onMouseLeave={() => setHovered(undefined)}
                    >
                      {MATRIX_TERMS[cell.mark].mark}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {/* What the cell under the pointer, or the cell last moved to, means: in the pane's own text,
          so it fits any width (a screen reader hears the same from the cell's label). */}
      <p className={styles.detail} aria-hidden data-testid="matrix-detail">
        {grid[(hovered ?? active)[0]]?.[(hovered ?? active)[1]]?.label}
      </p>
      <ol className={styles.names} aria-label="Ambitions">
        {gaps.ambitions.map((a, i) => (
          <li key={a.key} value={gaps.ambitions[i]?.number ?? i + 1}>
            {a.name}
          </li>
        ))}
      </ol>
      <ul className={styles.legend} aria-label="Legend">
        {(Object.keys(counts) as PairState[]).map((s) => (
          <li key={s}>
            <span className={mergeClasses(styles.swatch, styles[s])} aria-hidden>
              {MATRIX_TERMS[s].mark}
            </span>
            {`${MATRIX_TERMS[s].legend}: ${formatNumber(counts[s])}`}
          </li>
        ))}
        <li>
          <span className={mergeClasses(styles.swatch, styles.self)} aria-hidden>
            {MATRIX_TERMS.self.mark}
          </span>
          {MATRIX_TERMS.self.legend}
        </li>
      </ul>
    </section>
  );
}

/** Every cell of the matrix: its mark and the sentence it says about itself. */
function cellsOf(gaps: GapView): Cell[][] {
  const pairs = new Map<string, MatrixPair>();
  for (const p of gaps.pairs) pairs.set(`${p.from}\u0000${p.to}`, p);
  return gaps.ambitions.map((from) =>
    gaps.ambitions.map((to): Cell => {
      if (to.key === from.key) return { mark: "self", label: `${from.name}: the same ambition.` };
      const pair = pairs.get(`${from.key}\u0000${to.key}`);
      if (!pair) return { mark: "none", label: `${from.name} supporting ${to.name}: no data.` };
      return { mark: pairState(pair), label: explainPair(pair, from.name, to.name) };
    })
  );
}
