import type { GenerationOutcome, RegisterApi, ValidationOutcome } from "../app/register-api";
import type { Finding } from "../core/findings";

// Temporary stand-in until the adapter and in-memory Excel land.
const FINDINGS: Finding[] = [
  {
    sheet: "Register",
    row: 7,
    column: "Acceptance",
    columnNumber: 9,
    severity: "error",
    rule: "E05-acceptance",
    message: "“Acepted” is not an acceptance status. Use Accepted, Not accepted, Under consideration.",
  },
  {
    sheet: "Register",
    row: 12,
    column: "Responsible",
    columnNumber: 12,
    severity: "warning",
    rule: "W06-responsible-spelling",
    message: "“Program Performance and Budget Division” is spelled two ways in the register.",
  },
];

export function stubApi(): RegisterApi {
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  return {
    async validate(options): Promise<ValidationOutcome> {
      for (let i = 1; i <= 5; i++) {
        await pause(60);
        options.onProgress?.(i / 5);
      }
      return { sheet: "Register", rows: 24, findings: FINDINGS };
    },
    async generateSummary(options): Promise<GenerationOutcome> {
      await pause(100);
      if (!options.force)
        return {
          sheets: [],
          renamedFrom: [],
          refusedFindings: FINDINGS.filter((f) => f.severity === "error"),
        };
      return {
        sheets: ["Summary"],
        renamedFrom: [{ wanted: "Summary", used: "Summary (2)" }],
        refusedFindings: null,
      };
    },
    async generateAnnex(): Promise<GenerationOutcome> {
      await pause(100);
      return { sheets: ["Annex I", "Annex II", "Annex III"], renamedFrom: [], refusedFindings: null };
    },
    async clearMarks() {
      await pause(50);
    },
    async goTo() {},
  };
}
