// The Office side of the ribbon's function commands (ExecuteFunction): registering the function the
// manifest names, and showing a result page in an Office dialog. src/commands holds what they do.

/**
 * Registers `handler` under the manifest's `FunctionName`. Office waits for `event.completed()`; it is
 * called once the handler settles, whatever happens, so the ribbon button never stays busy.
 */
export function registerRibbonCommand(name: string, handler: () => Promise<void>): void {
  const command = (event: Office.AddinCommands.Event): void => {
    handler().then(
      () => event.completed(),
      () => event.completed(),
    );
  };
  // Clients that predate Office.actions look the function up by its global name.
  (globalThis as Record<string, unknown>)[name] = command;
  void Office.onReady(() => {
    if (typeof Office.actions?.associate === "function") Office.actions.associate(name, command);
  });
}

/**
 * Opens one of the add-in's pages (a path relative to the function file, with its query) in an Office
 * dialog and resolves when the user closes it. Resolves at once if no dialog can open (for example over
 * plain HTTP, which Office dialogs refuse): the marks in the register still show the result.
 */
export function showResultDialog(
  page: string,
  size: { widthPercent: number; heightPercent: number },
): Promise<void> {
  return new Promise((resolve) => {
    const url = new URL(page, window.location.href).href;
    const options = { width: size.widthPercent, height: size.heightPercent, displayInIframe: true };
    Office.context.ui.displayDialogAsync(url, options, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
    });
  });
}
