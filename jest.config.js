// Unit tests live beside the code (src, *.test.ts); test/ holds the simulator and integration tests.
module.exports = {
  testEnvironment: "node",
  // Large-sheet tests (60,000 rows) check behaviour, not speed; on a busy 2-core CI machine they can
  // take longer than jest's default 5 s. Speed is measured by `npm run bench`.
  testTimeout: 120_000,
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
  },
  // jsdom lacks TextEncoder/TextDecoder, which the product's file edge uses (test/support/jsdom-globals.ts).
  setupFiles: ["<rootDir>/test/support/jsdom-globals.ts"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
};
