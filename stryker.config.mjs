// Mutation testing (`npm run test:mutation`): src/rules, src/normalize, the verdict combiner, and
// since round 34 the schemas and options, the Kazakhstan days, money and the reason texts, and
// since round 49 the command line.
// Slow on two cores, hence per-test coverage (each mutant runs only the tests that reach it),
// incremental mode (only mutants in changed code run again) and FC_NUM_RUNS lowered in the script.
// FC_SEED must be fixed: @fast-check/vitest puts the seed in each property's name, and Stryker
// finds the tests covering a mutant by name; with a new seed per run no property would ever run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.stryker.config.ts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [
    "src/rules/**/*.ts",
    "src/normalize/**/*.ts",
    // Generated data, not logic: every mutant there is a changed table entry.
    "!src/normalize/confusables-table.ts",
    "src/verdict.ts",
    // The reasons' insertion sort, moved out of verdict.ts.
    "src/sort-in-place.ts",
    "src/screen.ts",
    // The screener's validation, moved out of screen.ts.
    "src/schema/validate.ts",
    // Verdicts, reasons and safe results, made by constructors rather than literals.
    "src/verdict-objects.ts",
    // The constructor of plain objects they (and normalised names) are made by.
    "src/plain-constructor.ts",
    // Since round 34: the schemas and options that failing closed rests on,
    "src/schema/common.ts",
    "src/schema/transaction.ts",
    "src/schema/payment.ts",
    "src/schema/registry.ts",
    "src/options.ts",
    "src/payment-rules/settings.ts",
    // and the Kazakhstan days, money, and the texts of errors and reasons.
    "src/dates.ts",
    "src/money.ts",
    "src/locales/format-reason.ts",
    "src/errors.ts",
    "src/messages.ts",
    // Since round 49, the command line, whose tests also run in this process
    // (test/cli-in-process.test.ts); but for the process's own lines (argv, stdout's errors, the
    // exit code), which only the binary's tests in a child process reach.
    "src/cli/**/*.ts",
    "!src/cli/main.ts",
  ],
  coverageAnalysis: "perTest",
  // Module-level mutants (tables such as NETWORK_ALIASES) need the whole suite per mutant: 44% of
  // the mutants, 79% of the time. They are left out; the tables have example tests of their own.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/stryker-incremental.json",
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 90, low: 85, break: 85 },
  // Stryker's sandbox would put `// @ts-nocheck` at the top of every TypeScript file; vitest does
  // not check types, and the test that holds each generated file (`*.generated.ts`) to what
  // `npm run data:generate` writes compares their text, so that line failed the dry run.
  disableTypeChecks: false,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
