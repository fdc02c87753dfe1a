/**
 * The bare-value readers that build a recommendation from every row give exactly what the readers give
 * through `valueOf` (the readings validation explains), on every kind of cell the property tests use:
 * valid values, look-alikes, garbage, blanks and formula errors.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import { readText, readWord, textValue, valueOf, wordValue } from "../../../src/core/parse/cell";
import { dateValue, readDate } from "../../../src/core/parse/dates";
import { linkValue, readLink } from "../../../src/core/parse/links";
import { readRecommendationId, recommendationIdValue } from "../../../src/core/parse/recommendation-id";
import { parseReportSymbol, readReportSymbol } from "../../../src/core/parse/report-symbol";
import {
  implementationValue,
  parseAcceptance,
  parseAddressee,
  readAcceptance,
  readAddressee,
  readImplementation,
  readYesNo,
  yesNoValue,
} from "../../../src/core/parse/status-words";
import { COLUMN_CELLS } from "../../properties/arbitraries";
import { NUM_RUNS } from "../../properties/runs";

/** Any column's cells, so that each reader also meets the other columns' values. */
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(...Object.values(COLUMN_CELLS));

const PAIRS: readonly [string, (cell: CellValue) => unknown, (cell: CellValue) => unknown][] = [
  ["text", (cell) => valueOf(readText(cell)), textValue],
  ["report symbol", (cell) => valueOf(readReportSymbol(cell)), (cell) => wordValue(cell, parseReportSymbol)],
  ["link", (cell) => valueOf(readLink(cell)), linkValue],
  ["recommendation number", (cell) => valueOf(readRecommendationId(cell)), recommendationIdValue],
  ["addressee", (cell) => valueOf(readAddressee(cell)), (cell) => wordValue(cell, parseAddressee)],
  ["acceptance", (cell) => valueOf(readAcceptance(cell)), (cell) => wordValue(cell, parseAcceptance)],
  ["implementation", (cell) => valueOf(readImplementation(cell)), implementationValue],
  ["yes/no", (cell) => valueOf(readYesNo(cell)), yesNoValue],
  ["date", (cell) => valueOf(readDate(cell)), dateValue],
  ["word", (cell) => valueOf(readWord(cell, parseAcceptance)), (cell) => wordValue(cell, parseAcceptance)],
];

describe("bare-value readers", () => {
  it.each(PAIRS)("%s: the value equals valueOf of the reading", (_name, viaReading, bare) => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        expect(bare(cell)).toEqual(viaReading(cell));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it.each(PAIRS)("%s: agrees on blanks, errors and each kind of cell", (_name, viaReading, bare) => {
    const cells: CellValue[] = [
      null,
      "",
      " \u200b",
      "Not applicable",
      "不适用",
      "-",
      "x",
      true,
      false,
      0,
      4,
      2.5,
      " 4 ",
      "2023-02-28",
      { kind: "date", iso: "2023-02-28" as never },
      { kind: "error", code: "#N/A" },
      { kind: "link", text: "Report", address: "https://www.unjiu.org/" },
      { kind: "link", text: "Report", address: " " },
      { kind: "link", text: "Report", address: " https://www.unjiu.org/ " },
      { kind: "link", text: " ", address: "" },
      { kind: "link", text: "2023-02-28", address: "" },
    ];
    for (const cell of cells) expect([cell, bare(cell)]).toEqual([cell, viaReading(cell)]);
  });
});
