import { isoDateToSerial, parseIsoDate, serialToIsoDate } from "../../src/core/dates";
import type { IsoDate } from "../../src/core/grid";

describe("dates", () => {
  it.each([
    ["2023-02-28", "2023-02-28"],
    [" 2024-02-29 ", "2024-02-29"],
    ["2023-02-29", null],
    ["2023-02-30", null],
    ["2023-13-01", null],
    ["28/02/2023", null],
    ["2023-2-28", null],
  ])("parseIsoDate(%j) is %j", (text, expected) => {
    expect(parseIsoDate(text)).toBe(expected);
  });

  it("converts Excel serials both ways", () => {
    expect(serialToIsoDate(44985)).toBe("2023-02-28");
    expect(serialToIsoDate(44985.75)).toBe("2023-02-28");
    expect(serialToIsoDate(1)).toBe("1900-01-01");
    expect(serialToIsoDate(59)).toBe("1900-02-28");
    expect(serialToIsoDate(60)).toBeNull();
    expect(serialToIsoDate(61)).toBe("1900-03-01");
    expect(isoDateToSerial("2023-02-28" as IsoDate)).toBe(44985);
    expect(isoDateToSerial("1900-03-01" as IsoDate)).toBe(61);
    expect(isoDateToSerial("1900-01-01" as IsoDate)).toBe(1);
    expect(serialToIsoDate(0)).toBeNull();
    expect(serialToIsoDate(Number.NaN)).toBeNull();
  });
});
