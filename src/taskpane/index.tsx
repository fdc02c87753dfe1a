import { createRoot } from "react-dom/client";
import { lazyRegisterApi } from "../app/lazy-register-api";
import { officeResponseLimitBytes, officeRunner } from "../excel/office-runner";
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
  // The adapter is most of the pane's code: it loads as its own chunk while the pane paints.
  const api = lazyRegisterApi(async () => {
    const { createExcelRegisterApi } = await import(
      /* webpackChunkName: "excel-adapter" */ "../excel/register-api"
    );
    return createExcelRegisterApi(officeRunner, {
      responseLimitBytes: officeResponseLimitBytes(),
      language: host.language,
    });
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
