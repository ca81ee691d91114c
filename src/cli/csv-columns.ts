import { BadInputError } from "./exit-codes.js";

/** The CSV header names, each a dotted path into the transaction object. */
export const CSV_COLUMNS = [
  "id",
  "occurredAt",
  "direction",
  "amount.value",
  "amount.currency",
  "asset.symbol",
  "asset.network",
  "asset.contract",
  "counterparty.name",
  "counterparty.domain",
  "counterparty.wallet.network",
  "counterparty.wallet.address",
  "counterparty.licenceNumber",
] as const;

/**
 * Checks a header row: every name must be a known column, once (a header that is one cell holding
 * `;`, a sheet saved `;`-separated, is told as such). Unknown columns are an error, as
 * unknown fields are for the library: a misspelt `counterparty.licenseNumber` column must not
 * silently screen every row without its licence number.
 */
export function checkHeader(header: readonly string[]): void {
  // A Russian- or Kazakh-locale spreadsheet saves CSV ';'-separated: its header is one cell.
  if (header.length === 1 && header[0]!.includes(";")) {
    throw new BadInputError("CSV header is one cell with ';' in it: save the file as comma-separated CSV (UTF-8)");
  }
  const seen = new Set<string>();
  for (const [i, name] of header.entries()) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      throw new BadInputError(`CSV header, column ${i + 1}: unknown column "${name}" (known: ${CSV_COLUMNS.join(", ")})`);
    }
    if (seen.has(name)) throw new BadInputError(`CSV header, column ${i + 1}: "${name}" appears twice`);
    seen.add(name);
  }
}

/**
 * What reads a CSV row as the nested transaction object `header` describes (empty cells left out):
 * each column's path is split once, here, not once per cell.
 */
export function rowReader(header: readonly string[]): (cells: readonly string[]) => Record<string, unknown> {
  const paths = header.map((name) => name.split("."));
  return (cells) => {
    const tx: Record<string, unknown> = {};
    for (let i = 0; i < paths.length; i++) {
      const cell = cells[i];
      if (cell === undefined || cell === "") continue;
      const keys = paths[i] as string[];
      let target = tx;
      for (let k = 0; k < keys.length - 1; k++) target = (target[keys[k] as string] ??= {}) as Record<string, unknown>;
      target[keys[keys.length - 1] as string] = cell;
    }
    return tx;
  };
}
