import type { PreviewBackend } from "./PreviewApp";
import { stubApi } from "./stub-api";

// Temporary: until the adapter and the in-memory Excel land.
export async function createPreviewBackend(_options: { fault: boolean }): Promise<PreviewBackend> {
  return {
    api: stubApi(),
    snapshot: () => ({ sheets: [], activeSheet: "", selection: null }),
  };
}
