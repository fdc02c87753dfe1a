import type { ArchivePlan, RolloverPlan } from "../../core/rollover";
import { archiveLinks } from "./archive-links";
import { deleteRegisterRows } from "./archive-deletion";
import { UnsafeFormulaError } from "./row-shift";
import { archiveEdits, newArchiveXml } from "./archive-rows";
import { cellFormat } from "./cell-format";
import { setWorksheetCells, type CellEdit } from "./cell-edits";
import { NAMESPACES, relationshipsPathOf } from "./package-parts";
import { PackageEdit } from "./package-edit";
import type { StylesPart } from "./styles-part";
import { widenTable } from "./table-columns";
import { XlsxWriteError } from "./write-error";

/** Column widths (characters) of a new History sheet: date, report, recommendation, ..., assessment, responsible. */
const HISTORY_WIDTHS = [12, 16, 17, 18, 16, 18, 60, 28];

/**
 * Applies a roll-over plan to an .xlsx package and returns the new package; `input` is not modified.
 * Only the plan's cells change: the register's worksheet part is edited cell by cell (see cell-edits.ts),
 * its table part widened when previous columns are created, and History appended to (or added). Every
 * other part stays byte for byte as it was. With the archive option, see archive-rows.ts.
 *
 * @example const xlsx = await rolloverXlsx(await readFile("register.xlsx"), plan);
 */
export async function rolloverXlsx(input: Uint8Array, plan: RolloverPlan): Promise<Buffer> {
  const edit = await PackageEdit.open(input);
  const styles = await edit.stylesPart();
  const registerPath = worksheetPath(edit, plan.register.sheet);
  const registerXml = await edit.partText(registerPath);
  if (registerXml === null) throw new XlsxWriteError(`the register's sheet has no worksheet part.`);
  const archived = plan.archive ? archiveEdits(registerXml, plan.archive) : null;
  const edited = setWorksheetCells(registerXml, registerEdits(plan));
  if (plan.createdColumns.length > 0 && plan.register.table !== null)
    await widenRegisterTable(edit, registerPath, plan);
  // The archived rows are deleted last, so that every other edit is made at the rows the plan names.
  edit.writePart(
    registerPath,
    plan.archive
      ? await deletedRows(edit, registerPath, plan.register.sheet, edited.xml, plan.archive)
      : edited.xml,
  );

  const history = plan.history;
  const historyEdits = historyCellEdits(plan, styles);
  await writeSheet(edit, history.sheet, history.createSheet ? newHistoryXml() : null, historyEdits);
  let formulaReplaced = edited.formulaReplaced;
  if (plan.archive && archived)
    formulaReplaced =
      (await writeArchive(edit, plan.archive, registerXml, archived.archive)) || formulaReplaced;
  if (formulaReplaced) edit.dropCalculationChain();
  return edit.toBuffer();
}

/** The register's part without the archived rows; what the writer cannot adjust refuses the option. */
async function deletedRows(
  edit: PackageEdit,
  path: string,
  sheet: string,
  xml: string,
  archive: ArchivePlan,
): Promise<string> {
  try {
    return await deleteRegisterRows(edit, path, sheet, xml, archive.registerRows);
  } catch (error) {
    if (!(error instanceof UnsafeFormulaError)) throw error;
    throw new XlsxWriteError(
      `the archive option cannot delete the archived rows here: ${error.message}. Nothing was written; roll over without --archive-closed, or archive with the task pane in Excel, which adjusts these itself.`,
    );
  }
}

/**
 * The Archive sheet: a new one gets the register's column widths and keeps the archived cells' web links;
 * rows appended to an existing one keep each link's text (its part's relationships are not edited).
 */
async function writeArchive(
  edit: PackageEdit,
  archive: ArchivePlan,
  registerXml: string,
  edits: readonly CellEdit[],
): Promise<boolean> {
  if (!archive.createSheet) return writeSheet(edit, archive.sheet, null, edits);
  const links = archiveLinks(archive);
  const path = edit.newPartPath("worksheets", "sheet");
  edit.addWorksheet(archive.sheet, path);
  const xml = newArchiveXml(registerXml, archive.firstColumn, links.element);
  edit.writePart(path, setWorksheetCells(xml, edits).xml);
  if (links.relationships !== null) edit.writePart(relationshipsPathOf(path), links.relationships);
  return false;
}

/** Sets cells on a sheet: a new one (given its empty part) added after the last, or an existing one. */
async function writeSheet(
  edit: PackageEdit,
  name: string,
  newXml: string | null,
  edits: readonly CellEdit[],
): Promise<boolean> {
  if (newXml !== null) {
    const path = edit.newPartPath("worksheets", "sheet");
    edit.addWorksheet(name, path);
    edit.writePart(path, setWorksheetCells(newXml, edits).xml);
    return false;
  }
  const path = worksheetPath(edit, name);
  const xml = await edit.partText(path);
  if (xml === null) throw new XlsxWriteError(`the sheet '${name}' has no worksheet part.`);
  const edited = setWorksheetCells(xml, edits);
  edit.writePart(path, edited.xml);
  return edited.formulaReplaced;
}

function worksheetPath(edit: PackageEdit, name: string): string {
  const sheet = edit.workbook.sheets().find((candidate) => candidate.name === name);
  const path = sheet ? edit.worksheetPathOf(sheet) : null;
  if (path === null) throw new XlsxWriteError(`the workbook has no worksheet named '${name}'.`);
  return path;
}

function registerEdits(plan: RolloverPlan): CellEdit[] {
  const headers = plan.createdColumns.map((created) => ({
    row: plan.register.headerRow,
    column: created.column,
    value: created.header,
  }));
  const values = plan.registerWrites.flatMap((write) =>
    write.cells.map((cell) => ({ row: cell.row, column: write.column, value: cell.value })),
  );
  return [...headers, ...values];
}

function historyCellEdits(plan: RolloverPlan, styles: StylesPart): CellEdit[] {
  const plain = { quotePrefix: false };
  const dateStyle = styles.xfIndex(cellFormat({ numberFormat: "yyyy-mm-dd" }, plain));
  const headerStyle = styles.xfIndex(cellFormat({ bold: true }, plain));
  const withHeader = plan.history.rows.length > plan.history.recommendationRows;
  return plan.history.rows.flatMap((values, index) => {
    const row = plan.history.firstRow + index;
    const header = withHeader && index === 0;
    return values.map((value, column) => {
      const style = header ? headerStyle : column === 0 ? dateStyle : undefined;
      return { row, column: column + 1, value, ...(style === undefined ? {} : { style }) };
    });
  });
}

async function widenRegisterTable(
  edit: PackageEdit,
  registerPath: string,
  plan: RolloverPlan,
): Promise<void> {
  const lastColumn = Math.max(...plan.createdColumns.map((created) => created.column));
  const headers = plan.createdColumns.map((created) => created.header);
  for (const path of await edit.tablePartsOf(registerPath)) {
    const xml = await edit.partText(path);
    const widened = xml === null ? null : widenTable(xml, plan.register.table ?? "", lastColumn, headers);
    if (widened !== null) {
      edit.writePart(path, widened);
      return;
    }
  }
  throw new XlsxWriteError(`the register's table '${plan.register.table ?? ""}' was not found in its sheet.`);
}

function newHistoryXml(): string {
  const columns = HISTORY_WIDTHS.map(
    (width, index) => `<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`,
  ).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<worksheet xmlns="${NAMESPACES.spreadsheetMain}" xmlns:r="${NAMESPACES.officeRelationships}">` +
    `<dimension ref="A1"/>` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${columns}</cols><sheetData/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}
