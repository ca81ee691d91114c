import type { Registry } from "./registry/parse.js";

/** Options shared by every screening call. */
export interface ScreenOptions {
  /** The snapshot to screen against, from `parseRegistry`. Defaults to {@link defaultRegistry}. */
  readonly registry?: Registry;
}
