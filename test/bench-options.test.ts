// The bench scripts' options (bench/options.ts) as npm passes them: `npm run bench:ndjson --
// --count=10000` appends its arguments after the script's own `--count=1000000`.
import { afterEach, describe, expect, test } from "vitest";
import { acceptOnly, countOption, flag, numberOption, option } from "../bench/options.js";

const argv = process.argv;
afterEach(() => {
  process.argv = argv;
});
const withArgs = (...args: string[]) => {
  process.argv = [process.execPath, "bench/.out/ndjson.mjs", ...args];
};

describe("bench options", () => {
  test("the last --name=value wins, so `npm run bench:ndjson -- --count=10000` is a run of 10,000", () => {
    withArgs("--count=1000000", "--count=10000");
    expect(option("count")).toBe("10000");
    expect(numberOption("count", 5)).toBe(10_000);
    expect(countOption("count", 5)).toBe(10_000);
  });

  test("an option not given is its fallback; one given once is its value", () => {
    withArgs("--size=2000", "--no-samples");
    expect(option("count")).toBeUndefined();
    expect(numberOption("count", 1_000_000)).toBe(1_000_000);
    expect(numberOption("size", 10_000)).toBe(2_000);
    expect(flag("no-samples")).toBe(true);
    expect(flag("size")).toBe(false);
  });

  test("a name that only starts another option's is not that option", () => {
    withArgs("--counts=3", "--count-x=4");
    expect(option("count")).toBeUndefined();
  });

  test("a count that is not a positive integer is refused, naming the option and the value given last", () => {
    withArgs("--runs=5", "--runs=0");
    expect(() => countOption("runs", 1)).toThrow("--runs must be a positive integer; got 0");
  });

  test("a script's own options pass; a misspelt one, one written `--count 2000`, or a word is refused, each named", () => {
    withArgs("--count=1000000", "--count=2000", "--no-samples", "--via=readline");
    expect(() => acceptOnly(["count", "via", "size", "runs"], ["no-samples"])).not.toThrow();
    withArgs("--count", "2000", "--sample");
    expect(() => acceptOnly(["count", "via", "size", "runs"], ["no-samples"])).toThrow(
      'unknown arguments "--count", "2000", "--sample": this script takes --count=…, --via=…, --size=…, --runs=…, --no-samples (a value written after =)',
    );
    withArgs("--rounds=1");
    expect(() => acceptOnly([])).toThrow('unknown argument "--rounds=1": this script takes no arguments');
    withArgs();
    expect(() => acceptOnly([])).not.toThrow();
  });

  test("a flag given a value, or a value option given none, is not that option", () => {
    withArgs("--quick=yes");
    expect(() => acceptOnly(["size"], ["quick"])).toThrow('unknown argument "--quick=yes"');
    withArgs("--size");
    expect(() => acceptOnly(["size"], ["quick"])).toThrow('unknown argument "--size"');
  });
});

