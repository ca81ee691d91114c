import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Every `.ts` file under `dir`, at any depth, as full paths (a directory's entries in `readdir`'s order). */
export function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? tsFilesUnder(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}
