/** Saves bytes as a file through the browser's download: a Blob behind a link the pane clicks for the person. */
export type SaveFile = (bytes: Uint8Array, fileName: string) => void;

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * The browser's way, for Excel on the web and the preview. Desktop Excel's task pane does not let an add-in
 * download a file, so there the pane gets no `SaveFile` and says how to use the command line instead.
 */
export const saveFileInBrowser: SaveFile = (bytes, fileName) => {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_TYPE }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has started from the URL; a moment later it can go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/** "jiu-report-2023-02-28-zh.docx". */
export function reportFileName(asOf: string, language: string): string {
  return `jiu-report-${asOf}-${language}.docx`;
}
