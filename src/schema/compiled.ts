import * as z from "zod";

/**
 * `schema` with zod's generated parser (`z.compile`) in front of its runtime parser: the same
 * output for every valid input and the same issues for every invalid one (zod hands any input its
 * generated parser does not accept to the runtime parser, which words the issues), in about half the
 * CPU instructions per transaction. Generating the parser takes a few milliseconds (about 20 ms
 * for the transaction schema on a cold start), so it is done once per screener, and for a registry
 * only when it is large, never per screened payment. Where code generation is switched off (`z.config({ jitless: true })`,
 * zod's setting for a Content Security Policy) this returns `schema` itself; where `new Function`
 * is refused (a browser under a Content Security Policy, some edge runtimes) `z.compile` returns
 * it itself.
 */
export function compiled<S extends z.ZodType>(schema: S): S {
  return z.config().jitless === true ? schema : z.compile(schema);
}
