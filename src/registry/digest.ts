import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";

/** How much text {@link writeCanonicalJson} gathers before handing it on. */
const CHUNK_LENGTH = 1 << 16;

/** How many object shapes one call of {@link writeCanonicalJson} remembers the sorted keys of (a registry has about ten). */
const MAX_SHAPES = 32;

/** An object's own keys as `Object.keys` lists them, the same sorted, and each sorted key quoted for JSON. */
interface Shape {
  readonly keys: readonly string[];
  readonly sorted: readonly string[];
  readonly quoted: readonly string[];
}

/**
 * Hands the canonical JSON of `value` (object keys sorted at every level, `undefined` members left
 * out) to `emit` in pieces of about {@link CHUNK_LENGTH} characters, so a registry of 100,000
 * entries (30 MB of text) is hashed without ever being one string.
 *
 * Objects of one shape (the same keys in the same order, as every entry of a list parsed by one
 * schema has) are sorted once per call: their keys are compared to the shapes already seen, key by
 * key, before any sort.
 */
function writeCanonicalJson(value: unknown, emit: (text: string) => void): void {
  let text = "";
  const shapes: Shape[] = [];

  const shapeOf = (object: object): Shape => {
    const keys = Object.keys(object);
    search: for (const shape of shapes) {
      if (shape.keys.length !== keys.length) continue;
      for (let i = 0; i < keys.length; i++) if (shape.keys[i] !== keys[i]) continue search;
      return shape;
    }
    const sorted = keys.slice().sort();
    const shape: Shape = { keys, sorted, quoted: sorted.map((key) => `${JSON.stringify(key)}:`) };
    if (shapes.length < MAX_SHAPES) shapes.push(shape);
    return shape;
  };

  const write = (value: unknown): void => {
    if (value === null || typeof value !== "object") text += JSON.stringify(value) ?? "null";
    else if (Array.isArray(value)) {
      text += "[";
      for (let i = 0; i < value.length; i++) {
        if (i > 0) text += ",";
        write(value[i]);
      }
      text += "]";
    } else {
      const { sorted, quoted } = shapeOf(value);
      let separator = "{";
      for (let i = 0; i < sorted.length; i++) {
        const member = (value as Record<string, unknown>)[sorted[i] as string];
        if (member === undefined) continue;
        text += separator + (quoted[i] as string);
        separator = ",";
        write(member);
      }
      text += separator === "{" ? "{}" : "}";
    }
    if (text.length >= CHUNK_LENGTH) {
      emit(text);
      text = "";
    }
  };

  write(value);
  if (text !== "") emit(text);
}

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  writeCanonicalJson(value, (text) => parts.push(text));
  return parts.join("");
}

/**
 * Lower-case hex sha256 of the canonical JSON of a registry. Synchronous and dependency-light
 * (`@noble/hashes`), so it runs the same in Node, browsers and edge runtimes. The text is hashed
 * as it is written, a piece at a time: made whole first, the 30 MB of a registry of 100,000
 * entries took about three times as long (a string built of many joins, flattened to encode it).
 */
export function registryDigest(data: unknown): string {
  const hash = sha256.create();
  writeCanonicalJson(data, (text) => hash.update(utf8ToBytes(text)));
  return bytesToHex(hash.digest());
}
