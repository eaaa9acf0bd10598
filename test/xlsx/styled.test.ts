/**
 * SheetSnapshot.styled from a file: an empty cell with the user's fill, border or number format, a
 * formatted row or column, a drop-down (also one kept in an extension), a note and a threaded comment
 * are in it; a cell with only a font, and the add-in's own status cells, are not.
 */
import { RangeRef, rangeContains } from "../../src/engine";
import { readWorkbookBytes } from "../../src/xlsx";
import { rawZip, entryOf } from "../helpers/hostile-files";

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function workbook(
  sheetXml: string,
  extra: { name: string; text: string }[] = [],
  sheetRels = ""
): Uint8Array {
  return rawZip(
    [
      {
        name: "_rels/.rels",
        text: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      },
      {
        name: "xl/workbook.xml",
        text: `<workbook ${NS}><sheets><sheet name="LAA" sheetId="1" r:id="rId1"/></sheets><definedNames><definedName name="LAAMonitor_RAG_1">'LAA'!$H$1:$H$9</definedName></definedNames></workbook>`,
      },
      {
        name: "xl/_rels/workbook.xml.rels",
        text: `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
      },
      {
        name: "xl/styles.xml",
        text: `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font/><font><b/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill></fills><borders count="2"><border/><border><left style="thin"/></border></borders><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1"/><xf numFmtId="10" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
      },
      { name: "xl/worksheets/sheet1.xml", text: sheetXml },
      ...(sheetRels ? [{ name: "xl/worksheets/_rels/sheet1.xml.rels", text: sheetRels }] : []),
      ...extra,
    ].map((p) => entryOf(p.name, p.text))
  );
}

const at = (ranges: readonly RangeRef[], a1: [number, number]) =>
  ranges.some((r) => rangeContains(r, a1[0], a1[1]));

describe("styled cells read from a file", () => {
  const sheetXml = `<worksheet ${NS}><cols><col min="6" max="6" style="2"/></cols><sheetData>
    <row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"/><c r="C1" s="2"/><c r="D1" s="3"/><c r="E1" s="4"/><c r="H1" s="2"/></row>
    <row r="5" s="2" customFormat="1"><c r="A5"><v>5</v></c></row>
  </sheetData><dataValidations count="1"><dataValidation type="list" sqref="J2:J4"><formula1>"a"</formula1></dataValidation></dataValidations>
  <extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidations count="1"><x14:dataValidation type="list"><x14:formula1><xm:f>Other!A1:A3</xm:f></x14:formula1><xm:sqref>K2</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/><Relationship Id="rId2" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>`;
  const extra = [
    {
      name: "xl/comments1.xml",
      text: `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>x</author></authors><commentList><comment ref="L3" authorId="0"><text><t>note</t></text></comment></commentList></comments>`,
    },
    {
      name: "xl/threadedComments/threadedComment1.xml",
      text: `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="M3" id="{1}"><text>hi</text></threadedComment></ThreadedComments>`,
    },
  ];
  const styled =
    readWorkbookBytes(workbook(sheetXml, extra, rels)).snapshot.sheets[0]?.styled ?? [];

  it.each<[string, [number, number]]>([
    ["a fill (C1)", [0, 2]],
    ["a border (D1)", [0, 3]],
    ["a number format (E1)", [0, 4]],
    ["a formatted column (F)", [30, 5]],
    ["a formatted row (5)", [4, 9]],
    ["a drop-down (J3)", [2, 9]],
    ["a drop-down kept in an extension (K2)", [1, 10]],
    ["a note (L3)", [2, 11]],
    ["a threaded comment (M3)", [2, 12]],
  ])("%s is styled", (_, cell) => expect(at(styled, cell)).toBe(true));

  it.each<[string, [number, number]]>([
    ["a bold font alone (B1)", [0, 1]],
    ["the add-in's own status cell (H1)", [0, 7]],
    ["an untouched cell (N9)", [8, 13]],
  ])("%s is not", (_, cell) => expect(at(styled, cell)).toBe(false));
});
