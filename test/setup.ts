import fc from "fast-check";

// CI pins FC_SEED so a red run reproduces; locally every run explores new inputs.
const seed = process.env["FC_SEED"];
fc.configureGlobal({
  // A `maxLength` written in a property is a length it reaches. By default fast-check's size
  // ("small") generates an array or string given only a `maxLength` at most 2 × `minLength` + 10
  // long, so `{ maxLength: 40 }` never passed 10: `sortInPlace` beyond its 16-item insertion sort
  // and about 40 other bounds in the suite were never reached (found in round 30).
  defaultSizeToMaxWhenMaxSpecified: true,
  numRuns: Number(process.env["FC_NUM_RUNS"] ?? 200),
  ...(seed === undefined || seed === "" ? {} : { seed: Number(seed) }),
});
