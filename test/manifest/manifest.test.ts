import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { checkManifest } from "../../scripts/manifest-checks";
import { NEEDS, checkRequirements } from "../../src/excel";
import { checkOnOpen } from "../../src/taskpane/excel-pane";
import { removeTempDirs, tempDir } from "../helpers/temp-dir";

const root = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const schema = path.join(root, "schemas/office-addin-manifest/OfficeAppManifestV1_1.xsd");
const hasXmllint = spawnSync("xmllint", ["--version"]).status === 0;

/** Runs the project's validate script on XML text; returns its exit status and output. */
function validate(
  xml: string,
  env: Record<string, string> = {}
): { status: number | null; output: string } {
  const dir = tempDir("laa-manifest-");
  const file = path.join(dir, "manifest.xml");
  fs.writeFileSync(file, xml);
  const run = spawnSync(process.execPath, [path.join(root, "scripts/validate-manifest.js"), file], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: run.status, output: run.stdout + run.stderr };
}

afterAll(removeTempDirs);

describe("manifest.xml", () => {
  it("passes the project's own checks", () => {
    expect(checkManifest(manifest)).toEqual([]);
  });

  it("asks for only ReadWriteDocument", () => {
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("lets an Excel too old for the add-in open the pane, whose 'too old' screen then explains", () => {
    const min = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)?.[1] ?? "";
    const minor = (v: string) => Number(v.split(".")[1]);
    // Office loads the add-in on any Excel with the manifest's set; the pane needs NEEDS.write.
    expect(minor(min)).toBeLessThan(minor(NEEDS.write));
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = {
      context: {
        requirements: {
          isSetSupported: (_set: string, v: string) => minor(v) <= minor(min),
        },
      },
    };
    try {
      expect(checkRequirements()).toMatchObject({
        supported: false,
        message: expect.stringMatching(/lacks features LAA Monitor needs/),
      });
    } finally {
      delete g.Office;
    }
  });

  it("has a Home-tab group whose two buttons open the pane, the second one to run the check", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    // No shared runtime (the offline schemas do not know <Runtimes>): no function command either.
    expect(manifest).not.toMatch(/ExecuteFunction|FunctionFile|<Runtimes>/);
    const check =
      /<Control xsi:type="Button" id="LAAMonitor.RunCheck">[\s\S]*?<\/Control>/.exec(
        manifest
      )?.[0] ?? "";
    expect(check).toMatch(/<Action xsi:type="ShowTaskpane">/);
    expect(check).toMatch(/<TaskpaneId>LAAMonitor.Taskpane<\/TaskpaneId>/);
    const resid = /<SourceLocation resid="([^"]+)"/.exec(check)?.[1];
    const url =
      new RegExp(`<bt:Url id="${resid}" DefaultValue="([^"]+)"`).exec(manifest)?.[1] ?? "";
    expect(checkOnOpen(new URL(url).search)).toBe(true);
    expect(checkOnOpen(new URL(url.replace(/\?.*/, "")).search)).toBe(false);
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
      manifest.replace("https://localhost:3000/help.html", "https://evil.example.com/help.html"),
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

describe("npm run validate says which checks ran", () => {
  it("runs the project's checks without the schemas, and says where to put them", () => {
    const run = validate(manifest, { LAA_MANIFEST_SCHEMAS: tempDir("laa-no-schemas-") });
    expect(run.status).toBe(0);
    expect(run.output).toMatch(/passes the project's own checks/);
    expect(run.output).toMatch(
      /XSD check NOT run: no OfficeAppManifestV1_1\.xsd in .*schemas\/office-addin-manifest\/ in the repository has them.*LAA_MANIFEST_SCHEMAS/s
    );
  });

  it("keeps the schemas in the repository, with their source and licence", () => {
    expect(fs.existsSync(schema)).toBe(true);
    expect(fs.readFileSync(path.join(path.dirname(schema), "README.md"), "utf8")).toMatch(
      /Creative Commons Attribution 4\.0/
    );
  });
});

const withXmllint = hasXmllint ? describe : describe.skip;
withXmllint("npm run validate (xmllint + the repository's schemas; needs libxml2-utils)", () => {
  it("accepts manifest.xml, saying both checks ran", () => {
    const run = validate(manifest);
    expect(run.output).toMatch(/passes the project's own checks/);
    expect(run.output).toMatch(/matches the Office add-in manifest schema/);
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
