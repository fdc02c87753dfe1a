/**
 * Round trips of the real Office.js adapter, run against the in-memory Excel: how many `sync()` calls
 * validating (with marks), generating the summary sheet and generating the annex take, each as the first
 * action of a new adapter, and the largest request and response. Measured twice:
 * - desktop: responses uncapped, so the register is read at once (the configuration issue 5's sync
 *   targets can hold in at every size); the request limit is off so an oversized request is measured
 *   and reported rather than thrown;
 * - web: Excel on the web's 5,000,000-byte response cap, which the adapter reads the register under in
 *   chunks, so a register of more than 5 MB takes more round trips there, whatever the code does.
 */
import type { WorkbookGrid } from "../src/core/grid";
import { parseWorkbook } from "../src/core/parse";
import { summarize } from "../src/core/summarize";
import { createExcelRegisterApi } from "../src/excel";
import { layoutAnnexes } from "../src/layout";
import type { SheetLayout } from "../src/layout/model";
import { createMemoryExcel, type MemoryExcel } from "../dev/memory-excel";
import { SYNTHETIC_AS_OF } from "../dev/synthetic/synthetic-register";
import { annexSyncsFor } from "./targets";

export interface SyncCounts {
  readonly validate: number;
  readonly summary: number;
  readonly annex: number;
}

export interface SyncResult {
  /** Desktop: responses uncapped. */
  readonly syncs: SyncCounts;
  /** Excel on the web: responses capped at 5,000,000 bytes. */
  readonly webSyncs: SyncCounts;
  /** All that validating under Excel on the web's cap brought back: issue 11 allows a sync per 4.5 MB of it, + 2. */
  readonly webValidateResponseBytes: number;
  readonly maxRequestBytes: number;
  /** Largest response (what a load brings back): Excel on the web caps it at 5 MB too. */
  readonly maxResponseBytes: number;
  /** UTF-8 JSON bytes of the annex sheets' cell values. */
  readonly annexContentBytes: number;
  readonly notes: readonly string[];
}

interface Measured {
  readonly syncs: number;
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
  readonly totalRequestBytes: number;
  readonly totalResponseBytes: number;
}

async function measure(excel: MemoryExcel, action: () => Promise<unknown>): Promise<Measured> {
  excel.resetStats();
  await action();
  const stats = excel.stats;
  return {
    syncs: stats.syncs,
    maxRequestBytes: stats.maxRequestBytes,
    maxResponseBytes: stats.maxResponseBytes,
    totalRequestBytes: stats.records.reduce((sum, record) => sum + record.requestBytes, 0),
    totalResponseBytes: stats.records.reduce((sum, record) => sum + record.responseBytes, 0),
  };
}

/**
 * @example const { syncs } = await benchSyncs(syntheticWorkbookGrid(50_000, 1)); syncs.validate // <= 3
 */
export async function benchSyncs(grid: WorkbookGrid): Promise<SyncResult> {
  const notes: string[] = [];
  const desktop = await measureAll(grid, null, notes);
  const web = await measureAll(grid, WEB_RESPONSE_LIMIT, notes);
  const content = annexContentBytes(grid);
  const rows = (grid.sheets[0]?.cells.length ?? 1) - 1;
  if (desktop.syncs.annex > annexSyncsFor(content)) {
    notes.push(
      `n=${rows}: the annex took ${desktop.syncs.annex} syncs to send ${mb(desktop.annexRequestBytes)}; ` +
        `its cell values are ${mb(content)} (3 + 1 per 4 MB allows ${annexSyncsFor(content)}); ` +
        `counting everything it sends, 3 + 1 per 4 MB would allow ${annexSyncsFor(desktop.annexRequestBytes)}`,
    );
  }
  return {
    syncs: desktop.syncs,
    webSyncs: web.syncs,
    webValidateResponseBytes: web.validateResponseBytes,
    maxRequestBytes: Math.max(desktop.maxRequestBytes, web.maxRequestBytes),
    maxResponseBytes: web.maxResponseBytes,
    annexContentBytes: content,
    notes,
  };
}

const WEB_RESPONSE_LIMIT = 5_000_000;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;

async function measureAll(
  grid: WorkbookGrid,
  responseLimit: number | null,
  notes: string[],
): Promise<{
  syncs: SyncCounts;
  maxRequestBytes: number;
  maxResponseBytes: number;
  annexRequestBytes: number;
  validateResponseBytes: number;
}> {
  const rows = (grid.sheets[0]?.cells.length ?? 1) - 1;
  const where = responseLimit === null ? "desktop" : "web";
  const excel = createMemoryExcel(grid, { limits: { requestBytes: null, responseBytes: responseLimit } });
  // A new adapter for each action: it remembers the workbook's shape between actions, and the first
  // action of a session, which cannot, is the one the targets must hold for.
  const freshApi = () =>
    createExcelRegisterApi(excel.run, { responseLimitBytes: responseLimit, yieldToUi: async () => {} });
  const options = { asOf: SYNTHETIC_AS_OF, language: "en", force: true } as const;

  let findings = 0;
  const validate = await measure(excel, async () => {
    findings = (await freshApi().validate(options)).findings.length;
  });
  if (findings === 0) notes.push(`n=${rows} (${where}): validate found nothing, so no marks were written`);
  const summary = await measure(excel, async () => {
    const outcome = await freshApi().generateSummary(options);
    if (outcome.refusedFindings) notes.push(`n=${rows} (${where}): the summary was refused despite force`);
  });
  const annex = await measure(excel, async () => {
    const outcome = await freshApi().generateAnnex(options);
    if (outcome.refusedFindings) notes.push(`n=${rows} (${where}): the annex was refused despite force`);
  });
  return {
    syncs: { validate: validate.syncs, summary: summary.syncs, annex: annex.syncs },
    maxRequestBytes: Math.max(validate.maxRequestBytes, summary.maxRequestBytes, annex.maxRequestBytes),
    maxResponseBytes: Math.max(validate.maxResponseBytes, summary.maxResponseBytes, annex.maxResponseBytes),
    annexRequestBytes: annex.totalRequestBytes,
    validateResponseBytes: validate.totalResponseBytes,
  };
}

/** How much the annex sheets hold: the target allows one more sync per 4 MB of it. */
export function annexContentBytes(grid: WorkbookGrid): number {
  const parsed = parseWorkbook(grid);
  if (!parsed.ok) return 0;
  const sheets: SheetLayout[] = layoutAnnexes(
    parsed.register,
    summarize(parsed.register, SYNTHETIC_AS_OF),
    "en",
  );
  return sheets.reduce((sum, sheet) => sum + Buffer.byteLength(JSON.stringify(sheet.values), "utf8"), 0);
}
