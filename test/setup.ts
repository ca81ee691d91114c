import fc from "fast-check";

// CI pins FC_SEED so a red run reproduces; locally every run explores new inputs.
const seed = process.env["FC_SEED"];
fc.configureGlobal({
  numRuns: Number(process.env["FC_NUM_RUNS"] ?? 200),
  ...(seed === undefined || seed === "" ? {} : { seed: Number(seed) }),
});
