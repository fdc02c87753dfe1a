// @ts-check
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const officeGlobals = [
  { name: "Excel", message: "Only src/excel/ may touch the Excel API; call the adapter instead." },
  { name: "Office", message: "Only src/excel/ may touch the Office API; call the adapter instead." },
  { name: "OfficeExtension", message: "Only src/excel/ may touch the Office API." },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "build/",
      "dist/",
      "dist-preview/",
      "coverage/",
      "out/",
      "**/*.js",
      "**/*.mjs",
      "**/*.cjs",
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-globals": ["error", ...officeGlobals],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "Register text is rendered as text, never as HTML.",
        },
      ],
    },
  },
  {
    // The adapter is the one place that speaks Office.js; the in-memory Excel stands in for it.
    files: [
      "src/excel/**/*.ts",
      "test/excel/**/*.ts",
      "dev/memory-excel/**/*.ts",
      "dev/preview/**/*.{ts,tsx}",
    ],
    rules: { "no-restricted-globals": "off" },
  },
  {
    files: ["src/core/**/*.ts", "src/layout/**/*.ts", "src/labels/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["exceljs", "react", "react-dom", "@fluentui/*", "fs", "node:*", "path"],
              message: "The core is pure: no file format, no UI, no I/O.",
            },
            {
              group: ["../excel/*", "../xlsx/*", "../cli/*", "../taskpane/*"],
              message: "The core depends on no adapter.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The core reads no clock: take the as-of date as a parameter.",
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: "The core reads no clock: take the as-of date as a parameter.",
        },
      ],
    },
  },
);
