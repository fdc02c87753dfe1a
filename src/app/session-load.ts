import type { WorkbookGrid } from "../core/grid";
import type { Register } from "../core/model";
import { MAX_REGISTER_ROWS, parseWorkbook, type ParseOutcome } from "../core/parse";
import type { UnusableInput } from "../core/parse/outcome";
import type { Language } from "../labels/language";
import { unusableInputMessage } from "../labels/unusable-message";
import type { CutSheet, GridReader, PendingCells } from "./ports";
import { RegisterApiError } from "./register-api";

/** The register as read: the grid it came from, and its cells a first read could not bring (if any). */
export interface LoadedRegister {
  readonly grid: WorkbookGrid;
  readonly register: Register;
  readonly pending: PendingCells | null;
}

export type LoadOutcome<M> =
  | { readonly ok: true; readonly loaded: LoadedRegister; readonly memory: M }
  | { readonly ok: false; readonly problem: UnusableInput };

export interface LoadRequest<M> {
  readonly memory: M | null;
  readonly forMarks: boolean;
  /** The sheet the register is on, when the user named it (the CLI's --sheet). */
  readonly sheet?: string;
  readonly onRoundTrip?: () => void;
}

/**
 * The pipeline's first steps: read the grid (through the port), parse it, let the reader complete what it
 * read in advance for that register (parsing again only if that changed the grid).
 */
export async function loadRegister<M>(
  reader: GridReader<M>,
  request: LoadRequest<M>,
): Promise<LoadOutcome<M>> {
  const read = await reader.read({
    memory: request.memory,
    forMarks: request.forMarks,
    ...(request.onRoundTrip ? { onRoundTrip: request.onRoundTrip } : {}),
  });
  const parse = (grid: WorkbookGrid) => refuseCut(parseGrid(grid, request.sheet), read.cut);
  const outcome = parse(read.grid);
  if (!outcome.ok) return { ok: false, problem: outcome.problem };
  const settled = read.settle(outcome.register);
  if (!settled.grid) {
    const loaded = { grid: read.grid, register: outcome.register, pending: settled.pending };
    return { ok: true, loaded, memory: settled.memory };
  }
  const again = parse(settled.grid);
  if (!again.ok) return { ok: false, problem: again.problem };
  const loaded = { grid: settled.grid, register: again.register, pending: settled.pending };
  return { ok: true, loaded, memory: settled.memory };
}

/** The register with its pending cells read (one more round trip in Excel); as it was when there are none. */
export async function completed(
  loaded: LoadedRegister,
  sheet: string | undefined,
  uiLanguage: Language,
): Promise<LoadedRegister> {
  if (!loaded.pending) return loaded;
  const grid = await loaded.pending.read();
  return { grid, register: reparse(grid, sheet, uiLanguage), pending: null };
}

/** The register parsed again from a grid completed with its pending cells. */
export function reparse(grid: WorkbookGrid, sheet: string | undefined, uiLanguage: Language): Register {
  const outcome = parseGrid(grid, sheet);
  if (!outcome.ok) throw unusableRegister(outcome.problem, uiLanguage);
  return outcome.register;
}

/**
 * The parser's one-line reason in the UI's language, alone, since it already says what is wrong ("No
 * register found: ...") and what to do; with the problem itself, for a pane that renders it.
 */
export function unusableRegister(problem: UnusableInput, uiLanguage: Language): RegisterApiError {
  return new RegisterApiError(problem.code, unusableInputMessage(problem, uiLanguage), problem);
}

function parseGrid(grid: WorkbookGrid, sheet: string | undefined): ParseOutcome {
  return parseWorkbook(grid, sheet === undefined ? {} : { sheet });
}

/**
 * A register on a sheet the reader could not read whole (cells go on far below the last row a register
 * can reach): refuse it, saying where the sheet's used range ends and what to do.
 */
function refuseCut(outcome: ParseOutcome, cut: readonly CutSheet[]): ParseOutcome {
  if (!outcome.ok) return outcome;
  const sheet = outcome.register.sheet;
  const found = cut.find((entry) => entry.sheet.toUpperCase() === sheet.toUpperCase());
  if (!found) return outcome;
  return {
    ok: false,
    problem: {
      code: "too-many-rows",
      reason: "used-range",
      sheet,
      headerRow: outcome.register.headerRow,
      limit: MAX_REGISTER_ROWS,
      lastRow: found.lastRowRead,
      lastCell: found.lastCell,
    },
  };
}
