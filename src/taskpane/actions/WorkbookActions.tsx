import type { IsoDate, RegisterApi } from "../../app/register-api";
import type { Language } from "../../labels/language";
import { ReportDocumentAction } from "../report/ReportDocumentAction";
import type { SaveFile } from "../report/save-file";
import { RolloverAction } from "../rollover/RolloverAction";
import { NewRegisterAction } from "./NewRegisterAction";

interface WorkbookActionsProps {
  readonly api: RegisterApi;
  /** The as-of date, or null while the date field does not hold one. */
  readonly asOf: IsoDate | null;
  /** The output language: the report document's and the new register's. */
  readonly language: Language;
  /** True while another action runs: these wait for it. */
  readonly blocked: boolean;
  readonly saveFile: SaveFile | null;
}

/**
 * The actions of the yearly cycle beyond the sheets: the report document, the start of the next cycle and
 * a new register. Each keeps its own state and dialog.
 */
export function WorkbookActions({ api, asOf, language, blocked, saveFile }: WorkbookActionsProps) {
  return (
    <>
      <ReportDocumentAction api={api} asOf={asOf} language={language} blocked={blocked} saveFile={saveFile} />
      <RolloverAction api={api} asOf={asOf} blocked={blocked} />
      <NewRegisterAction api={api} language={language} blocked={blocked} />
    </>
  );
}
