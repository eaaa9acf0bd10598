import * as React from "react";
import type ExcelJS from "exceljs";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetters, parseA1, parseRangeA1 } from "../engine";
import { cellView } from "./cell-view";
import { VISUALLY_HIDDEN } from "../taskpane/visually-hidden";

const useStyles = makeStyles({
  tabs: {
    display: "flex",
    flexWrap: "wrap",
    gap: "2px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: "none",
    borderRadius: "4px 4px 0 0",
    padding: "4px 10px",
    background: tokens.colorNeutralBackground3,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  activeTab: { background: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold },
  nameBox: { fontFamily: tokens.fontFamilyMonospace, padding: "4px 0" },
  scroll: {
    overflow: "auto",
    maxHeight: "70vh",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
  },
  grid: { borderCollapse: "collapse", fontSize: "12px", fontFamily: "Calibri, Arial, sans-serif" },
  head: {
    background: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "0 4px",
    position: "sticky",
    top: 0,
  },
  rowHead: { position: "sticky", left: 0, textAlign: "right" },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "1px 4px",
    maxWidth: "18em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
    color: "#000000",
    background: "#ffffff",
  },
  wrap: { whiteSpace: "pre-wrap" },
  spanned: { maxWidth: "none" },
  numeric: { textAlign: "right" },
  selected: { outline: "3px solid #107C41", outlineOffset: "-2px" },
  hidden: VISUALLY_HIDDEN,
});

/** Rows and columns drawn at most: the grid is a window on the sheet, not a spreadsheet. */
const MAX_ROWS = 300;
const MAX_COLS = 30;

export interface SheetGridProps {
  readonly workbook: ExcelJS.Workbook;
  readonly sheet: string;
  readonly selection?: { sheet: string; address: string };
  readonly onSheet: (name: string) => void;
  /** Bumped by the page whenever the workbook changes, so the grid redraws. */
  readonly version: number;
}

/**
 * Like Excel, unwrapped text runs on over the empty cells to its right: those cells are folded into
 * the text's cell (and marked hidden), so titles read in full.
 */
function overflowSpan(
  row: ExcelJS.Row,
  r: number,
  c: number,
  cols: number,
  v: { text: string; wrap?: boolean; numeric?: boolean },
  hidden: Set<string>,
  merged: Map<string, unknown>
): { rows: number; cols: number } | undefined {
  if (!v.text || v.wrap || v.numeric || v.text.length < 12) return undefined;
  let end = c;
  while (
    end + 1 < cols &&
    !hidden.has(`${r},${end + 1}`) &&
    !merged.has(`${r},${end + 1}`) &&
    cellView(row.getCell(end + 2)).text === "" &&
    !cellView(row.getCell(end + 2)).fill
  ) {
    end++;
  }
  if (end === c) return undefined;
  for (let x = c + 1; x <= end; x++) hidden.add(`${r},${x}`);
  return { rows: 1, cols: end - c + 1 };
}

/** A read-only grid of one sheet with tabs, fills and the selected cell highlighted. */
export function SheetGrid({ workbook, sheet, selection, onSheet }: SheetGridProps) {
  const styles = useStyles();
  const ws = workbook.getWorksheet(sheet);
  const selected = selection?.sheet === sheet ? parseA1(selection.address) : undefined;
  const selectedRef = React.useRef<HTMLTableCellElement | null>(null);
  React.useEffect(() => {
    selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selection, sheet]);

  const sheets = workbook.worksheets.filter((w) => w.state === "visible" || w.state === undefined);
  const rows = Math.min(ws?.rowCount ?? 0, MAX_ROWS);
  const cols = Math.min(ws?.columnCount ?? 0, MAX_COLS);
  // Merged areas: the top-left cell spans the area; the others are not drawn.
  const span = new Map<string, { rows: number; cols: number }>();
  const hidden = new Set<string>();
  for (const m of (ws?.model as { merges?: string[] } | undefined)?.merges ?? []) {
    const r = parseRangeA1(m);
    if (!r) continue;
    span.set(`${r.top},${r.left}`, { rows: r.bottom - r.top + 1, cols: r.right - r.left + 1 });
    for (let y = r.top; y <= r.bottom; y++)
      for (let x = r.left; x <= r.right; x++)
        if (y !== r.top || x !== r.left) hidden.add(`${y},${x}`);
  }

  return (
    <section aria-label="Workbook">
      <div role="tablist" aria-label="Sheets" className={styles.tabs}>
        {sheets.map((w) => (
          <button
            key={w.name}
            type="button"
            role="tab"
            aria-selected={w.name === sheet}
            className={`${styles.tab} ${w.name === sheet ? styles.activeTab : ""}`}
            onClick={() => onSheet(w.name)}
          >
            {w.name}
          </button>
        ))}
      </div>
      <div className={styles.nameBox} aria-live="polite" data-testid="name-box">
        {selection ? `Selected: ${selection.sheet}!${selection.address}` : "No cell selected"}
      </div>
      {!ws || rows === 0 ? (
        <Text as="p">{`The sheet '${sheet}' is empty.`}</Text>
      ) : (
        // Focusable, so the keyboard can scroll a sheet larger than the window.
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={`Cells of ${sheet}`}>
          <table className={styles.grid} aria-label={`Sheet ${sheet}`} data-sheet={sheet}>
            <thead>
              <tr>
                <th className={styles.head}>
                  <span className={styles.hidden}>Row</span>
                </th>
                {Array.from({ length: cols }, (_, c) => (
                  <th key={c} scope="col" className={styles.head}>
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, r) => {
                const row = ws.getRow(r + 1);
                return (
                  <tr key={r}>
                    <th scope="row" className={`${styles.head} ${styles.rowHead}`}>
                      {r + 1}
                    </th>
                    {Array.from({ length: cols }, (_, c) => {
                      const key = `${r},${c}`;
                      if (hidden.has(key)) return null;
                      const v = cellView(row.getCell(c + 1));
                      const s = span.get(key) ?? overflowSpan(row, r, c, cols, v, hidden, span);
                      const isSel = selected?.row === r && selected.col === c;
                      const address = `${columnLetters(c)}${r + 1}`;
                      return (
                        <td
                          key={c}
                          ref={isSel ? selectedRef : undefined}
                          rowSpan={s?.rows}
                          colSpan={s?.cols}
                          data-address={address}
                          data-fill={v.fill}
                          data-selected={isSel || undefined}
                          title={v.text.length > 20 ? v.text : undefined}
                          className={`${styles.cell} ${s && s.cols > 1 ? styles.spanned : ""} ${v.wrap ? styles.wrap : ""} ${v.numeric ? styles.numeric : ""} ${isSel ? styles.selected : ""}`}
                          style={{
                            background: v.fill,
                            color: v.color,
                            fontWeight: v.bold ? 700 : undefined,
                          }}
                        >
                          {v.text}
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {ws && (ws.rowCount > MAX_ROWS || ws.columnCount > MAX_COLS) && (
        <Text
          as="p"
          size={200}
        >{`Showing the first ${MAX_ROWS} rows and ${MAX_COLS} columns.`}</Text>
      )}
    </section>
  );
}
