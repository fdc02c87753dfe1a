import type { FindingMessageId } from "../core/findings";
import type { LabelTexts } from "./label-table";

/** Finding messages about a second register in the workbook: which one was read, and how to choose. */
export const OTHER_REGISTER_MESSAGES = {
  "otherRegister.tableReadOtherTable": {
    en: "Table '{otherTable}' on sheet '{otherSheet}' also holds a register (header on row {otherHeaderRow}); only table '{table}' on sheet '{sheet}' was read, as it is an Excel table (tables come first). If the register is the other one, make it the Excel table instead, or keep one register per workbook",
    zh: "工作表“{otherSheet}”中的表格“{otherTable}”也包含登记册（标题行为第 {otherHeaderRow} 行）；只读取了工作表“{sheet}”中的表格“{table}”，因为它是 Excel 表格（表格优先）。如果要用的是另一个登记册，请改将其设为 Excel 表格，或每个工作簿只保留一个登记册",
    ar: "يحتوي الجدول «{otherTable}» في الورقة «{otherSheet}» أيضًا على سجل (صف العناوين {otherHeaderRow})؛ ولم يُقرأ إلا الجدول «{table}» في الورقة «{sheet}» لأنه جدول Excel (الجداول لها الأولوية). إذا كان السجل المقصود هو الآخر، فاجعله هو جدول Excel، أو احتفظ بسجل واحد في كل مصنف",
    fr: "Le tableau « {otherTable} » de la feuille « {otherSheet} » contient aussi un registre (en-tête à la ligne {otherHeaderRow}) ; seul le tableau « {table} » de la feuille « {sheet} » a été lu, car c'est un tableau Excel (les tableaux sont lus en premier). Si le registre est l'autre, faites-en le tableau Excel, ou conservez un seul registre par classeur",
    ru: "Таблица «{otherTable}» на листе «{otherSheet}» тоже содержит реестр (заголовок в строке {otherHeaderRow}); прочитана только таблица «{table}» на листе «{sheet}», поскольку это таблица Excel (таблицы читаются в первую очередь). Если нужен другой реестр, сделайте таблицей Excel его или оставьте в книге один реестр",
    es: "La tabla “{otherTable}” de la hoja “{otherSheet}” también contiene un registro (encabezado en la fila {otherHeaderRow}); solo se leyó la tabla “{table}” de la hoja “{sheet}”, porque es una tabla de Excel (las tablas se leen primero). Si el registro es el otro, conviértalo en la tabla de Excel o mantenga un solo registro por libro",
  },
  "otherRegister.tableReadOtherSheet": {
    en: "Sheet '{otherSheet}' also holds a register (header on row {otherHeaderRow}); only table '{table}' on sheet '{sheet}' was read, as it is an Excel table (tables come first). If the register is the other one, make it the Excel table instead, or keep one register per workbook",
    zh: "工作表“{otherSheet}”也包含登记册（标题行为第 {otherHeaderRow} 行）；只读取了工作表“{sheet}”中的表格“{table}”，因为它是 Excel 表格（表格优先）。如果要用的是另一个登记册，请改将其设为 Excel 表格，或每个工作簿只保留一个登记册",
    ar: "تحتوي الورقة «{otherSheet}» أيضًا على سجل (صف العناوين {otherHeaderRow})؛ ولم يُقرأ إلا الجدول «{table}» في الورقة «{sheet}» لأنه جدول Excel (الجداول لها الأولوية). إذا كان السجل المقصود هو الآخر، فاجعله هو جدول Excel، أو احتفظ بسجل واحد في كل مصنف",
    fr: "La feuille « {otherSheet} » contient aussi un registre (en-tête à la ligne {otherHeaderRow}) ; seul le tableau « {table} » de la feuille « {sheet} » a été lu, car c'est un tableau Excel (les tableaux sont lus en premier). Si le registre est l'autre, faites-en le tableau Excel, ou conservez un seul registre par classeur",
    ru: "Лист «{otherSheet}» тоже содержит реестр (заголовок в строке {otherHeaderRow}); прочитана только таблица «{table}» на листе «{sheet}», поскольку это таблица Excel (таблицы читаются в первую очередь). Если нужен другой реестр, сделайте таблицей Excel его или оставьте в книге один реестр",
    es: "La hoja “{otherSheet}” también contiene un registro (encabezado en la fila {otherHeaderRow}); solo se leyó la tabla “{table}” de la hoja “{sheet}”, porque es una tabla de Excel (las tablas se leen primero). Si el registro es el otro, conviértalo en la tabla de Excel o mantenga un solo registro por libro",
  },
  "otherRegister.sheetReadOtherSheet": {
    en: "Sheet '{otherSheet}' also holds a register (header on row {otherHeaderRow}); only sheet '{sheet}' was read, as it comes first in the workbook. If the register is the other one, move sheet '{otherSheet}' before sheet '{sheet}', or keep one register per workbook",
    zh: "工作表“{otherSheet}”也包含登记册（标题行为第 {otherHeaderRow} 行）；只读取了工作表“{sheet}”，因为它在工作簿中排在前面。如果要用的是另一个登记册，请将工作表“{otherSheet}”移到工作表“{sheet}”之前，或每个工作簿只保留一个登记册",
    ar: "تحتوي الورقة «{otherSheet}» أيضًا على سجل (صف العناوين {otherHeaderRow})؛ ولم تُقرأ إلا الورقة «{sheet}» لأنها تأتي أولًا في المصنف. إذا كان السجل المقصود هو الآخر، فانقل الورقة «{otherSheet}» قبل الورقة «{sheet}»، أو احتفظ بسجل واحد في كل مصنف",
    fr: "La feuille « {otherSheet} » contient aussi un registre (en-tête à la ligne {otherHeaderRow}) ; seule la feuille « {sheet} » a été lue, car elle vient en premier dans le classeur. Si le registre est l'autre, placez la feuille « {otherSheet} » avant la feuille « {sheet} », ou conservez un seul registre par classeur",
    ru: "Лист «{otherSheet}» тоже содержит реестр (заголовок в строке {otherHeaderRow}); прочитан только лист «{sheet}», поскольку он идет в книге первым. Если нужен другой реестр, переместите лист «{otherSheet}» перед листом «{sheet}» или оставьте в книге один реестр",
    es: "La hoja “{otherSheet}” también contiene un registro (encabezado en la fila {otherHeaderRow}); solo se leyó la hoja “{sheet}”, porque es la primera del libro. Si el registro es el otro, mueva la hoja “{otherSheet}” delante de la hoja “{sheet}” o mantenga un solo registro por libro",
  },
  "otherRegister.sheetReadOtherTable": {
    en: "Table '{otherTable}' on sheet '{otherSheet}' also holds a register (header on row {otherHeaderRow}); only sheet '{sheet}' was read, as it comes first in the workbook. If the register is the other one, move sheet '{otherSheet}' before sheet '{sheet}', or keep one register per workbook",
    zh: "工作表“{otherSheet}”中的表格“{otherTable}”也包含登记册（标题行为第 {otherHeaderRow} 行）；只读取了工作表“{sheet}”，因为它在工作簿中排在前面。如果要用的是另一个登记册，请将工作表“{otherSheet}”移到工作表“{sheet}”之前，或每个工作簿只保留一个登记册",
    ar: "يحتوي الجدول «{otherTable}» في الورقة «{otherSheet}» أيضًا على سجل (صف العناوين {otherHeaderRow})؛ ولم تُقرأ إلا الورقة «{sheet}» لأنها تأتي أولًا في المصنف. إذا كان السجل المقصود هو الآخر، فانقل الورقة «{otherSheet}» قبل الورقة «{sheet}»، أو احتفظ بسجل واحد في كل مصنف",
    fr: "Le tableau « {otherTable} » de la feuille « {otherSheet} » contient aussi un registre (en-tête à la ligne {otherHeaderRow}) ; seule la feuille « {sheet} » a été lue, car elle vient en premier dans le classeur. Si le registre est l'autre, placez la feuille « {otherSheet} » avant la feuille « {sheet} », ou conservez un seul registre par classeur",
    ru: "Таблица «{otherTable}» на листе «{otherSheet}» тоже содержит реестр (заголовок в строке {otherHeaderRow}); прочитан только лист «{sheet}», поскольку он идет в книге первым. Если нужен другой реестр, переместите лист «{otherSheet}» перед листом «{sheet}» или оставьте в книге один реестр",
    es: "La tabla “{otherTable}” de la hoja “{otherSheet}” también contiene un registro (encabezado en la fila {otherHeaderRow}); solo se leyó la hoja “{sheet}”, porque es la primera del libro. Si el registro es el otro, mueva la hoja “{otherSheet}” delante de la hoja “{sheet}” o mantenga un solo registro por libro",
  },
} satisfies Partial<Record<FindingMessageId, LabelTexts>>;
