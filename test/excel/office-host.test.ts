/**
 * The emulator itself: Microsoft's library against it behaves as against Excel for what the adapter
 * relies on, and anything outside the emulated API fails instead of passing silently.
 */
import { FakeExcel } from "../helpers/fake-excel";
import { HostProfile, OfficeHost, WEB_1_13, WEB_1_9 } from "../helpers/office-host/emulator";

let uninstall: () => void = () => undefined;
afterEach(() => uninstall());

function host(profile: HostProfile = WEB_1_13) {
  const fake = new FakeExcel([
    {
      name: "LAA",
      rows: [
        ["a", 1],
        ["b", 2],
      ],
    },
    { name: "Locked", rows: [["x"]], protected: true },
  ]);
  const office = new OfficeHost(fake, profile);
  uninstall = office.install();
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) =>
    Excel.run(office.runOptions(), batch);
  return { fake, office, run };
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "none",
    (e: { code?: string }) => e.code
  );

describe("the Office.js host emulator", () => {
  it("answers loads with the workbook's values", async () => {
    const { run } = host();
    const values = await run(async (context) => {
      const r = context.workbook.worksheets.getItem("LAA").getRange("A1:B2");
      r.load("values,address");
      await context.sync();
      return [r.values, r.address];
    });
    expect(values).toEqual([
      [
        ["a", 1],
        ["b", 2],
      ],
      "LAA!A1:B2",
    ]);
  });

  it("refuses a method it does not model, so the test fails", async () => {
    const { run, office } = host();
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets
          .getItem("LAA")
          .getRange("A1")
          .getCellProperties({ format: { fill: { color: true } } });
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
    expect(office.requests[0]!.message).toMatch(/does not know Range.GetCellProperties/);
  });

  it("refuses a property it does not model, so the test fails", async () => {
    const { run } = host();
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem("LAA").getRange("A1").load("formulas");
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
  });

  it("leaves the library to refuse a read before load, as Office.js does", async () => {
    const { run } = host();
    const code = await codeOf(
      run(async (context) => {
        const r = context.workbook.worksheets.getItem("LAA").getRange("A1");
        await context.sync();
        return r.values;
      })
    );
    expect(code).toBe("PropertyNotLoaded");
  });

  // The library's own check (throwIfApiNotSupported) never fires in this build: its switch is turned on
  // for OfficeExtension.Utility, while the check reads CommonUtility's. So the emulator checks each call.
  it("emulates requirement sets per host: an ExcelApi 1.13 call fails on a 1.9 host", async () => {
    const { run, office } = host(WEB_1_9);
    const code = await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem("LAA").getRange().getMergedAreasOrNullObject();
        await context.sync();
      })
    );
    expect(code).toBe("ApiNotFound");
    expect(office.requests[0]!.message).toMatch(/needs ExcelApi 1.13, which this host lacks/);
  });

  it.each([
    [
      "a sheet that is not there",
      "ItemNotFound",
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Gone").load("name"),
    ],
    [
      "a write on a protected sheet",
      "AccessDenied",
      (c: Excel.RequestContext) => {
        c.workbook.worksheets.getItem("Locked").getRange("A1").values = [["y"]];
      },
    ],
    [
      "values of the wrong shape",
      "InvalidArgument",
      (c: Excel.RequestContext) => {
        c.workbook.worksheets.getItem("LAA").getRange("A1:B1").values = [["y"]];
      },
    ],
  ])("fails %s with Excel's code %s", async (_what, expected, queue) => {
    const { run } = host();
    expect(
      await codeOf(
        run(async (context) => {
          queue(context);
          await context.sync();
        })
      )
    ).toBe(expected);
  });

  it("refuses a request above 5 MB on the web, and a response above 5 MB", async () => {
    const { run, fake } = host();
    const big = Array.from({ length: 60_000 }, () => ["x".repeat(100)]);
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("LAA").getRange("D1:D60000").values = big;
          await context.sync();
        })
      )
    ).toBe("RequestPayloadSizeLimitExceeded");
    for (let r = 0; r < 60_000; r++) fake.sheet("LAA").cell(r, 3).value = "x".repeat(100);
    expect(
      await codeOf(
        run(async (context) => {
          context.workbook.worksheets.getItem("LAA").getRange("D1:D60000").load("values");
          await context.sync();
        })
      )
    ).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("keeps the actions before a failing one applied, as Excel has no rollback", async () => {
    const { run, fake } = host();
    await codeOf(
      run(async (context) => {
        context.workbook.worksheets.getItem("LAA").getRange("C1").values = [["done"]];
        context.workbook.worksheets.getItem("Locked").getRange("A1").values = [["y"]];
        await context.sync();
      })
    );
    expect(fake.sheet("LAA").peek(0, 2)?.value).toBe("done");
    expect(fake.sheet("Locked").peek(0, 0)?.value).toBe("x");
  });
});
