/** A key written twice in one JSON object: where, as a path from the root, and on which lines. */
export interface DuplicateKey {
  /** The key's path, e.g. `licensedProviders[3].validUntil` (a key that is not a plain name as `["a b"]`). */
  readonly path: string;
  /** The 1-based line of the second occurrence. */
  readonly line: number;
  /** The 1-based line of the first occurrence. */
  readonly firstLine: number;
}

/** One open object (its keys so far, with their lines, and the last key) or array (its index). */
type Frame =
  | { readonly kind: "object"; readonly keys: Map<string, number>; key: string | undefined }
  | { readonly kind: "array"; index: number };

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

function isPlainName(key: string): boolean {
  if (key === "") return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    const letter = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x24;
    if (!letter && !(i > 0 && c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

function pathOf(frames: readonly Frame[]): string {
  let path = "";
  for (const frame of frames) {
    if (frame.kind === "array") path += `[${frame.index}]`;
    else if (frame.key !== undefined) path += isPlainName(frame.key) ? `${path === "" ? "" : "."}${frame.key}` : `[${JSON.stringify(frame.key)}]`;
  }
  return path;
}

/**
 * The first key that appears twice in one object of a JSON text, or `undefined` when every object's
 * keys are distinct. `JSON.parse` keeps the last of two equal keys without a word, so
 * `{"validUntil": "2026-05-05", "validUntil": null}` would read as a licence with no end date.
 * Keys compare as JSON.parse reads them (`"a"` and `"\u0061"` are the same key).
 *
 * One pass over the text, linear in its length: meant for text that `JSON.parse` has already
 * accepted (on anything else the answer means nothing). Used for registry files, not for the
 * per-transaction NDJSON path.
 */
export function findDuplicateKey(text: string): DuplicateKey | undefined {
  const frames: Frame[] = [];
  let line = 1;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i;
      let escaped = false;
      i++;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d === QUOTE) break;
        if (d === BACKSLASH) {
          escaped = true;
          i++;
        }
        i++;
      }
      i++; // past the closing quote
      const top = frames[frames.length - 1];
      // A string is a key when its object is waiting for one (after `{` or `,`).
      if (top?.kind === "object" && top.key === undefined) {
        const raw = text.slice(start + 1, i - 1);
        const key = escaped ? (JSON.parse(text.slice(start, i)) as string) : raw;
        const firstLine = top.keys.get(key);
        top.key = key;
        if (firstLine !== undefined) return { path: pathOf(frames), line, firstLine };
        top.keys.set(key, line);
      }
      continue;
    }
    if (c === NEWLINE) line++;
    else if (c === 0x7b /* { */) frames.push({ kind: "object", keys: new Map(), key: undefined });
    else if (c === 0x5b /* [ */) frames.push({ kind: "array", index: 0 });
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) frames.pop();
    else if (c === 0x2c /* , */) {
      const top = frames[frames.length - 1];
      if (top?.kind === "object") top.key = undefined;
      else if (top?.kind === "array") top.index++;
    }
    i++;
  }
  return undefined;
}
