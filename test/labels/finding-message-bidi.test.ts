/**
 * Issue 15: finding messages in Arabic isolate their Latin parameters (report symbols, cell codes,
 * numbers) with FSI … PDI, as formatLabel does; left-to-right languages are byte-identical to before.
 */
import { FSI, PDI } from "../../src/labels/bidi";
import { formatFindingMessage } from "../../src/labels/finding-message";

describe("formatFindingMessage and bidi isolation", () => {
  const params = { field: "reportTitle", symbol: "JIU/REP/2021/3" };

  it("puts an Arabic finding's report symbol inside FSI … PDI", () => {
    const text = formatFindingMessage("reportTitle.missing", params, "ar");
    expect(text).toContain(`${FSI}JIU/REP/2021/3${PDI}`);
    expect(text).not.toMatch(/[^\u2068]JIU\/REP/);
  });

  it("isolates a cell code and a number in Arabic, not the Arabic field name", () => {
    const text = formatFindingMessage("formulaError", { field: "acceptance", code: "#N/A" }, "ar");
    expect(text).toContain(`${FSI}#N/A${PDI}`);
    expect(text.startsWith(FSI)).toBe(false);
  });

  it("leaves English and Chinese byte-identical", () => {
    expect(formatFindingMessage("reportTitle.missing", params, "en")).toBe(
      "Report title is missing; copy the title of JIU/REP/2021/3 from the JIU report",
    );
    expect(formatFindingMessage("formulaError", { field: "acceptance", code: "#N/A" }, "zh")).toBe(
      "接受情况：单元格显示 #N/A；请修正公式或直接输入值",
    );
    for (const lang of ["en", "zh", "fr", "ru", "es"] as const) {
      expect(formatFindingMessage("reportTitle.missing", params, lang)).not.toMatch(/[\u2068\u2069]/);
    }
  });
});
