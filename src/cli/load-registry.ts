import { readFile } from "node:fs/promises";
import { defaultRegistry, parseRegistry, RegistryValidationError, type Registry, type ValidationIssue } from "aifc-screen";
import { compressedRegistryProblem } from "./compressed.js";
import { BadInputError } from "./exit-codes.js";
import { findDuplicateKey } from "./json-duplicate-keys.js";
import { firstInvalidUtf8, lineAt } from "./utf8.js";

// Strict: a byte that is not UTF-8 is an error, never U+FFFD (a name or domain silently not the
// one in the file). The byte-order mark is kept and stripped below, as it always was.
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A registry file that could not be loaded: a BadInputError (one message on stderr, exit 2) that
 * also keeps what went wrong as data, so `registry check --format json` can write it on stdout
 * without reading the message back.
 */
export class RegistryFileError extends BadInputError {
  /** The file as it was given on the command line. */
  readonly source: string;
  /**
   * For a file that is JSON but not a valid registry, every issue with the path of its field; empty
   * when the file could not be read as JSON at all (missing, not UTF-8, not JSON, a key written
   * twice), where the message is the whole story.
   */
  readonly issues: readonly ValidationIssue[];
  constructor(source: string, message: string, issues: readonly ValidationIssue[] = []) {
    super(message);
    this.source = source;
    this.issues = issues;
  }
}

/**
 * Reads and validates a registry JSON file, or returns the embedded snapshot when no path is
 * given. Every failure (missing file, bytes that are not UTF-8, not JSON, a key written twice in
 * one object, invalid registry) is a RegistryFileError whose message names the file and, for an
 * invalid registry, every field at fault.
 */
export async function loadRegistry(path: string | undefined): Promise<Registry> {
  if (path === undefined) return defaultRegistry;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new RegistryFileError(path, `cannot read registry ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const compressed = compressedRegistryProblem(bytes, path);
  if (compressed !== undefined) throw new RegistryFileError(path, compressed);
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new RegistryFileError(
      path,
      `registry ${path} is not valid UTF-8: line ${lineAt(bytes, offset)}, byte ${offset + 1} (0x${bytes[offset]?.toString(16).padStart(2, "0")}); save it as UTF-8`,
    );
  }
  // A byte-order mark, as Windows editors write one, is not part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new RegistryFileError(path, `registry ${path} is not JSON: ${(error as Error).message}`);
  }
  // JSON.parse keeps the last of two equal keys unsaid: `"validUntil": "2026-05-05", "validUntil": null`
  // would load a licence with no end date. Refused, as any other doubt about the data is.
  const duplicate = findDuplicateKey(json);
  if (duplicate !== undefined) {
    throw new RegistryFileError(
      path,
      `registry ${path} has a key written twice in one object: ${duplicate.path} at line ${duplicate.line} (first at line ${duplicate.firstLine}); JSON.parse would keep the last silently`,
    );
  }
  try {
    return parseRegistry(data);
  } catch (error) {
    if (error instanceof RegistryValidationError) throw new RegistryFileError(path, `${path}: ${error.message}`, error.issues);
    throw error;
  }
}
