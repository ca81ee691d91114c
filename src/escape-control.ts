// Text from data (a registry entry's name, a transaction id) on its way to a terminal: a control
// character there is an instruction to the terminal, not text. ESC [8m hides every line after it,
// ESC [31m recolours them, a carriage return or line feed forges a line. Written as JSON writes
// them instead, so a reviewer sees exactly what the data holds.

import { isControlCode } from "./normalize/invisible.js";

const SHORT: Readonly<Record<number, string>> = { 0x08: "\\b", 0x09: "\\t", 0x0a: "\\n", 0x0c: "\\f", 0x0d: "\\r" };

/**
 * `text` with every C0 control character (U+0000–U+001F), DEL (U+007F) and C1 control character
 * (U+0080–U+009F) written as a JSON-style escape: `\n`, `\t`, `\r`, `\b`, `\f`, else `\u001b`.
 * Everything else, a backslash included, is left as it is; text without a control character is
 * returned unchanged. For human-readable output (tables, reports, messages), and over JSON text,
 * where it leaves JSON.stringify's escapes as they are and escapes the DEL and C1 characters
 * JSON.stringify leaves raw (the command line's `jsonLine`).
 */
export function escapeControl(text: string): string {
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControlCode(c)) {
      out += text.slice(from, i) + (SHORT[c] ?? `\\u${c.toString(16).padStart(4, "0")}`);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Each line of a multi-line message escaped, its line breaks kept. */
export function escapeControlLines(text: string): string {
  return text.split("\n").map(escapeControl).join("\n");
}
