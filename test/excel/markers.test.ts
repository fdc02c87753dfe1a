import { freeMarkerNames, markerComment, roleOfComment, sheetOfReference } from "../../src/excel/markers";

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
