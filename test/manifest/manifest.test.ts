import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/manifest-checks";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const schema = path.resolve(
  root,
  "../shared/schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd"
);
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

/** Runs the project's validate script on XML text; returns its exit status and output. */
function validate(xml: string): { status: number | null; output: string } {
  const dir = tempDir("laa-manifest-");
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml);
  const run = spawnSync(process.execPath, [path.join(root, "scripts/validate-manifest.js"), file], {
    encoding: "utf8",
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterAll(removeTempDirs);

describe("manifest.xml", () => {
  it("passes the project's own checks", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("asks for ExcelApi 1.9 and only ReadWriteDocument", () => {
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("has a Home-tab group with a pane button and a function-command button", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/xsi:type="ShowTaskpane"/);
    expect(manifest).toMatch(/<FunctionName>runCheck<\/FunctionName>/);
  });

  it("references icons that exist at 16, 32, 64 and 80 px", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(root, `assets/icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
      expect(png.readUInt32BE(20)).toBe(size); // IHDR height
    }
  });
});

describe("the project's checks reject a broken manifest", () => {
  const broken: [string, string, RegExp][] = [
    [
      "undefined resid",
      manifest.replace('resid="RunCheck.Tooltip"', 'resid="Nope.Tooltip"'),
      /resid "Nope.Tooltip"/,
    ],
    [
      "wrong host",
      manifest.replace('<Host Name="Workbook"/>', '<Host Name="Document"/>'),
      /Workbook/,
    ],
    [
      "plain http",
      manifest.replace(
        "https://localhost:3000/taskpane.html",
        "http://localhost:3000/taskpane.html"
      ),
      /https/,
    ],
    [
      "two origins",
      manifest.replace(
        "https://localhost:3000/commands.html",
        "https://evil.example.com/commands.html"
      ),
      /one origin/,
    ],
    ["Id not a GUID", manifest.replace(/<Id>[^<]+<\/Id>/, "<Id>laa-monitor</Id>"), /GUID/],
    [
      "too broad a permission",
      manifest.replace("ReadWriteDocument", "ReadAllDocument"),
      /ReadWriteDocument/,
    ],
    ["no ExcelApi requirement", manifest.replace(/<Set Name="ExcelApi"[^>]*\/>/, ""), /ExcelApi/],
  ];
  it.each(broken)("%s", (_name, xml, problem) => {
    const problems = checkManifest(xml);
    expect(problems.join("\n")).toMatch(problem);
  });
});

const withXmllint = hasXmllint && fs.existsSync(schema) ? describe : describe.skip;
withXmllint("npm run validate (xmllint + schema; needs libxml2-utils and ../shared)", () => {
  it("accepts manifest.xml", () => {
    const run = validate(manifest);
    expect(run.output).toMatch(/is valid/);
    expect(run.status).toBe(0);
  });

  it("rejects elements out of schema order", () => {
    const moved = manifest
      .replace(/\s*<ProviderName>[^<]*<\/ProviderName>/, "")
      .replace("<Permissions>", "<ProviderName>LAA Monitor</ProviderName>\n  <Permissions>");
    const run = validate(moved);
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/does not match the Office add-in manifest schema/);
  });

  it("rejects an undefined resid that the schema lets through", () => {
    const run = validate(manifest.replace('resid="Group.Label"', 'resid="Missing.Label"'));
    expect(run.status).not.toBe(0);
    expect(run.output).toMatch(/Missing.Label/);
  });
});
