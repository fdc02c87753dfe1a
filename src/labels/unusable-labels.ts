import type { LabelTable } from "./label-table";

/** Why a workbook is not a usable register (`UnusableInput`, src/core/parse), one message per id. */
export const UNUSABLE_LABELS = {
  "unusable.noSheets": {
    en: "The workbook has no worksheets; open the workbook that holds the register.",
    zh: "该工作簿没有工作表；请打开载有登记册的工作簿。",
  },
  "unusable.sheetNotFound": {
    en: "There is no sheet or Excel table named '{name}'; the workbook's sheets are {sheets}.",
    zh: "没有名为“{name}”的工作表或 Excel 表格；该工作簿的工作表为{sheets}。",
  },
  "unusable.missingColumn": {
    en: "No register found: the header row on sheet '{sheet}' (row {headerRow}) lacks the required column {columns}; add it ({looked}).",
    zh: "未找到登记册：工作表“{sheet}”的标题行（第 {headerRow} 行）缺少必需的列{columns}；请添加（{looked}）。",
  },
  "unusable.missingColumns": {
    en: "No register found: the header row on sheet '{sheet}' (row {headerRow}) lacks the required columns {columns}; add them ({looked}).",
    zh: "未找到登记册：工作表“{sheet}”的标题行（第 {headerRow} 行）缺少必需的列{columns}；请添加（{looked}）。",
  },
  "unusable.lookedAtSheet": { en: "looked at sheet {sheets}", zh: "已查看工作表{sheets}" },
  "unusable.lookedAtSheets": { en: "looked at sheets {sheets}", zh: "已查看工作表{sheets}" },
  "unusable.emptySheet": {
    en: "No register found: sheet {sheets} is empty; open the workbook that holds the register, or paste the register with its header row into this one.",
    zh: "未找到登记册：工作表{sheets}为空；请打开载有登记册的工作簿，或将登记册连同标题行粘贴到此工作簿中。",
  },
  "unusable.emptySheets": {
    en: "No register found: sheets {sheets} are empty; open the workbook that holds the register, or paste the register with its header row into this one.",
    zh: "未找到登记册：工作表{sheets}为空；请打开载有登记册的工作簿，或将登记册连同标题行粘贴到此工作簿中。",
  },
  "unusable.headerTooLow": {
    en: "No register found within the first {limit} rows: sheet '{sheet}' has the register's header on row {headerRow}; delete rows above it so that the header is within the first {limit} rows, or make the register an Excel table (Insert > Table).",
    zh: "在前 {limit} 行内未找到登记册：工作表“{sheet}”的登记册标题位于第 {headerRow} 行；请删除其上方的行，使标题位于前 {limit} 行内，或将登记册设为 Excel 表格（插入 > 表格）。",
  },
  "unusable.noHeader": {
    en: "No register found: no header row with the required columns {columns} within the first {limit} rows ({looked}). Add a header row with these names above the register, or open the workbook that holds it.",
    zh: "未找到登记册：前 {limit} 行内没有包含必需列{columns}的标题行（{looked}）。请在登记册上方添加带有这些名称的标题行，或打开载有登记册的工作簿。",
  },
  "unusable.duplicateColumns": {
    en: "The register on sheet '{sheet}' (header row {headerRow}) names a column more than once: {duplicates}. Keep one of each, or rename the others.",
    zh: "工作表“{sheet}”上的登记册（标题行第 {headerRow} 行）有重复的列名：{duplicates}。请每种只保留一列，或重命名其他列。",
  },
  "unusable.duplicateColumn": { en: '"{name}" appears in columns {places}', zh: "“{name}”出现在{places}" },
  "unusable.duplicatePlace": { en: "{letters} ('{header}')", zh: "{letters} 列（“{header}”）" },
  "unusable.duplicatePlaceSeparator": { en: " and ", zh: "和" },
  "unusable.duplicateSeparator": { en: "; ", zh: "；" },
  "unusable.tooManyRows": {
    en: "The register on sheet '{sheet}' (header row {headerRow}) has more than {limit} rows, down to row {lastRow}; a register takes at most {limit}. If the rows below the last recommendation hold stray values or formulas, delete those rows; otherwise split the register.",
    zh: "工作表“{sheet}”上的登记册（标题行第 {headerRow} 行）超过 {limit} 行，一直到第 {lastRow} 行；登记册最多 {limit} 行。如果最后一条建议下方的行含有零散的值或公式，请删除这些行；否则请拆分登记册。",
  },
  "unusable.usedRangeTooLong": {
    en: "The register on sheet '{sheet}' (header row {headerRow}) may go on below row {lastRow}: the sheet's used range ends at cell {lastCell}, and a register takes at most {limit} rows. If the rows below the last recommendation hold stray values or formulas, delete those rows; otherwise split the register.",
    zh: "工作表“{sheet}”上的登记册（标题行第 {headerRow} 行）可能延续到第 {lastRow} 行以下：该工作表的已用区域止于单元格 {lastCell}，而登记册最多 {limit} 行。如果最后一条建议下方的行含有零散的值或公式，请删除这些行；否则请拆分登记册。",
  },
  // Names in a list: a sheet's name and a column's header, quoted as each language quotes them.
  "unusable.quotedSheet": { en: "'{name}'", zh: "“{name}”" },
  "unusable.quotedColumn": { en: '"{name}"', zh: "“{name}”" },
  "unusable.nameSeparator": { en: ", ", zh: "、" },
} satisfies LabelTable;
