/**
 * The sample registers and the workbooks `npm run sample` writes from them. Each test of a sample reads its
 * data module; `test/golden/sample-workbook.test.ts` checks every committed workbook against its data.
 */
import { ITU_SHEETS } from "./itu-2022-data";
import { SAMPLE_SHEETS, type SampleSheet } from "./wipo-2023-data";
import { SAMPLE_EN_SHEETS } from "./wipo-2023-en-data";

export interface SampleWorkbook {
  /** File name in samples/. */
  readonly file: string;
  /** The workbook's author, as Excel shows it: says where the data comes from. */
  readonly creator: string;
  /** The document date, fixed so that rebuilding an unchanged sample gives the same bytes. */
  readonly date: string;
  readonly sheets: readonly SampleSheet[];
}

export const SAMPLE_WORKBOOKS: readonly SampleWorkbook[] = [
  {
    file: "wipo-2023.xlsx",
    creator: "JIU Register sample (transcribed from WO/PBC/35/2)",
    date: "2023-02-28",
    sheets: SAMPLE_SHEETS,
  },
  {
    file: "wipo-2023-en.xlsx",
    creator: "JIU Register sample (WO/PBC/35/2 in English, translated by the project)",
    date: "2023-02-28",
    sheets: SAMPLE_EN_SHEETS,
  },
  {
    file: "itu-2022.xlsx",
    creator: "JIU Register sample (ITU's shape, illustrative statuses)",
    date: "2022-06-30",
    sheets: ITU_SHEETS,
  },
];
