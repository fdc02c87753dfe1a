import type { GenerationOutcome } from "../app/register-api";
import type { SheetLayout } from "../layout/model";
import type { XlNamedItem, XlRequestContext, XlWorksheet } from "./excel-api";
import { layoutSteps } from "./layout-steps";
import { freeMarkerNames, markerComment, referenceTo } from "./markers";
import type { SheetOutline, WorkbookOutline } from "./outline";
import { planSheetNames, temporaryNames, type SheetNamePlan } from "./sheet-names";
import { runSteps, step, type WriteStep } from "./steps";

/** A new sheet and its marker, once their request has been queued. */
interface AddedSheet {
  sheet: XlWorksheet | null;
  marker: XlNamedItem | null;
}

/**
 * Writes generated sheets so that a failure never leaves half a sheet behind: each layout is written to
 * a new hidden sheet with a temporary name, marked "incomplete"; only the last request of the last batch
 * puts it in place. That request is ordered so that whatever part of it Excel applies before a failure,
 * every sheet left is either whole and right or hidden and marked incomplete, and the next generation
 * ends with each sheet once, under its name and in its place:
 *  1. each new sheet moves just before the sheet it replaces (or the next layout's), keeping their order;
 *  2. the sheets they replace are deleted (their markers then point nowhere);
 *  3. sheet by sheet: its name, then shown, then marked generated;
 *  4. the old sheets' markers are deleted.
 * A sheet marked incomplete frees its name for the next generation, which removes it first. If a
 * request fails, the temporary sheets still so named are deleted; if even that fails, they stay hidden
 * and marked incomplete. The register is never written to.
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
  const added: AddedSheet[] = layouts.map(() => ({
    sheet: null,
    marker: null,
  }));

  const steps: WriteStep[] = [step(0, () => removeStaleSheets(outline))];
  layouts.forEach((layout, i) => {
    const temp = temps[i] as string;
    const slot = added[i] as AddedSheet;
    steps.push(
      step(0, () => {
        slot.sheet = worksheets.add(temp);
        slot.sheet.visibility = "Hidden";
        slot.marker = names.add(
          markerNames[i] as string,
          referenceTo(temp),
          markerComment({ kind: "incomplete", layout: layout.kind }),
        );
        slot.marker.visible = false;
      }),
    );
    steps.push(...layoutSteps(() => slot.sheet as XlWorksheet, layout));
  });
  steps.push(step(0, () => putInPlace(outline, plan, layouts, added)));

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

/** The last request: steps 1 to 4 above, in that order. */
function putInPlace(
  outline: WorkbookOutline,
  plan: readonly SheetNamePlan[],
  layouts: readonly SheetLayout[],
  added: readonly AddedSheet[],
): void {
  const placed = placements(outline, plan);
  for (const { index, position } of placed) {
    const sheet = added[index]?.sheet;
    if (sheet) sheet.position = position;
  }
  const replaced = plan.flatMap((entry) => (entry.replaces ? [entry.replaces] : []));
  for (const old of replaced) old.proxy.delete();
  layouts.forEach((layout, i) => {
    const { sheet, marker } = added[i] as AddedSheet;
    if (!sheet || !marker) return;
    sheet.name = (plan[i] as SheetNamePlan).used;
    sheet.visibility = "Visible";
    marker.comment = markerComment({ kind: "generated", layout: layout.kind });
  });
  // Markers of the replaced sheets now read #REF!; the legacy ones went with their sheets.
  for (const old of replaced)
    outline.markers
      .filter((m) => !m.legacy && m.sheet !== null && m.sheet.toUpperCase() === old.name.toUpperCase())
      .forEach((m) => m.item.delete());
  added[0]?.sheet?.activate();
}

/**
 * Where each new sheet goes before the old ones are deleted: just before the sheet it replaces, or, for a
 * sheet that replaces none, before the one the next layout replaces (so that the layouts keep their order
 * among the sheets that stay); a sheet with neither stays at the end, where it was added, in layout order.
 * Positions count the sheets as they are when the last request starts: the outline's, less the unfinished
 * ones removed first, with the new sheets after them all.
 */
function placements(
  outline: WorkbookOutline,
  plan: readonly SheetNamePlan[],
): { index: number; position: number }[] {
  const kept = outline.sheets.filter((sheet) => outline.roleOf(sheet.name)?.kind !== "incomplete");
  const positionOf = (sheet: SheetOutline) => kept.findIndex((candidate) => candidate.name === sheet.name);
  const anchored = plan.flatMap((_, i) => {
    const anchor = plan.slice(i).find((entry) => entry.replaces !== null)?.replaces;
    const at = anchor ? positionOf(anchor) : -1;
    return at >= 0 ? [{ index: i, at }] : [];
  });
  // In the order of their anchors (then of the layouts): each insertion shifts the later anchors by one.
  anchored.sort((a, b) => a.at - b.at || a.index - b.index);
  return anchored.map(({ index, at }, k) => ({ index, position: at + k }));
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
