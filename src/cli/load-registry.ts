import { readFile } from "node:fs/promises";
import { defaultRegistry, parseRegistry, RegistryValidationError, type Registry } from "aifc-screen";
import { BadInputError } from "./exit-codes.js";

/**
 * Reads and validates a registry JSON file, or returns the embedded snapshot when no path is
 * given. Every failure (missing file, not JSON, invalid registry) is a BadInputError whose message
 * names the file and, for an invalid registry, every field at fault.
 */
export async function loadRegistry(path: string | undefined): Promise<Registry> {
  if (path === undefined) return defaultRegistry;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new BadInputError(`cannot read registry ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  let data: unknown;
  try {
    // A byte-order mark, as Windows editors write one, is not part of the JSON.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new BadInputError(`registry ${path} is not JSON: ${(error as Error).message}`);
  }
  try {
    return parseRegistry(data);
  } catch (error) {
    if (error instanceof RegistryValidationError) throw new BadInputError(`${path}: ${error.message}`);
    throw error;
  }
}
