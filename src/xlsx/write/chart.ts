/**
 * The board's chart as DrawingML: a drawing part anchoring a chart part, a stacked bar chart of
 * counts with one series per status column, as Excel's `charts.add("BarStacked", range, "Columns")`
 * makes it. Cached values are written too, so a reader that does not recalculate draws the bars.
 */
import { CellValue, ChartSpec, columnLetters, quoteSheet } from "../../engine";
import { escapeXml } from "../xml/scan";

const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

export function drawingXml(spec: ChartSpec, chartRelId: string): string {
  const a = spec.anchor;
  const marker = (tag: string, col: number, row: number) =>
    `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    marker("from", a.left, a.top) +
    marker("to", a.right + 1, a.bottom + 1) +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"
  );
}

function ref(sheet: string, col: number, top: number, bottom: number): string {
  const c = columnLetters(col);
  return `${quoteSheet(sheet)}!$${c}$${top + 1}:$${c}$${bottom + 1}`;
}

function strCache(values: readonly string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join("")}</c:strCache>`;
}

function numCache(values: readonly number[]): string {
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)
    .join("")}</c:numCache>`;
}

function solid(color: string): string {
  return `<c:spPr><a:solidFill><a:srgbClr val="${color.replace(/^#/, "").toUpperCase()}"/></a:solidFill></c:spPr>`;
}

function title(text: string): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="en-GB" sz="1200" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** The chart part; `cell(row, col)` reads the board's own values for the caches. */
export function chartXml(
  spec: ChartSpec,
  sheet: string,
  cell: (row: number, col: number) => CellValue | null
): string {
  const d = spec.dataRange;
  const first = d.top + 1;
  const categories: string[] = [];
  for (let r = first; r <= d.bottom; r++) categories.push(String(cell(r, d.left) ?? ""));
  const series: string[] = [];
  for (let col = d.left + 1; col <= d.right; col++) {
    const i = col - d.left - 1;
    const name = String(cell(d.top, col) ?? "");
    const values: number[] = [];
    for (let r = first; r <= d.bottom; r++) {
      const v = cell(r, col);
      values.push(typeof v === "number" ? v : 0);
    }
    const color = spec.seriesColors[i];
    series.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(ref(sheet, col, d.top, d.top))}</c:f>${strCache([name])}</c:strRef></c:tx>` +
        (color ? solid(color) : "") +
        '<c:invertIfNegative val="0"/>' +
        `<c:cat><c:strRef><c:f>${escapeXml(ref(sheet, d.left, first, d.bottom))}</c:f>${strCache(categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(ref(sheet, col, first, d.bottom))}</c:f>${numCache(values)}</c:numRef></c:val>` +
        "</c:ser>"
    );
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    title(spec.title) +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>' +
    series.join("") +
    '<c:gapWidth val="80"/><c:overlap val="100"/><c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>' +
    '<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>' +
    "</c:plotArea>" +
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart></c:chartSpace>"
  );
}
