import { RegisterApiError } from "../../src/app/register-api";
import { toRegisterApiError } from "../../src/excel/errors";
import { MemoryExcelError } from "../../dev/memory-excel";

describe("toRegisterApiError", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "cell-edit-mode", /Press Enter or Esc/],
    ["RequestPayloadSizeLimitExceeded", "payload-too-large", /too large/],
    ["ResponsePayloadSizeLimitExceeded", "payload-too-large", /too large/],
    ["ItemNotFound", "item-not-found", /renamed or deleted/],
    ["InvalidReference", "item-not-found", /renamed or deleted/],
    ["AccessDenied", "access-denied", /protected/],
    ["ApiNotFound", "unsupported", /Update Excel/],
    ["GeneralException", "excel-error", /register was not changed/],
    ["SomethingNew", "excel-error", /register was not changed/],
  ])("maps %s to %s with a message a person can act on", (excelCode, code, message) => {
    const error = toRegisterApiError(new MemoryExcelError(excelCode, "raw Excel text"), "en");
    expect(error).toBeInstanceOf(RegisterApiError);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/raw Excel text|\n\s+at /);
  });

  it("speaks the action's language", () => {
    expect(toRegisterApiError({ code: "InvalidOperationInCellEditMode" }, "zh").message).toMatch(
      /Excel 正在编辑单元格/,
    );
  });

  it("keeps a RegisterApiError as it is", () => {
    const original = new RegisterApiError("missing-columns", "No register was found");
    expect(toRegisterApiError(original, "en")).toBe(original);
  });

  it("gives other errors one line, never a stack trace", () => {
    const error = toRegisterApiError(new TypeError("x is undefined\n    at f (file.js:1:1)"), "en");
    expect(error.code).toBe("unexpected");
    expect(error.message).toBe("Something went wrong: x is undefined. The register was not changed.");
  });
});
