import type { GenerationOutcome } from "../app/register-api";
import type { SheetLayout } from "../layout/model";
import type { XlNamedItem, XlRequestContext, XlWorksheet } from "./excel-api";
import { layoutSteps } from "./layout-steps";
import { freeMarkerNames, markerComment, referenceTo } from "./markers";
import type { WorkbookOutline } from "./outline";
import { planSheetNames, temporaryNames } from "./sheet-names";
import { runSteps, step, type WriteStep } from "./steps";

/**
 * Writes generated sheets so that a failure never leaves half a sheet behind: each layout is written to
 * a new hidden sheet with a temporary name, marked "incomplete"; only the last request of the last batch
 * shows it, removes the sheet it replaces and gives it its name. If a request fails, the temporary
 * sheets are deleted; if even that fails, they stay hidden, named JIU_Incomplete_n and marked
 * incomplete, and the next generation removes them. The register is never written to.
 */
export async function writeGeneratedSheets(
  context: XlRequestContext,
  outline: WorkbookOutline,
  layouts: readonly SheetLayout[],
  onBatch?: (done: number, total: number) => void,
): Promise<Omit<GenerationOutcome, "refusedFindings">> {
  const plan = planSheetNames(outline, layouts);
  const temps = temporaryNames(outline, layouts.length);
  const markerNames = freeMarkerNames(outline.names, layouts.length);
  const { worksheets, names } = context.workbook;
  const added: { sheet: XlWorksheet | null; marker: XlNamedItem | null }[] = layouts.map(() => ({
    sheet: null,
    marker: null,
  }));

  const steps: WriteStep[] = [step(0, () => removeStaleSheets(outline))];
  layouts.forEach((layout, i) => {
    const temp = temps[i] as string;
    const slot = added[i] as (typeof added)[number];
    steps.push(
      step(0, () => {
        slot.sheet = worksheets.add(temp);
        slot.sheet.visibility = "Hidden";
        slot.marker = names.add(
          markerNames[i] as string,
          referenceTo(temp),
          markerComment({ kind: "incomplete" }),
        );
        slot.marker.visible = false;
      }),
    );
    steps.push(...layoutSteps(() => slot.sheet as XlWorksheet, layout));
  });
  steps.push(
    step(0, () => {
      layouts.forEach((layout, i) => {
        const { sheet, marker } = added[i] as (typeof added)[number];
        const { used, replaces } = plan[i] as (typeof plan)[number];
        if (!sheet || !marker) return;
        sheet.visibility = "Visible";
        if (replaces) {
          outline.markers.filter((m) => m.sheet === replaces.name).forEach((m) => m.item.delete());
          replaces.proxy.delete();
        }
        sheet.name = used;
        if (replaces) sheet.position = replaces.position;
        marker.comment = markerComment({ kind: "generated", layout: layout.kind });
      });
      added[0]?.sheet?.activate();
    }),
  );

  try {
    await runSteps(context, steps, onBatch);
  } catch (error) {
    await removeTemporarySheets(context, temps, markerNames).catch(() => undefined);
    throw error;
  }
  return {
    sheets: plan.map((entry) => entry.used),
    renamedFrom: plan
      .filter((entry) => entry.used !== entry.wanted)
      .map((entry) => ({ wanted: entry.wanted, used: entry.used })),
  };
}

/** Unfinished sheets of an earlier, failed generation, and markers whose sheet is gone. */
function removeStaleSheets(outline: WorkbookOutline): void {
  for (const marker of outline.markers) {
    const sheet = marker.sheet === null ? undefined : outline.sheet(marker.sheet);
    if (marker.role.kind === "incomplete") sheet?.proxy.delete();
    if (marker.role.kind === "incomplete" || !sheet) marker.item.delete();
  }
}

/** After a failure: deletes the temporary sheets still there, with their markers (two round trips). */
async function removeTemporarySheets(
  context: XlRequestContext,
  temps: readonly string[],
  markerNames: readonly string[],
): Promise<void> {
  const sheets = temps.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  const markers = markerNames.map((name) => context.workbook.names.getItemOrNullObject(name));
  await context.sync();
  sheets.forEach((sheet, i) => {
    if (sheet.isNullObject) return;
    const marker = markers[i];
    if (marker && !marker.isNullObject) marker.delete();
    sheet.delete();
  });
  await context.sync();
}
