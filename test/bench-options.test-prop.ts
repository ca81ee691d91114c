import { fc, test } from "@fast-check/vitest";
import { afterEach, describe, expect } from "vitest";
import { acceptOnly, option } from "../bench/options.js";

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

  test.prop([fc.array(fc.oneof(
    fc.tuple(fc.constantFrom("count", "size"), fc.nat()).map(([name, value]) => `--${name}=${value}`),
    fc.constant("--no-samples"),
    fc.string({ maxLength: 12 }),
  ), { maxLength: 6 })])(
    "acceptOnly refuses exactly the arguments that are none of the script's --name=value and --flag, naming each",
    (args) => {
      process.argv = [process.execPath, "bench/.out/ndjson.mjs", ...args];
      const unknown = args.filter((arg) => arg !== "--no-samples" && !/^--(count|size)=/.test(arg));
      if (unknown.length === 0) expect(() => acceptOnly(["count", "size"], ["no-samples"])).not.toThrow();
      else expect(() => acceptOnly(["count", "size"], ["no-samples"])).toThrow(unknown.map((arg) => JSON.stringify(arg)).join(", "));
    },
  );
});

