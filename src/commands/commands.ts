// The ribbon's function file (commands.html): "Validate register" without opening the task pane.
import { createExcelRegisterApi, officeResponseLimitBytes, officeRunner } from "../excel";
import { readHostInfo } from "../excel/host-info";
import { registerRibbonCommand, showResultDialog } from "../excel/ribbon-command";
import { todayIso } from "../taskpane/today";
import { validateFromRibbon } from "./validate-from-ribbon";

/** The manifest's FunctionName for the ribbon button. */
export const VALIDATE_COMMAND = "validateRegister";

registerRibbonCommand(VALIDATE_COMMAND, async () => {
  const { language } = await readHostInfo();
  const api = createExcelRegisterApi(officeRunner, {
    responseLimitBytes: officeResponseLimitBytes(),
    language,
  });
  await validateFromRibbon(api, todayIso(), language, (query) =>
    showResultDialog(`command-result.html?${query}`, { widthPercent: 30, heightPercent: 30 }),
  );
});
