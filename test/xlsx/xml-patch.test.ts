/**
 * The XML scanner and the sheet patcher on the shapes real writers produce: prefixed names, cells
 * without addresses, an empty sheetData, column spans to split, entities, CDATA, a DOCTYPE.
 */
import {
  attribute,
  decodeOoxml,
  encodeOoxml,
  findTag,
  innerText,
  nextTag,
  XmlError,
} from "../../src/xlsx/xml/scan";
import { patchSheet } from "../../src/xlsx/write/patch-sheet";
import { readSheetCells } from "../../src/xlsx/read/sheet";
import { readStyles } from "../../src/xlsx/read/styles";
import { sheetAreas } from "../../src/xlsx/read/areas";

const MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const sheet = (body: string, ns = MAIN) =>
  `<?xml version="1.0"?><worksheet ${ns}>${body}</worksheet>`;
const read = (xml: string) =>
  readSheetCells(xml, { strings: ["shared"], styles: readStyles(undefined), date1904: false });

describe("the scanner", () => {
  it("steps over declarations, comments and CDATA, and keeps '>' inside attribute values", () => {
    const xml = '<?xml version="1.0"?><!-- <c> --><a x="1>2"><![CDATA[<b>]]><b/></a>';
    const a = nextTag(xml, 0)!;
    expect([a.name, a.kind, attribute(xml, a, "x")]).toEqual(["a", "open", "1>2"]);
    const b = nextTag(xml, a.end)!;
    expect([b.name, b.kind]).toEqual(["b", "empty"]);
  });

  it("decodes entities and character references, and CDATA as it is", () => {
    const xml = "<t>a &amp; b &lt;c&gt; &#x263A; &#65;<![CDATA[ & <raw>]]></t>";
    const t = nextTag(xml, 0)!;
    expect(innerText(xml, t, xml.length)).toBe("a & b <c> ☺ A & <raw>");
  });

  it("matches prefixed names by their local name", () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData/></x:worksheet>';
    expect(findTag(xml, "sheetData")?.name).toBe("x:sheetData");
  });

  it("refuses a document type declaration (the way to an entity bomb)", () => {
    expect(() => nextTag('<!DOCTYPE lol [<!ENTITY a "aaaa">]><a/>', 0)).toThrow(XmlError);
  });

  it("OOXML's _xHHHH_ escapes round-trip, control characters included", () => {
    const text = "line\r\nbell\u0007 and _x0041_ literally";
    const encoded = encodeOoxml(text);
    expect(encoded).toBe("line_x000D_\nbell_x0007_ and _x005F_x0041_ literally");
    expect(decodeOoxml(encoded)).toBe(text);
  });
});

describe("the sheet patcher", () => {
  it("writes into a row whose cells have no address without moving them", () => {
    const xml = sheet('<sheetData><row r="2"><c><v>1</v></c><c><v>2</v></c></row></sheetData>');
    const out = patchSheet(xml, [{ row: 1, col: 3, value: "RAG", style: 0 }], new Map());
    const cells = read(out);
    expect(cells.rows.map((r, i) => [r, cells.cols[i], cells.values[i]])).toEqual([
      [1, 0, 1],
      [1, 1, 2],
      [1, 3, "RAG"],
    ]);
  });

  it("fills an empty sheetData, keeps a prefix, and adds rows in order", () => {
    const xml = sheet(
      "<x:sheetData/>",
      'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    );
    const out = patchSheet(
      xml,
      [
        { row: 4, col: 0, value: 5, style: 0 },
        { row: 0, col: 0, value: "top", style: 3 },
      ],
      new Map()
    );
    expect(out).toContain(
      '<x:sheetData><x:row r="1"><x:c r="A1" s="3" t="inlineStr"><x:is><x:t>top</x:t></x:is></x:c></x:row><x:row r="5"><x:c r="A5"><x:v>5</x:v></x:c></x:row></x:sheetData>'
    );
  });

  it("splits a column span so only the owned column's width changes", () => {
    const xml = sheet(
      '<cols><col min="2" max="6" width="10" style="4" customWidth="1"/></cols><sheetData/>'
    );
    const out = patchSheet(xml, [], new Map([[3, 14]]));
    expect(out).toContain(
      '<cols><col min="2" max="3" width="10" style="4" customWidth="1"/><col min="4" max="4" width="14" customWidth="1" style="4"/><col min="5" max="6" width="10" style="4" customWidth="1"/></cols>'
    );
  });

  it("removes a cleared cell, keeps every other element of the part as it was", () => {
    const rest =
      '<dataValidations count="1"><dataValidation type="list" sqref="A1:A9"><formula1>"a,b"</formula1></dataValidation></dataValidations><extLst><ext uri="{x}"/></extLst>';
    const xml = sheet(
      `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t>old</t></is></c></row></sheetData>${rest}`
    );
    const out = patchSheet(xml, [{ row: 0, col: 1, value: null, style: 0 }], new Map());
    expect(out).toBe(
      sheet(`<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>${rest}`)
    );
  });
});

describe("areas", () => {
  const cells = (list: [number, number][]) => ({
    rows: list.map((c) => c[0]),
    cols: list.map((c) => c[1]),
    values: list.map(() => "x"),
    formats: list.map(() => "General"),
  });

  it("an ordinary sheet with blank rows and columns inside its table is one area", () => {
    const c = cells([
      [0, 0],
      [40, 10],
      [2_000, 3],
    ]);
    expect(sheetAreas(c, [0, 1, 2]).areas).toHaveLength(1);
  });

  it("cells far apart in both directions become small areas, not one vast grid", () => {
    const list: [number, number][] = [];
    for (let i = 0; i < 200; i++) list.push([i * 5_000, (i * 80) % 16_000]);
    const c = cells(list);
    const { areas } = sheetAreas(
      c,
      list.map((_, i) => i)
    );
    expect(areas.length).toBe(200);
    expect(areas.every((a) => a.values.length === 1 && a.values[0]?.length === 1)).toBe(true);
  });
});
