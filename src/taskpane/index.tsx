import { createRoot } from "react-dom/client";
import { createExcelRegisterApi, officeResponseLimitBytes, officeRunner } from "../excel";
import { readHostInfo } from "../excel/host-info";
import { writingDirection } from "../labels/language-names";
import { saveFileInBrowser } from "./report/save-file";
import { TaskPane } from "./TaskPane";
import { todayIso } from "./today";
import { APP_VERSION } from "./version";

/** The task pane inside Excel: waits for Office, reads its theme and language, then renders. */
async function main(): Promise<void> {
  const host = await readHostInfo();
  document.documentElement.lang = host.language;
  document.documentElement.dir = writingDirection(host.language);
  const api = createExcelRegisterApi(officeRunner, {
    responseLimitBytes: officeResponseLimitBytes(),
    language: host.language,
  });
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <TaskPane
      api={api}
      language={host.language}
      theme={host.theme}
      initialAsOf={todayIso()}
      version={APP_VERSION}
      saveFile={host.canSaveFiles ? saveFileInBrowser : null}
    />,
  );
}

void main();
