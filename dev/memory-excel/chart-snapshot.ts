import { boxAddress, qualifiedAddress } from "./address";
import { sheetById } from "./sheets";
import type { ChartState, WorkbookState } from "./state";

export interface ChartSnapshot {
  readonly name: string;
  readonly type: string;
  /** e.g. "Summary!A5:G9". */
  readonly source: string;
  readonly seriesBy: string;
  readonly title: string | null;
  readonly categoryAxisTitle: string | null;
  readonly valueAxisTitle: string | null;
  readonly seriesColors: readonly (string | null)[];
  /** Top-left and bottom-right cells, e.g. { start: "A12", end: "H30" }; null when never positioned. */
  readonly position: { readonly start: string; readonly end: string } | null;
  readonly legend: { readonly position: string; readonly visible: boolean };
  /** The rest of what was set, by path: { "title.format.font.size": 12, "series[0].gapWidth": 60, ... }. */
  readonly settings: Readonly<Record<string, unknown>>;
}

/** A chart as a test sees it: its source by sheet name and address, what was set on it by path. */
export function chartSnapshot(state: WorkbookState, chart: ChartState): ChartSnapshot {
  return {
    name: chart.name,
    type: chart.type,
    source: qualifiedAddress(sheetById(state, chart.source.sheetId)?.name ?? "#REF", chart.source.box),
    seriesBy: chart.seriesBy,
    title: chart.title.visible ? chart.title.text : null,
    categoryAxisTitle: chart.categoryAxisTitle.visible ? chart.categoryAxisTitle.text : null,
    valueAxisTitle: chart.valueAxisTitle.visible ? chart.valueAxisTitle.text : null,
    seriesColors: Array.from(
      { length: Math.max(0, ...[...chart.seriesColors.keys()].map((i) => i + 1)) },
      (_, i) => chart.seriesColors.get(i) ?? null,
    ),
    position: chart.position
      ? { start: boxAddress(chart.position.start), end: boxAddress(chart.position.end) }
      : null,
    legend: { ...chart.legend },
    settings: Object.fromEntries(chart.settings),
  };
}
