"use strict";
/**
 * The corpus's features, each written as Excel writes it, onto the sample workbook's parts
 * (LAA table on `xl/worksheets/sheet1.xml`, the add-in writes its RAG columns to L and M).
 */
const {
  NS,
  REL,
  XML_HEAD,
  PNG_1PX,
  sheetInsert,
  workbookInsert,
  declare,
  addRel,
  addOverride,
  addDefault,
  addSheet,
  worksheet,
} = require("./package");

const LAA = "xl/worksheets/sheet1.xml";
const MS_REL = "http://schemas.microsoft.com/office/2006/relationships";
const CT = (t) => `application/vnd.openxmlformats-officedocument.${t}`;

function barChart(title, catRef, valRef) {
  return `${XML_HEAD}<c:chartSpace xmlns:c="${NS.c}" xmlns:a="${NS.a}" xmlns:r="${NS.r}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${catRef}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${valRef}</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;
}

function drawingWithChart(rId, from, to) {
  return `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor><xdr:from><xdr:col>${from[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${to[0]}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${to[1]}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.c}"><c:chart xmlns:c="${NS.c}" xmlns:r="${NS.r}" r:id="${rId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}

/** A customXml item (customXml/item1.xml) with its properties part, related from the workbook. */
function customXmlItem(parts, body, itemId, schemaUri) {
  parts.set("customXml/item1.xml", `${XML_HEAD}${body}`);
  parts.set(
    "customXml/itemProps1.xml",
    `${XML_HEAD}<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${schemaUri}"/></ds:schemaRefs></ds:datastoreItem>`
  );
  addRel(parts, "customXml/item1.xml", "rId1", REL("customXmlProps"), "itemProps1.xml");
  addOverride(parts, "customXml/itemProps1.xml", CT("customXmlProperties+xml"));
  addRel(parts, "xl/workbook.xml", "rIdCx1", REL("customXml"), "../customXml/item1.xml");
}

/** A chart on the LAA sheet and a chart sheet, sparklines, page breaks and a header logo. */
function chartsAndPrint(parts) {
  // Chart beside the table (columns P–W), with Excel 2013's chart style and colour parts.
  parts.set("xl/charts/chart1.xml", barChart("Baselines", "LAA!$B$6:$B$11", "LAA!$H$6:$H$11"));
  parts.set(
    "xl/charts/style1.xml",
    `${XML_HEAD}<cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${NS.a}" id="201"><cs:axisTitle><cs:lnRef idx="0"/><cs:fillRef idx="0"/><cs:effectRef idx="0"/><cs:fontRef idx="minor"><a:schemeClr val="tx1"/></cs:fontRef></cs:axisTitle></cs:chartStyle>`
  );
  parts.set(
    "xl/charts/colors1.xml",
    `${XML_HEAD}<cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" xmlns:a="${NS.a}" meth="cycle" id="10"><a:schemeClr val="accent1"/></cs:colorStyle>`
  );
  addRel(parts, "xl/charts/chart1.xml", "rId1", `${MS_REL}/chartStyle`, "style1.xml");
  addRel(parts, "xl/charts/chart1.xml", "rId2", `${MS_REL}/chartColorStyle`, "colors1.xml");
  addOverride(parts, "xl/charts/chart1.xml", CT("drawingml.chart+xml"));
  addOverride(parts, "xl/charts/style1.xml", "application/vnd.ms-office.chartstyle+xml");
  addOverride(parts, "xl/charts/colors1.xml", "application/vnd.ms-office.chartcolorstyle+xml");
  parts.set("xl/drawings/drawing1.xml", drawingWithChart("rId1", [15, 5], [22, 20]));
  addRel(parts, "xl/drawings/drawing1.xml", "rId1", REL("chart"), "../charts/chart1.xml");
  addOverride(parts, "xl/drawings/drawing1.xml", CT("drawing+xml"));
  addRel(parts, LAA, "rIdDr1", REL("drawing"), "../drawings/drawing1.xml");
  sheetInsert(parts, LAA, "drawing", '<drawing r:id="rIdDr1"/>');

  // A chart sheet of its own.
  parts.set(
    "xl/charts/chart2.xml",
    barChart("Actuals 2009/10", "LAA!$B$6:$B$27", "LAA!$J$6:$J$27")
  );
  addOverride(parts, "xl/charts/chart2.xml", CT("drawingml.chart+xml"));
  parts.set("xl/drawings/drawing2.xml", drawingWithChart("rId1", [0, 0], [10, 25]));
  addRel(parts, "xl/drawings/drawing2.xml", "rId1", REL("chart"), "../charts/chart2.xml");
  addOverride(parts, "xl/drawings/drawing2.xml", CT("drawing+xml"));
  addSheet(parts, {
    name: "Actuals chart",
    part: "xl/chartsheets/sheet1.xml",
    rId: "rIdCs1",
    sheetId: 3,
    contentType: CT("spreadsheetml.chartsheet+xml"),
    xml: `${XML_HEAD}<chartsheet xmlns="${NS.main}" xmlns:r="${NS.r}"><sheetPr/><sheetViews><sheetView zoomScale="90" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
  });
  addRel(parts, "xl/chartsheets/sheet1.xml", "rId1", REL("drawing"), "../drawings/drawing2.xml");

  // Manual page breaks, and a logo in the page header (a VML drawing for headers and footers).
  sheetInsert(
    parts,
    LAA,
    "headerFooter",
    "<headerFooter><oddHeader>&amp;L&amp;G&amp;CNorthshire LAA targets</oddHeader></headerFooter>"
  );
  sheetInsert(
    parts,
    LAA,
    "rowBreaks",
    '<rowBreaks count="2" manualBreakCount="2"><brk id="27" max="16383" man="1"/><brk id="43" max="16383" man="1"/></rowBreaks>'
  );
  sheetInsert(
    parts,
    LAA,
    "colBreaks",
    '<colBreaks count="1" manualBreakCount="1"><brk id="6" max="1048575" man="1"/></colBreaks>'
  );
  parts.set("xl/media/image1.png", PNG_1PX);
  addDefault(parts, "png", "image/png");
  parts.set(
    "xl/drawings/vmlDrawingHF1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t75" coordsize="21600,21600" o:spt="75" o:preferrelative="t" path="m@4@5l@4@11@9@11@9@5xe" filled="f" stroked="f"><v:path o:extrusionok="f" gradientshapeok="t" o:connecttype="rect"/><o:lock v:ext="edit" aspectratio="t"/></v:shapetype><v:shape id="LH" o:spid="_x0000_s1025" type="#_x0000_t75" style="position:absolute;margin-left:0;margin-top:0;width:48pt;height:24pt;z-index:1"><v:imagedata o:relid="rId1" o:title="northshire-logo"/><o:lock v:ext="edit" rotation="t"/></v:shape></xml>`
  );
  addRel(parts, "xl/drawings/vmlDrawingHF1.vml", "rId1", REL("image"), "../media/image1.png");
  addRel(parts, LAA, "rIdHF1", REL("vmlDrawing"), "../drawings/vmlDrawingHF1.vml");
  sheetInsert(parts, LAA, "legacyDrawingHF", '<legacyDrawingHF r:id="rIdHF1"/>');

  // Sparklines of each indicator's actuals in column P.
  declare(parts, LAA, "x14", NS.x14);
  declare(parts, LAA, "xm", NS.xm);
  const lines = [6, 7, 8, 9, 10, 11]
    .map(
      (r) => `<x14:sparkline><xm:f>LAA!H${r}:I${r}</xm:f><xm:sqref>P${r}</xm:sqref></x14:sparkline>`
    )
    .join("");
  sheetInsert(
    parts,
    LAA,
    "extLst",
    `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}"><x14:sparklineGroups><x14:sparklineGroup displayEmptyCellsAs="gap" markers="1"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/><x14:sparklines>${lines}</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`
  );
}

/** A pivot table of indicators by priority on its own sheet, with its cache and a slicer. */
function pivotAndSlicer(parts) {
  const priorities = ["1 Resilient communities", "2 Affordable housing", "3 Lives not services"];
  parts.set(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `${XML_HEAD}<pivotCacheDefinition xmlns="${NS.main}" xmlns:r="${NS.r}" r:id="rId1" refreshOnLoad="1" refreshedBy="Performance team" refreshedDate="40359.5" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="3"><cacheSource type="worksheet"><worksheetSource ref="A5:B11" sheet="LAA"/></cacheSource><cacheFields count="2"><cacheField name="Priority" numFmtId="0"><sharedItems count="${priorities.length}">${priorities.map((p) => `<s v="${p}"/>`).join("")}</sharedItems></cacheField><cacheField name="Indicator" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`
  );
  parts.set(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `${XML_HEAD}<pivotCacheRecords xmlns="${NS.main}" xmlns:r="${NS.r}" count="3">${priorities.map((_, i) => `<r><x v="${i}"/><s v="NI ${i + 1}"/></r>`).join("")}</pivotCacheRecords>`
  );
  addRel(
    parts,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "rId1",
    REL("pivotCacheRecords"),
    "pivotCacheRecords1.xml"
  );
  addOverride(
    parts,
    "xl/pivotCache/pivotCacheDefinition1.xml",
    CT("spreadsheetml.pivotCacheDefinition+xml")
  );
  addOverride(
    parts,
    "xl/pivotCache/pivotCacheRecords1.xml",
    CT("spreadsheetml.pivotCacheRecords+xml")
  );
  addRel(
    parts,
    "xl/workbook.xml",
    "rIdPc1",
    REL("pivotCacheDefinition"),
    "pivotCache/pivotCacheDefinition1.xml"
  );
  workbookInsert(
    parts,
    "pivotCaches",
    '<pivotCaches><pivotCache cacheId="7" r:id="rIdPc1"/></pivotCaches>'
  );

  parts.set(
    "xl/pivotTables/pivotTable1.xml",
    `${XML_HEAD}<pivotTableDefinition xmlns="${NS.main}" name="PivotTable1" cacheId="7" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" updatedVersion="6" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="6" indent="0" outline="1" outlineData="1" multipleFieldFilters="0"><location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/><pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields><rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Count of Indicator" fld="1" subtotal="count" baseField="0" baseItem="0"/></dataFields><pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/></pivotTableDefinition>`
  );
  addRel(
    parts,
    "xl/pivotTables/pivotTable1.xml",
    "rId1",
    REL("pivotCacheDefinition"),
    "../pivotCache/pivotCacheDefinition1.xml"
  );
  addOverride(parts, "xl/pivotTables/pivotTable1.xml", CT("spreadsheetml.pivotTable+xml"));

  const rows = [
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Row Labels</t></is></c><c r="B3" t="inlineStr"><is><t>Count of Indicator</t></is></c></row>',
    ...priorities.map(
      (p, i) =>
        `<row r="${4 + i}"><c r="A${4 + i}" t="inlineStr"><is><t>${p}</t></is></c><c r="B${4 + i}"><v>1</v></c></row>`
    ),
    '<row r="7"><c r="A7" t="inlineStr"><is><t>Grand Total</t></is></c><c r="B7"><v>3</v></c></row>',
  ].join("");
  addSheet(parts, {
    name: "Pivot",
    part: "xl/worksheets/sheet3.xml",
    rId: "rIdPv1",
    sheetId: 3,
    xml: worksheet(
      rows,
      '<drawing r:id="rId3"/><extLst><ext uri="{A8765BA9-456A-4dab-B4F3-ACF838C121DE}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerList><x14:slicer r:id="rId2"/></x14:slicerList></ext></extLst>',
      ` xmlns:mc="${NS.mc}"`
    ),
  });
  addRel(
    parts,
    "xl/worksheets/sheet3.xml",
    "rId1",
    REL("pivotTable"),
    "../pivotTables/pivotTable1.xml"
  );

  // The slicer, its cache (listed in the workbook's extension) and its shape in a drawing.
  parts.set(
    "xl/slicerCaches/slicerCache1.xml",
    `${XML_HEAD}<slicerCacheDefinition xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mc="${NS.mc}" mc:Ignorable="x" xmlns:x="${NS.main}" name="Slicer_Priority" sourceName="Priority"><pivotTables><pivotTable tabId="3" name="PivotTable1"/></pivotTables><data><tabular pivotCacheId="7"><items count="3"><i x="0" s="1"/><i x="1" s="1"/><i x="2" s="1"/></items></tabular></data></slicerCacheDefinition>`
  );
  addOverride(
    parts,
    "xl/slicerCaches/slicerCache1.xml",
    "application/vnd.ms-excel.slicerCache+xml"
  );
  addRel(
    parts,
    "xl/workbook.xml",
    "rIdSc1",
    "http://schemas.microsoft.com/office/2007/relationships/slicerCache",
    "slicerCaches/slicerCache1.xml"
  );
  parts.set(
    "xl/slicers/slicer1.xml",
    `${XML_HEAD}<slicers xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:mc="${NS.mc}" mc:Ignorable="x xr10" xmlns:x="${NS.main}" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10"><slicer name="Priority" cache="Slicer_Priority" caption="Priority" rowHeight="241300"/></slicers>`
  );
  addOverride(parts, "xl/slicers/slicer1.xml", "application/vnd.ms-excel.slicer+xml");
  addRel(
    parts,
    "xl/worksheets/sheet3.xml",
    "rId2",
    "http://schemas.microsoft.com/office/2007/relationships/slicer",
    "../slicers/slicer1.xml"
  );
  parts.set(
    "xl/drawings/drawing1.xml",
    `${XML_HEAD}<xdr:wsDr xmlns:xdr="${NS.xdr}" xmlns:a="${NS.a}"><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>14</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer" Requires="sle15"><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Priority"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2010/slicer"><sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="Priority"/></a:graphicData></a:graphic></xdr:graphicFrame></mc:Choice><mc:Fallback><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="0" name=""/><xdr:cNvSpPr><a:spLocks noTextEdit="1"/></xdr:cNvSpPr></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1828800" cy="2524125"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:p><a:r><a:t>This shape represents a table slicer.</a:t></a:r></a:p></xdr:txBody></xdr:sp></mc:Fallback></mc:AlternateContent><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
  addOverride(parts, "xl/drawings/drawing1.xml", CT("drawing+xml"));
  addRel(parts, "xl/worksheets/sheet3.xml", "rId3", REL("drawing"), "../drawings/drawing1.xml");
  workbookInsert(
    parts,
    "definedNames",
    '<definedNames><definedName name="Slicer_Priority">#N/A</definedName></definedNames>'
  );
  declare(parts, "xl/workbook.xml", "x14", NS.x14);
  workbookInsert(
    parts,
    "extLst",
    '<extLst><ext uri="{BBE1A952-AA13-448e-AADC-164F8A28A991}"><x14:slicerCaches><x14:slicerCache r:id="rIdSc1"/></x14:slicerCaches></ext></extLst>'
  );
}

/** A Power Query connection with its mashup in customXml, and a link to another workbook. */
function queriesAndLinks(parts) {
  parts.set(
    "xl/connections.xml",
    `${XML_HEAD}<connections xmlns="${NS.main}"><connection id="1" keepAlive="1" name="Query - Targets" description="Connection to the 'Targets' query in the workbook." type="5" refreshedVersion="6" background="1" saveData="1"><dbPr connection="Provider=Microsoft.Mashup.OleDb.1;Data Source=$Workbook$;Location=Targets;Extended Properties=&quot;&quot;" command="SELECT * FROM [Targets]"/></connection></connections>`
  );
  addOverride(parts, "xl/connections.xml", CT("spreadsheetml.connections+xml"));
  addRel(parts, "xl/workbook.xml", "rIdCn1", REL("connections"), "connections.xml");
  // The mashup (the query's M code) is a base64 zip inside a customXml item, as Excel keeps it.
  const mashup = Buffer.from(
    'let Source = Excel.CurrentWorkbook(){[Name="Targets"]}[Content] in Source',
    "utf8"
  ).toString("base64");
  customXmlItem(
    parts,
    `<DataMashup xmlns="http://schemas.microsoft.com/DataMashup">${mashup}</DataMashup>`,
    "{C4A1A7D3-2B1E-4C59-9E0C-6C1F3B1D2E11}",
    "http://schemas.microsoft.com/DataMashup"
  );

  // A link to another workbook, used by a formula beside the table (P3) whose cached value is kept.
  parts.set(
    "xl/externalLinks/externalLink1.xml",
    `${XML_HEAD}<externalLink xmlns="${NS.main}" xmlns:r="${NS.r}"><externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>125000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`
  );
  addRel(
    parts,
    "xl/externalLinks/externalLink1.xml",
    "rId1",
    REL("externalLinkPath"),
    "file:///S:/Performance/Budget%202010.xlsx",
    true
  );
  addOverride(parts, "xl/externalLinks/externalLink1.xml", CT("spreadsheetml.externalLink+xml"));
  addRel(
    parts,
    "xl/workbook.xml",
    "rIdEl1",
    REL("externalLink"),
    "externalLinks/externalLink1.xml"
  );
  workbookInsert(
    parts,
    "externalReferences",
    '<externalReferences><externalReference r:id="rIdEl1"/></externalReferences>'
  );
  const laa = parts.get(LAA);
  parts.set(
    LAA,
    laa.replace(
      '<row r="4"',
      '<row r="3"><c r="P3"><f>[1]Budget!$B$2</f><v>125000</v></c></row><row r="4"'
    )
  );
}

/** A macro-enabled workbook: the VBA project, a form button running a macro, code names. */
function macros(parts) {
  const ct = parts.get("[Content_Types].xml");
  parts.set(
    "[Content_Types].xml",
    ct.replace(
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"',
      'ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"'
    )
  );
  // An OLE2 compound file (the container a VBA project is stored in), as a stand-in project.
  const ole = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole, 0);
  ole.writeUInt16LE(0x003e, 24);
  ole.writeUInt16LE(0x0003, 26);
  ole.writeUInt16LE(0xfffe, 28);
  ole.writeUInt16LE(9, 30);
  ["Root Entry", "VBA", "dir", "Module1", "ThisWorkbook", "PROJECT", "PROJECTwm"].forEach(
    (n, i) => {
      const name = Buffer.from(n, "utf16le");
      name.copy(ole, 512 + i * 128);
      ole.writeUInt16LE(name.length + 2, 512 + i * 128 + 64);
    }
  );
  Buffer.from('Sub RefreshRag()\r\n    MsgBox "Run LAA Monitor"\r\nEnd Sub\r\n', "latin1").copy(
    ole,
    1400
  );
  parts.set("xl/vbaProject.bin", ole);
  addDefault(parts, "bin", "application/vnd.ms-office.vbaProject");
  addRel(parts, "xl/workbook.xml", "rIdVba", `${MS_REL}/vbaProject`, "vbaProject.bin");
  parts.set(
    "xl/workbook.xml",
    parts.get("xl/workbook.xml").replace("<workbookPr ", '<workbookPr codeName="ThisWorkbook" ')
  );
  sheetInsert(parts, LAA, "sheetPr", '<sheetPr codeName="Sheet1"/>');

  // The form button: a VML shape for old readers, a control with its properties for Excel 2010+.
  parts.set(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t201" coordsize="21600,21600" o:spt="201" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path shadowok="f" o:extrusionok="f" strokeok="f" fillok="f" o:connecttype="rect"/><o:lock v:ext="edit" shapetype="t"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t201" style="position:absolute;margin-left:900pt;margin-top:15pt;width:90pt;height:24pt;z-index:1" o:button="t" fillcolor="buttonFace [67]" strokecolor="windowText [64]" o:insetmode="auto"><v:fill color2="buttonFace [67]" o:detectmouseclick="t"/><o:lock v:ext="edit" rotation="t"/><v:textbox style="mso-direction-alt:auto" o:singleclick="f"><div style="text-align:center"><font face="Calibri" size="220" color="#000000">Refresh RAG</font></div></v:textbox><x:ClientData ObjectType="Button"><x:Anchor>15, 0, 1, 0, 17, 0, 3, 0</x:Anchor><x:PrintObject>False</x:PrintObject><x:AutoFill>False</x:AutoFill><x:FmlaMacro>[0]!RefreshRag</x:FmlaMacro><x:TextHAlign>Center</x:TextHAlign><x:TextVAlign>Center</x:TextVAlign></x:ClientData></v:shape></xml>`
  );
  addRel(parts, LAA, "rIdV1", REL("vmlDrawing"), "../drawings/vmlDrawing1.vml");
  sheetInsert(parts, LAA, "legacyDrawing", '<legacyDrawing r:id="rIdV1"/>');
  parts.set(
    "xl/ctrlProps/ctrlProp1.xml",
    `${XML_HEAD}<formControlPr xmlns="${NS.x14}" objectType="Button" lockText="1"/>`
  );
  addOverride(
    parts,
    "xl/ctrlProps/ctrlProp1.xml",
    "application/vnd.ms-excel.controlproperties+xml"
  );
  addRel(parts, LAA, "rIdCp1", `${MS_REL}/ctrlProp`, "../ctrlProps/ctrlProp1.xml");
  sheetInsert(
    parts,
    LAA,
    "controls",
    `<mc:AlternateContent xmlns:mc="${NS.mc}"><mc:Choice Requires="x14"><controls><mc:AlternateContent><mc:Choice Requires="x14"><control shapeId="1025" r:id="rIdCp1" name="Button 1"><controlPr defaultSize="0" print="0" autoFill="0" autoPict="0" macro="[0]!RefreshRag"><anchor moveWithCells="1" sizeWithCells="1"><from><xdr:col xmlns:xdr="${NS.xdr}">15</xdr:col><xdr:colOff xmlns:xdr="${NS.xdr}">0</xdr:colOff><xdr:row xmlns:xdr="${NS.xdr}">1</xdr:row><xdr:rowOff xmlns:xdr="${NS.xdr}">0</xdr:rowOff></from><to><xdr:col xmlns:xdr="${NS.xdr}">17</xdr:col><xdr:colOff xmlns:xdr="${NS.xdr}">0</xdr:colOff><xdr:row xmlns:xdr="${NS.xdr}">3</xdr:row><xdr:rowOff xmlns:xdr="${NS.xdr}">0</xdr:rowOff></to></anchor></controlPr></control></mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>`
  );
}

/** Threaded comments with their fallback notes, plain notes, and the people who wrote them. */
function comments(parts) {
  const people = [
    ["{8F1C0A5E-1111-4C1A-9B1A-000000000001}", "Priya Shah"],
    ["{8F1C0A5E-1111-4C1A-9B1A-000000000002}", "Tom Reed"],
  ];
  parts.set(
    "xl/persons/person.xml",
    `${XML_HEAD}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}">${people.map(([id, name]) => `<person displayName="${name}" id="${id}" userId="${name.toLowerCase().replace(" ", ".")}@northshire.gov.uk" providerId="AD"/>`).join("")}</personList>`
  );
  addOverride(parts, "xl/persons/person.xml", "application/vnd.ms-excel.person+xml");
  addRel(
    parts,
    "xl/workbook.xml",
    "rIdPs1",
    "http://schemas.microsoft.com/office/2017/10/relationships/person",
    "persons/person.xml"
  );
  parts.set(
    "xl/threadedComments/threadedComment1.xml",
    `${XML_HEAD}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="${NS.main}"><threadedComment ref="B6" dT="2010-05-04T09:12:00.00" personId="${people[0][0]}" id="{A1B2C3D4-0000-4000-8000-000000000001}"><text>Is the 2008/09 survey weighted the same way?</text></threadedComment><threadedComment ref="B6" dT="2010-05-05T14:30:00.00" personId="${people[1][0]}" id="{A1B2C3D4-0000-4000-8000-000000000002}" parentId="{A1B2C3D4-0000-4000-8000-000000000001}"><text>Yes: same method, checked with the survey team.</text></threadedComment></ThreadedComments>`
  );
  addOverride(
    parts,
    "xl/threadedComments/threadedComment1.xml",
    "application/vnd.ms-excel.threadedcomments+xml"
  );
  addRel(
    parts,
    LAA,
    "rIdTc1",
    "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
    "../threadedComments/threadedComment1.xml"
  );
  parts.set(
    "xl/comments1.xml",
    `${XML_HEAD}<comments xmlns="${NS.main}"><authors><author>tc={A1B2C3D4-0000-4000-8000-000000000001}</author><author>Performance Officer</author></authors><commentList><comment ref="B6" authorId="0" shapeId="0"><text><t>[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it will get removed if the file is opened in a newer version of Excel.\n\nComment:\n    Is the 2008/09 survey weighted the same way?\nReply:\n    Yes: same method, checked with the survey team.</t></text></comment><comment ref="C12" authorId="1" shapeId="0"><text><r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>Performance Officer:</t></r><r><rPr><sz val="9"/><rFont val="Tahoma"/></rPr><t xml:space="preserve">\nBaseline re-stated after the 2008 boundary change.</t></r></text></comment></commentList></comments>`
  );
  addOverride(parts, "xl/comments1.xml", CT("spreadsheetml.comments+xml"));
  addRel(parts, LAA, "rIdCm1", REL("comments"), "../comments1.xml");
  const note = (row, col) =>
    `<v:shape id="_x0000_s${1025 + row}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 3}, 15, ${row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`;
  parts.set(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>${note(5, 1)}${note(11, 2)}</xml>`
  );
  addRel(parts, LAA, "rIdV1", REL("vmlDrawing"), "../drawings/vmlDrawing1.vml");
  sheetInsert(parts, LAA, "legacyDrawing", '<legacyDrawing r:id="rIdV1"/>');
}

/** A sensitivity label (OFFICIAL-SENSITIVE) in custom properties and label info, customXml, a structure lock. */
function labelledAndLocked(parts) {
  const label = "MSIP_Label_3f2c9a61-7d2b-4b8e-9a51-5c0e2f1d7a44";
  const props = [
    [`${label}_Enabled`, "true"],
    [`${label}_SetDate`, "2010-05-04T09:00:00Z"],
    [`${label}_Method`, "Privileged"],
    [`${label}_Name`, "OFFICIAL-SENSITIVE"],
    [`${label}_SiteId`, "8b0e6f3c-1a2d-4f5e-9c8b-7a6d5e4f3c2b"],
    [`${label}_ActionId`, "1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d"],
    [`${label}_ContentBits`, "1"],
    ["Department", "Corporate Performance"],
    ["Review date", "2010-09-30"],
  ];
  parts.set(
    "docProps/custom.xml",
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props.map(([n, v], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${n}"><vt:lpwstr>${v}</vt:lpwstr></property>`).join("")}</Properties>`
  );
  addOverride(parts, "docProps/custom.xml", CT("custom-properties+xml"));
  addRel(parts, "", "rId4", REL("custom-properties"), "docProps/custom.xml");
  parts.set(
    "docMetadata/LabelInfo.xml",
    `${XML_HEAD}<clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{3f2c9a61-7d2b-4b8e-9a51-5c0e2f1d7a44}" enabled="1" method="Privileged" siteId="{8b0e6f3c-1a2d-4f5e-9c8b-7a6d5e4f3c2b}" contentBits="1" removed="0"/></clbl:labelList>`
  );
  addOverride(
    parts,
    "docMetadata/LabelInfo.xml",
    "application/vnd.ms-office.classificationlabels+xml"
  );
  addRel(
    parts,
    "",
    "rId5",
    "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
    "docMetadata/LabelInfo.xml"
  );
  customXmlItem(
    parts,
    '<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><documentManagement><Retention xmlns="ns1">7 years</Retention></documentManagement></p:properties>',
    "{6E2B7C0A-9F3D-4E1B-8A2C-5D4E3F2A1B0C}",
    "http://schemas.microsoft.com/office/2006/metadata/properties"
  );
  workbookInsert(
    parts,
    "workbookProtection",
    '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x9Tq0b1V0pQ2Qm3b7n5Yk9Ew8n3Q5Zt4m2k1b0v9c8x7z6y5w4v3u2t1s0r9q8p7o6n5m4l3k2j1i0h9g8f7e6d5c4b3a2A1B2C3D4E5F6G7==" workbookSaltValue="q1w2e3r4t5y6u7i8o9p0aa==" workbookSpinCount="100000" lockStructure="1"/>'
  );
}

/** Every kind of defined name, a table with a calculated column, drop-downs, a changed default font, an ISO date, escaped control characters. */
function namesTablesValidation(parts) {
  workbookInsert(
    parts,
    "definedNames",
    "<definedNames>" +
      '<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">LAA!$A$5:$K$55</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="0">LAA!$A$1:$K$55</definedName>' +
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">LAA!$4:$5</definedName>' +
      '<definedName name="Broken">#REF!$A$1</definedName>' +
      '<definedName name="Helper" hidden="1">LAA!$Z$1</definedName>' +
      '<definedName name="Target">LAA!$D$6:$D$55</definedName>' +
      '<definedName name="Target" localSheetId="1">\'Cross-cutting\'!$B$2:$B$8</definedName>' +
      '<definedName name="Tolerance" comment="Amber band as a fraction of the target">0.05</definedName>' +
      '<definedName name="TotalBaseline">SUM(LAA!$C$6:$C$55)</definedName>' +
      '<definedName name="Years">{"08/09","09/10","10/11"}</definedName>' +
      "</definedNames>"
  );
  // An Excel table with a calculated column, on a sheet of its own.
  const partners = [
    ["Council", 21],
    ["Police", 9],
    ["Health", 12],
  ];
  const rows =
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Partner</t></is></c><c r="B1" t="inlineStr"><is><t>Indicators</t></is></c><c r="C1" t="inlineStr"><is><t>Share</t></is></c></row>' +
    partners
      .map(
        ([p, n], i) =>
          `<row r="${i + 2}"><c r="A${i + 2}" t="inlineStr"><is><t>${p}</t></is></c><c r="B${i + 2}"><v>${n}</v></c><c r="C${i + 2}" s="0"><f>Partners[[#This Row],[Indicators]]/SUM(Partners[Indicators])</f><v>${n / 42}</v></c></row>`
      )
      .join("");
  addSheet(parts, {
    name: "Partners",
    part: "xl/worksheets/sheet3.xml",
    rId: "rIdPt1",
    sheetId: 3,
    xml: worksheet(rows, '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>'),
  });
  parts.set(
    "xl/tables/table1.xml",
    `${XML_HEAD}<table xmlns="${NS.main}" id="1" name="Partners" displayName="Partners" ref="A1:C4" totalsRowShown="0"><autoFilter ref="A1:C4"/><tableColumns count="3"><tableColumn id="1" name="Partner"/><tableColumn id="2" name="Indicators"/><tableColumn id="3" name="Share" dataDxfId="0"><calculatedColumnFormula>Partners[[#This Row],[Indicators]]/SUM(Partners[Indicators])</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
  addOverride(parts, "xl/tables/table1.xml", CT("spreadsheetml.table+xml"));
  addRel(parts, "xl/worksheets/sheet3.xml", "rId1", REL("table"), "../tables/table1.xml");

  // Drop-downs: one list over two ranges, and one whose list is on another sheet (an extension).
  sheetInsert(
    parts,
    LAA,
    "dataValidations",
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="G6:G11 G16:G27"><formula1>"Northshire County Council,District Councils,Northshire Police"</formula1></dataValidation></dataValidations>'
  );
  declare(parts, LAA, "x14", NS.x14);
  declare(parts, LAA, "xm", NS.xm);
  sheetInsert(
    parts,
    LAA,
    "extLst",
    '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}"><x14:dataValidations count="1"><x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>Partners!$A$2:$A$4</xm:f></x14:formula1><xm:sqref>G28:G43</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>'
  );

  // The workbook's default font is Arial 10, not Calibri 11.
  const styles = parts.get("xl/styles.xml");
  parts.set(
    "xl/styles.xml",
    styles.replace(
      /<font>([\s\S]*?)<\/font>/,
      '<font><sz val="10"/><color theme="1"/><name val="Arial"/><family val="2"/></font>'
    )
  );

  // An ISO 8601 date cell (t="d") and text with OOXML-escaped control characters, in row 3.
  const sst = parts.get("xl/sharedStrings.xml");
  const count = Number(/uniqueCount="(\d+)"/.exec(sst)[1]);
  parts.set(
    "xl/sharedStrings.xml",
    sst
      .replace(/uniqueCount="\d+"/, `uniqueCount="${count + 1}"`)
      .replace(/count="(\d+)"/, (_, n) => `count="${Number(n) + 1}"`)
      .replace("</sst>", "<si><t>Outturns agreed_x000D_\nat the March board_x0007_</t></si></sst>")
  );
  const laa = parts.get(LAA);
  parts.set(
    LAA,
    laa.replace(
      '<row r="4"',
      `<row r="3"><c r="A3" t="d"><v>2010-03-31T00:00:00</v></c><c r="B3" t="s"><v>${count}</v></c></row><row r="4"`
    )
  );
}

/**
 * The officer formatted the empty columns beside the table, where RAG would go: a fill and borders on
 * L6:L27, a drop-down over M6:M55, a note on L8.
 */
function formattedColumn(parts) {
  const styles = parts.get("xl/styles.xml");
  const fills = Number(/<fills count="(\d+)"/.exec(styles)[1]);
  const borders = Number(/<borders count="(\d+)"/.exec(styles)[1]);
  const xfs = Number(/<cellXfs count="(\d+)"/.exec(styles)[1]);
  parts.set(
    "xl/styles.xml",
    styles
      .replace(
        /<fills count="\d+">([\s\S]*?)<\/fills>/,
        (_, body) =>
          `<fills count="${fills + 1}">${body}<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/><bgColor indexed="64"/></patternFill></fill></fills>`
      )
      .replace(
        /<borders count="\d+">([\s\S]*?)<\/borders>/,
        (_, body) =>
          `<borders count="${borders + 1}">${body}<border><left style="dashed"><color rgb="FF7F7F7F"/></left><right style="dashed"><color rgb="FF7F7F7F"/></right><top/><bottom/><diagonal/></border></borders>`
      )
      .replace(
        /<cellXfs count="\d+">([\s\S]*?)<\/cellXfs>/,
        (_, body) =>
          `<cellXfs count="${xfs + 1}">${body}<xf numFmtId="0" fontId="0" fillId="${fills}" borderId="${borders}" xfId="0" applyFill="1" applyBorder="1"/></cellXfs>`
      )
  );
  let laa = parts.get(LAA);
  for (let r = 6; r <= 27; r++) {
    laa = laa.replace(
      new RegExp(`(<row r="${r}"[^>]*>[\\s\\S]*?)(</row>)`),
      `$1<c r="L${r}" s="${xfs}"/>$2`
    );
  }
  parts.set(LAA, laa);
  sheetInsert(
    parts,
    LAA,
    "dataValidations",
    '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="M6:M55"><formula1>"On track,At risk,Off track"</formula1></dataValidation></dataValidations>'
  );
  parts.set(
    "xl/comments1.xml",
    `${XML_HEAD}<comments xmlns="${NS.main}"><authors><author>Performance Officer</author></authors><commentList><comment ref="L8" authorId="0" shapeId="0"><text><t>Column for the officer's own notes on NI 6.</t></text></comment></commentList></comments>`
  );
  addOverride(parts, "xl/comments1.xml", CT("spreadsheetml.comments+xml"));
  addRel(parts, LAA, "rIdCm1", REL("comments"), "../comments1.xml");
  parts.set(
    "xl/drawings/vmlDrawing1.vml",
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>12, 15, 7, 2, 14, 15, 11, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>7</x:Row><x:Column>11</x:Column></x:ClientData></v:shape></xml>'
  );
  addRel(parts, LAA, "rIdV1", REL("vmlDrawing"), "../drawings/vmlDrawing1.vml");
  sheetInsert(parts, LAA, "legacyDrawing", '<legacyDrawing r:id="rIdV1"/>');
}

module.exports = {
  chartsAndPrint,
  pivotAndSlicer,
  queriesAndLinks,
  macros,
  comments,
  labelledAndLocked,
  namesTablesValidation,
  formattedColumn,
  LAA,
};
