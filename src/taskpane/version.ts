/** Set by webpack's DefinePlugin from package.json; absent when the pane runs outside a webpack build. */
declare const __JIU_VERSION__: string | undefined;

/** The add-in's version as the build stamped it. */
export const APP_VERSION: string = typeof __JIU_VERSION__ === "string" ? __JIU_VERSION__ : "development";
