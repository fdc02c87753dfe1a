import type { RolloverPlan, RolloverRefusal } from "../core/rollover";
import type { ActionOptions } from "./register-api";

// The pane shows the plan's counts and a refusal's reason: these core types are part of its contract.
export type { RolloverPlan, RolloverRefusal } from "../core/rollover";

export interface RolloverActionOptions extends ActionOptions {
  /** The person confirmed going ahead although previous statuses differ from History's last cycle. */
  readonly confirmed?: boolean;
  /** Move closed recommendations (approved by the governing body) to an Archive sheet. */
  readonly archiveClosed?: boolean;
}

/**
 * What "Start next reporting cycle" found or did: the plan (to confirm, or as applied), or why not.
 * A preview never writes; an applied roll-over either completed or left the workbook as it was.
 */
export type RolloverResult =
  | { readonly plan: RolloverPlan; readonly refusal: null }
  | { readonly plan: null; readonly refusal: RolloverRefusal };

/** Roll-over's two steps as the pane calls them: see what will change, then do it. */
export interface RolloverApi {
  previewRollover(options: RolloverActionOptions): Promise<RolloverResult>;
  rollover(options: RolloverActionOptions): Promise<RolloverResult>;
}
