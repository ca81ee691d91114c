// What an error about an option quotes of the value it got. Options are the integrator's
// configuration, never customer data, so quoting them is safe and saves a round trip through a
// config file; a transaction's values are never quoted (they may hold a name or an IIN). Short,
// so a megabyte string does not become a megabyte message; control characters escaped, so a value
// can neither forge a line of the message nor drive the terminal it is printed on.

import { escapeControl } from "./escape-control.js";

/** How many characters (code points) of a string an options message quotes. */
export const MAX_SHOWN_OPTION_CHARS = 60;

/**
 * `value` as an options message quotes it: a string, number, boolean, `null` or `undefined` as
 * written in code (a string in double quotes, JSON-escaped, cut after
 * {@link MAX_SHOWN_OPTION_CHARS} characters with `…` after the closing quote), a bigint as `10n`,
 * an empty array as `[]`, and any other value by its kind alone: `an array`, `an object`,
 * `a function`, `a symbol`. Never a control character (C0, DEL, C1) unescaped; never throws.
 * Reads nothing but an array's length, so a getter in the value runs no code here.
 */
export function renderOptionValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return renderString(value);
    // String, not JSON.stringify: JSON writes NaN and Infinity as null.
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint": {
      const text = `${value}n`;
      return text.length <= MAX_SHOWN_OPTION_CHARS ? text : "a bigint";
    }
    case "symbol":
      // Its description is caller text of any length: not worth quoting.
      return "a symbol";
    case "function":
      return "a function";
  }
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) return value.length === 0 ? "[]" : "an array";
  } catch {
    // A revoked Proxy throws from Array.isArray, and a Proxy's length may throw: it is still an object.
  }
  return "an object";
}

function renderString(text: string): string {
  const end = shownEnd(text);
  // JSON.stringify escapes C0 controls, quotes and lone surrogates; escapeControl then DEL and C1.
  const quoted = escapeControl(JSON.stringify(text.slice(0, end)));
  return end < text.length ? `${quoted}…` : quoted;
}

/**
 * `text` cut after {@link MAX_SHOWN_OPTION_CHARS} code points, with `…` where it was cut; not
 * quoted nor escaped (for a key in a message's path, which the message escapes whole).
 */
export function cutOptionText(text: string): string {
  const end = shownEnd(text);
  return end < text.length ? `${text.slice(0, end)}…` : text;
}

/** Where a quote of `text` ends: after {@link MAX_SHOWN_OPTION_CHARS} code points, never inside a surrogate pair. */
function shownEnd(text: string): number {
  let end = 0;
  for (let shown = 0; end < text.length && shown < MAX_SHOWN_OPTION_CHARS; shown++) {
    end += (text.codePointAt(end) as number) > 0xffff ? 2 : 1;
  }
  return end;
}
