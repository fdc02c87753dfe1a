import {
  REGISTER_HEADERS,
  REGISTER_SHEET,
  SAMPLE_SHEETS,
  type SampleSheet,
} from "../../samples/wipo-2023-data";

/** The fault `?fault=1` plants: a misspelt acceptance status on one register row. */
export const PLANTED_FAULT = {
  sheet: REGISTER_SHEET,
  /** 0-based data row: worksheet row 7 (the header is row 1). */
  dataRow: 5,
  header: "接受情况" satisfies (typeof REGISTER_HEADERS)[number],
  value: "Acepted",
} as const;

/** Worksheet coordinates (1-based) of the planted fault, as a finding reports them. */
export const PLANTED_FAULT_CELL = {
  row: PLANTED_FAULT.dataRow + 2,
  columnNumber: REGISTER_HEADERS.indexOf(PLANTED_FAULT.header) + 1,
};

/**
 * The sample's sheets, with the planted fault when asked for. The sample itself is never changed.
 *
 * @example sampleSheets(true)[0].rows[5][7] // "Acepted"
 */
export function sampleSheets(withFault: boolean): readonly SampleSheet[] {
  if (!withFault) return SAMPLE_SHEETS;
  const column = PLANTED_FAULT_CELL.columnNumber - 1;
  return SAMPLE_SHEETS.map((sheet) =>
    sheet.name !== PLANTED_FAULT.sheet
      ? sheet
      : {
          ...sheet,
          rows: sheet.rows.map((row, index) =>
            index === PLANTED_FAULT.dataRow
              ? row.map((cell, c) => (c === column ? PLANTED_FAULT.value : cell))
              : row,
          ),
        },
  );
}
