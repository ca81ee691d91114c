// Worker entry: loads the TypeScript worker through tsx, so the workers run the library's source
// exactly as the main thread's tests do (no build step).
import { tsImport } from "tsx/esm/api";

await tsImport("./screen-worker.ts", import.meta.url);
