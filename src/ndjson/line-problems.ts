// Why an NDJSON line could not be read, in the words the splitter, `screenNdjson` and the command
// line share (the CLI compares the UTF-16 ones to say them once for the whole input).

/** A line whose bytes are not UTF-8. */
export const NOT_UTF8 = "is not valid UTF-8";

/** Every line of input that is UTF-16, little-endian (what Windows calls "Unicode" text). */
export const UTF16LE = "is UTF-16 (little-endian), not UTF-8: convert the input to UTF-8";

/** Every line of input that is UTF-16, big-endian. */
export const UTF16BE = "is UTF-16 (big-endian), not UTF-8: convert the input to UTF-8";

/** What a carriage return inside a line most likely means: line ends of `\r` alone (old Mac, some exporters), which end no NDJSON line. */
export const BARE_CARRIAGE_RETURN = "holds a carriage return not followed by a line feed (NDJSON lines end with \\n; a \\r alone ends none)";

/**
 * JSON.parse's `message` for a line that is not JSON, after the likely cause when the line shows
 * one. Looked for only once a line has failed, so a line that parses never pays for it. A line
 * from the splitter holds no line feed, so each carriage return left in it (the one before the
 * line feed is dropped) is not followed by one.
 */
export function notJsonDetail(text: string, message: string): string {
  if (text.includes("\u0000")) return `holds NUL characters (U+0000), as UTF-16 text read as UTF-8 does: convert the input to UTF-8 (${message})`;
  if (text.includes("\r")) return `${BARE_CARRIAGE_RETURN}: ${message}`;
  return message;
}
