import { RegisterApiError, type NewRegisterOptions, type NewRegisterOutcome } from "../app/register-api";
import { parseWorkbook } from "../core/parse";
import { readVocabulary } from "../core/vocabulary";
import type { Language } from "../labels/language";
import { formatLabel } from "../labels/labels";
import type { TemplateKind } from "../layout/model";
import { layoutRegisterTemplate } from "../layout/template/register-template";
import type { XlRequestContext, XlWorksheet } from "./excel-api";
import { layoutSteps } from "./layout-steps";
import { readWorkbook } from "./read-workbook";
import { runSteps, step, type WriteStep } from "./steps";

/**
 * New register, on an empty or new workbook: reads the workbook (refusing one that already holds a
 * register, or a sheet with a name the new sheets need), then writes the register and the optional sheets
 * it lacks (src/layout/template), the register's dropdowns holding the words of an existing Vocabulary
 * sheet too. Nothing of the user's is changed; if a write fails, the sheets added are removed again.
 */
export async function newRegisterInExcel(
  context: XlRequestContext,
  options: NewRegisterOptions,
  responseLimitBytes: number | null,
  uiLanguage: Language,
): Promise<NewRegisterOutcome> {
  const read = await readWorkbook<null>(context, { responseLimitBytes });
  const parsed = parseWorkbook(read.grid);
  if (parsed.ok)
    throw new RegisterApiError(
      "register-exists",
      formatLabel("pane.newRegisterExists", uiLanguage, { sheet: parsed.register.sheet }),
    );
  const vocabulary = readVocabulary(read.grid.sheets);
  const sideSheets: Exclude<TemplateKind, "register">[] = ["plannedReviews", "requests"];
  if (vocabulary.sheet === null) sideSheets.push("vocabulary");
  const layouts = layoutRegisterTemplate({
    language: options.language,
    vocabulary: vocabulary.sheet === null ? null : vocabulary,
    sideSheets,
  });
  const taken = layouts.find((layout) => read.outline.sheet(layout.name) !== undefined);
  if (taken)
    throw new RegisterApiError(
      "sheet-taken",
      formatLabel("pane.newRegisterSheetTaken", uiLanguage, { sheet: taken.name }),
    );
  const added: XlWorksheet[] = [];
  const steps: WriteStep[] = layouts.flatMap((layout, i) => [
    step(0, () => void (added[i] = context.workbook.worksheets.add(layout.name))),
    ...layoutSteps(() => added[i] as XlWorksheet, layout),
  ]);
  steps.push(
    step(0, () => {
      added[0]?.activate();
      added[0]?.getRange("A2").select();
    }),
  );
  try {
    await runSteps(context, steps);
  } catch (error) {
    await removeSheets(
      context,
      layouts.map((layout) => layout.name),
    ).catch(() => undefined);
    throw error;
  }
  return { sheets: layouts.map((layout) => layout.name) };
}

/** After a failure: the new sheets that were added, deleted (one round trip to find them, one to delete). */
async function removeSheets(context: XlRequestContext, names: readonly string[]): Promise<void> {
  const sheets = names.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  await context.sync();
  for (const sheet of sheets) if (!sheet.isNullObject) sheet.delete();
  await context.sync();
}
