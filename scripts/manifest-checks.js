// Checks on manifest.xml that the 2019 XSD cannot express. Used by `npm run validate` and the tests.
"use strict";

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Attribute values of every element named `tag` (namespace prefix optional). */
function attributes(xml, tag, attr) {
  const re = new RegExp(`<(?:[\\w]+:)?${tag}\\b[^>]*?\\b${attr}="([^"]*)"`, "g");
  return [...xml.matchAll(re)].map((m) => m[1]);
}

function elementText(xml, tag) {
  const m = new RegExp(`<(?:[\\w]+:)?${tag}\\b[^>]*>([^<]*)</(?:[\\w]+:)?${tag}>`).exec(xml);
  return m ? m[1].trim() : undefined;
}

/**
 * Returns a list of problems (empty when the manifest passes): every resid is defined, the host is
 * Workbook, the permission is ReadWriteDocument, the Id is a GUID, every URL is https and all URLs share
 * one origin, and ExcelApi is required at a stated minimum version.
 */
function checkManifest(xml) {
  const problems = [];
  const stripped = xml.replace(/<!--[\s\S]*?-->/g, "");

  const id = elementText(stripped, "Id");
  if (!id || !GUID.test(id)) problems.push(`<Id> must be a GUID, found "${id ?? ""}".`);

  const hosts = attributes(stripped, "Host", "Name");
  if (hosts.length !== 1 || hosts[0] !== "Workbook")
    problems.push(`<Hosts> must name only Workbook, found ${JSON.stringify(hosts)}.`);
  const overrideHosts = [...stripped.matchAll(/<Host\s+xsi:type="([^"]+)"/g)].map((m) => m[1]);
  if (overrideHosts.some((h) => h !== "Workbook"))
    problems.push(
      `VersionOverrides must only target Workbook, found ${JSON.stringify(overrideHosts)}.`
    );

  const permissions = elementText(stripped, "Permissions");
  if (permissions !== "ReadWriteDocument")
    problems.push(`<Permissions> must be ReadWriteDocument, found "${permissions ?? ""}".`);

  const excelApi = /<Set\s+Name="ExcelApi"\s+MinVersion="([\d.]+)"/.exec(stripped);
  if (!excelApi) problems.push("<Requirements> must name the ExcelApi set with a MinVersion.");

  const defined = new Set(attributes(stripped, "(?:Image|Url|String)", "id"));
  for (const resid of attributes(stripped, "[A-Za-z]+", "resid")) {
    if (!defined.has(resid))
      problems.push(`resid "${resid}" is used but not defined in <Resources>.`);
  }

  const urls = [
    ...attributes(
      stripped,
      "(?:IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation|Image|Url)",
      "DefaultValue"
    ),
    ...[...stripped.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1].trim()),
  ];
  const origins = new Set();
  for (const url of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`"${url}" is not a valid URL.`);
      continue;
    }
    if (parsed.protocol !== "https:") problems.push(`"${url}" must use https.`);
    origins.add(parsed.origin);
  }
  if (origins.size > 1)
    problems.push(`All URLs must share one origin, found ${[...origins].join(", ")}.`);
  return problems;
}

module.exports = { checkManifest };
