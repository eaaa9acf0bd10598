// ESLint flat config: office-addin-lint's stack (typescript-eslint, eslint-plugin-office-addins, prettier)
// plus the project's package boundaries. `npm run lint` runs it.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import prettierRecommended from "eslint-plugin-prettier/recommended";

const engineForbiddenImports = {
  patterns: [
    {
      group: ["react", "react-dom", "react/*", "react-dom/*"],
      message: "The engine is pure: no React.",
    },
    { group: ["@fluentui/*"], message: "The engine is pure: no Fluent UI." },
    {
      group: ["exceljs", "commander", "playwright-core"],
      message: "The engine is pure: adapters and drivers only.",
    },
    {
      group: [
        "node:*",
        "fs",
        "path",
        "os",
        "child_process",
        "url",
        "util",
        "stream",
        "zlib",
        "crypto",
      ],
      message: "The engine is pure: no Node modules.",
    },
    {
      regex: "^\\.\\.?/(?:\\.\\./)*(?:excel|xlsx|taskpane|cli|commands|demo)(?:/|$)",
      message: "The engine must not import adapters or drivers.",
    },
  ],
};

const engineForbiddenGlobals = [
  { name: "Excel", message: "The engine is pure: Office.js belongs in src/excel." },
  { name: "Office", message: "The engine is pure: Office.js belongs in src/excel." },
  { name: "OfficeExtension", message: "The engine is pure: Office.js belongs in src/excel." },
  { name: "window", message: "The engine is pure: no DOM." },
  { name: "document", message: "The engine is pure: no DOM." },
  { name: "navigator", message: "The engine is pure: no DOM." },
  { name: "process", message: "The engine is pure: no Node." },
  { name: "require", message: "The engine is pure: no Node." },
  { name: "fetch", message: "The engine makes no requests." },
];

export default tseslint.config(
  {
    // national-indicators.ts is generated data (npm run catalog), one indicator per line.
    ignores: [
      "dist/**",
      "build/**",
      "node_modules/**",
      "coverage/**",
      "test-output/**",
      "**/*.d.ts",
      "src/engine/catalog/national-indicators.ts",
    ],
  },
  ...tseslint.configs.recommended,
  prettierRecommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddins.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-eval": "error",
      "no-new-func": "error",
      "no-implied-eval": "error",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", engineForbiddenImports],
      "no-restricted-globals": ["error", ...engineForbiddenGlobals],
      "no-restricted-properties": [
        "error",
        {
          object: "Date",
          property: "now",
          message: "The engine never reads the clock: the as-at date is a setting.",
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: "The engine never reads the clock: the as-at date is a setting.",
        },
      ],
    },
  }
,
  // The two adapters are siblings: each talks to the engine only, never to the other.
  {
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\.?/(?:\\.\\./)*xlsx(?:/|$)",
              message: "src/excel and src/xlsx are siblings: share code through the engine.",
            },
            { group: ["exceljs"], message: "The Excel adapter works through Office.js only." },
          ],
        },
      ],
    },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^\\.\\.?/(?:\\.\\./)*excel(?:/|$)",
              message: "src/excel and src/xlsx are siblings: share code through the engine.",
            },
          ],
        },
      ],
    },
  }
);
