import { CellValue, Settings } from "../../../src/engine";
import { govTable, row } from "./check";

const CODE = "partner.unknown";
const PARTNERS: Partial<Settings> = {
  partners: [
    "Salford City Council",
    "Greater Manchester Police",
    "NHS Salford",
    "Homes and Communities Agency",
  ],
  partnerAliases: { GMP: "Greater Manchester Police", "The PCT": "NHS Salford" },
};

describe(CODE, () => {
  it.each<[string, CellValue, [string, string][]]>([
    ["a listed partner", "Salford City Council", []],
    ["case, spaces and a * marker", "salford  city COUNCIL*", []],
    ["an alias", "GMP", []],
    ["an alias in other case", "the pct", []],
    ["a misspelt partner", "Greater Manchster Police", [["G3", CODE]]],
    ["one unknown among known", "Salford City Council; Fire Service", [["G3", CODE]]],
    [
      "two unknown names",
      "Fire Service & Probation",
      [
        ["G3", CODE],
        ["G3", CODE],
      ],
    ],
    ["a listed name holding a separator", "Homes and Communities Agency; GMP", []],
    ["a piece of a listed name on its own", "Communities Agency", [["G3", CODE]]],
  ])("%s", (_name, partners, expected) => {
    expect(govTable(CODE, [row({ G: partners })], PARTNERS)).toEqual(expected);
  });

  it("is silent when no partner list is configured", () => {
    expect(govTable(CODE, [row({ G: "Anybody at all" })])).toEqual([]);
  });
});
