/** @type {import('jest').Config} */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      module: "commonjs",
      moduleResolution: "node10",
      jsx: "react-jsx",
      esModuleInterop: true,
      isolatedModules: true,
    },
  },
];

// office-addin-mock imports office-addin-manifest only for its OfficeApp enum; the real module drags in
// ESM-only packages Jest cannot load, so it is mapped to a small stub.
const moduleNameMapper = {
  "^office-addin-manifest$": "<rootDir>/test/helpers/office-addin-manifest-stub.js",
  "\\.(css|png|svg)$": "<rootDir>/test/helpers/file-stub.js",
};

module.exports = {
  reporters: ["default", "<rootDir>/test/helpers/summary-reporter.js"],
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper,
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/taskpane/", "<rootDir>/test/e2e/"],
    },
    {
      displayName: "ui",
      testEnvironment: "jsdom",
      transform: { "^.+\\.tsx?$": tsJest },
      moduleNameMapper,
      setupFilesAfterEnv: ["<rootDir>/test/helpers/setup-ui.ts"],
      testMatch: ["<rootDir>/test/taskpane/**/*.test.ts?(x)"],
    },
  ],
};
