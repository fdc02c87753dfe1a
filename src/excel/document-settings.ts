/* global Office */

/**
 * Settings kept in the document (Office.context.document.settings): they travel with the workbook, so
 * that "Check as I type" is on again when the same workbook is opened again. The in-memory version keeps
 * them in a map (tests, the preview).
 */
export interface DocumentSettings {
  get(name: string): unknown;
  /** Sets and saves. */
  save(name: string, value: unknown): Promise<void>;
}

/** The document's settings in Office; an in-memory map where Office has none (outside Office). */
export function officeDocumentSettings(): DocumentSettings {
  if (typeof Office === "undefined" || !Office.context?.document?.settings) return memorySettings();
  const settings = Office.context.document.settings;
  return {
    get: (name) => settings.get(name) as unknown,
    save: (name, value) =>
      new Promise<void>((resolve, reject) => {
        settings.set(name, value);
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error),
        );
      }),
  };
}

/** Settings in a map: for the tests and the preview, and as the stand-in outside Office. */
export function memorySettings(initial: Readonly<Record<string, unknown>> = {}): DocumentSettings {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    get: (name) => values.get(name),
    save: (name, value) => {
      values.set(name, value);
      return Promise.resolve();
    },
  };
}
