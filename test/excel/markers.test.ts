import { freeMarkerNames, markerComment, roleOfComment, sheetOfReference } from "../../src/excel/markers";
import { markerOf } from "../../src/layout/generated-marker";

describe("markers", () => {
  it.each([
    ["=Summary!$A$1", "Summary"],
    ["='Annex I'!$A$1", "Annex I"],
    ["='It''s mine'!$A$1", "It's mine"],
    ["='附件一'!$A$1", "附件一"],
    ["=#REF!$A$1", null],
    ['="text"', null],
    [42, null],
  ])("reads the sheet of %j", (formula, sheet) => expect(sheetOfReference(formula)).toBe(sheet));

  it.each([
    [{ kind: "generated", layout: "annexII" }],
    [{ kind: "marks" }],
    [{ kind: "incomplete" }],
  ] as const)("reads back the role %j from its comment", (role) => {
    expect(roleOfComment(markerComment(role))).toEqual(role);
  });

  it("reads back an unfinished sheet's kind from its comment", () => {
    expect(roleOfComment(markerComment({ kind: "incomplete", layout: "annexI" }))).toEqual({
      kind: "incomplete",
      layout: "annexI",
    });
  });

  it.each([
    [
      "the add-in's marker, a workbook-level name",
      {
        name: "JIU_Register_2",
        scope: null,
        formula: "'Annex I'!$A$1",
        comment: markerComment({ kind: "generated", layout: "annexI" }),
      },
      { sheet: "Annex I", role: { kind: "generated", layout: "annexI" }, legacy: false },
    ],
    [
      "the CLI's legacy marker, a sheet-scoped name",
      { name: "JiuRegister_Generated", scope: "Summary", formula: '"summary"', comment: "" },
      { sheet: "Summary", role: { kind: "generated", layout: "summary" }, legacy: true },
    ],
    [
      "a legacy marker as Office.js gives its formula",
      { name: "JiuRegister_Generated", scope: "Annex II", formula: '="annexII"', comment: "" },
      { sheet: "Annex II", role: { kind: "generated", layout: "annexII" }, legacy: true },
    ],
    [
      "a workbook-level name of the legacy marker's name",
      { name: "JiuRegister_Generated", scope: null, formula: '"summary"', comment: "" },
      null,
    ],
    [
      "a sheet-scoped name of the marker prefix",
      {
        name: "JIU_Register_1",
        scope: "Summary",
        formula: "Summary!$A$1",
        comment: markerComment({ kind: "generated", layout: "summary" }),
      },
      null,
    ],
    [
      "a legacy marker of an unknown kind",
      { name: "JiuRegister_Generated", scope: "Summary", formula: '"appendix"', comment: "" },
      null,
    ],
  ] as const)("reads %s", (_what, name, meaning) => {
    expect(markerOf(name)).toEqual(meaning);
  });

  it("ignores a user's comment", () => {
    expect(roleOfComment("jiu-register:generated:appendix")).toBeNull();
    expect(roleOfComment("my own name")).toBeNull();
  });

  it("picks free names", () => {
    expect(freeMarkerNames(["JIU_Register_1", "jiu_register_3"], 2)).toEqual([
      "JIU_Register_2",
      "JIU_Register_4",
    ]);
  });
});
