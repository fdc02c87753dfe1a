import { createRoot } from "react-dom/client";
import { SAMPLE_AS_OF } from "../../samples/wipo-2023-data";
import { SYNTHETIC_AS_OF } from "../synthetic/synthetic-register";
import { createPreviewBackend } from "./preview-backend";
import { PreviewApp, type PreviewBackend } from "./PreviewApp";
import { previewOptions } from "./preview-options";

/** Marks the moment the pane's buttons work; the end-to-end test reads it to report time to interactive. */
function markInteractive(): void {
  if (document.body.dataset.paneReady === "true") return;
  performance.mark("jiu:pane-interactive");
  document.body.dataset.paneReady = "true";
}

async function main(): Promise<void> {
  performance.mark("jiu:script-start");
  const options = previewOptions(window.location.search);
  document.documentElement.lang = options.language;
  const backend = await createPreviewBackend(options);
  performance.mark("jiu:workbook-loaded");
  (window as unknown as { jiuTypeInto?: PreviewBackend["typeInto"] }).jiuTypeInto = backend.typeInto;
  const root = document.getElementById("root");
  if (!root) return;
  createRoot(root).render(
    <PreviewApp
      backend={backend}
      language={options.language}
      theme={options.theme}
      asOf={options.rows === null ? SAMPLE_AS_OF : SYNTHETIC_AS_OF}
      onInteractive={markInteractive}
    />,
  );
}

void main();
