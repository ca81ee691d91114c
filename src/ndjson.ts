// The `aifc-screen/ndjson` entry: screening NDJSON files and streams straight from their bytes.
// Batch work, not the payment path: a separate entry so the core bundle does not carry it.
export { screenNdjson } from "./ndjson/screen-ndjson.js";
export type { NdjsonScreenResult } from "./ndjson/screen-ndjson.js";
export { MAX_NDJSON_LINE_LENGTH, NdjsonLineSplitter } from "./ndjson/line-splitter.js";
export type { NdjsonLine } from "./ndjson/line-splitter.js";
