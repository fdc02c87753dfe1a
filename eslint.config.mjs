// @ts-check
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import importPlugin from "eslint-plugin-import";

const officeGlobals = [
  { name: "Excel", message: "Only src/excel/ may touch the Excel API; call the adapter instead." },
  { name: "Office", message: "Only src/excel/ may touch the Office API; call the adapter instead." },
  { name: "OfficeExtension", message: "Only src/excel/ may touch the Office API." },
];

/** Only what ships lives in src/: nothing there imports the harness (dev/) or the tests. */
const harness = ["./dev", "./test", "./scripts", "./bench"];
const layerZones = [
  ...harness.map((from) => ({
    target: "./src",
    from,
    message: "src/ ships: it imports no harness or test.",
  })),
  {
    target: "./src/core",
    from: "./src",
    except: ["./core"],
    message: "The core is pure: it imports only the core (text is rendered at the edge, from labels).",
  },
  {
    target: "./src/layout",
    from: "./src",
    except: ["./layout", "./core", "./labels"],
    message: "The layout imports only the core and the labels.",
  },
  {
    target: "./src/labels",
    from: "./src",
    except: ["./labels", "./core"],
    message: "The labels import only the core.",
  },
  {
    // The entry (index.tsx) wires the Office.js adapter to the pane; the components see the app only.
    target: ["./src/taskpane/*/**", "./src/taskpane/!(index).{ts,tsx}"],
    from: "./src/!(app|labels|taskpane)/**",
    message: "The task pane imports only src/app (and the labels): ask the session, not the adapter.",
  },
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
    // The layers, at any depth (ARCHITECTURE.md): what each folder of src/ may import.
    files: ["src/**/*.{ts,tsx}"],
    plugins: { import: importPlugin },
    settings: { "import/resolver": { node: { extensions: [".ts", ".tsx", ".js"] } } },
    rules: { "import/no-restricted-paths": ["error", { zones: layerZones }] },
  },
  {
    // Small files, one concept each, none exempted; tests may be long tables.
    files: ["src/**/*.{ts,tsx}", "dev/**/*.{ts,tsx}", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: {
      "max-lines": ["error", { max: 300 }],
      "max-lines-per-function": ["error", { max: 60 }],
    },
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
