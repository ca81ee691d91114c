import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect } from "vitest";
import { option } from "../bench/options.js";

const argv = process.argv;
afterEach(() => {
  process.argv = argv;
});

describe("bench options, for any command line", () => {
  test.prop([fc.array(fc.tuple(fc.constantFrom("count", "size", "runs", "counts"), fc.nat({ max: 2_000_000 })), { maxLength: 6 })])(
    "--count=… is the value of the last --count= given, as npm appends arguments after a script's own",
    (pairs) => {
      process.argv = [process.execPath, "bench/.out/ndjson.mjs", ...pairs.map(([name, value]) => `--${name}=${value}`)];
      const counts = pairs.filter(([name]) => name === "count");
      expect(option("count")).toBe(counts.length === 0 ? undefined : String(counts.at(-1)![1]));
    },
  );
});
