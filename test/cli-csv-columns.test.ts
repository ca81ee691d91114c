// The CLI's CSV rows become nested transactions by their header's dotted paths.
import fc from "fast-check";
import { expect, test } from "vitest";
import { CSV_COLUMNS, rowReader } from "../src/cli/csv-columns.js";

/** The object a row describes, built the plain way: each non-empty cell set at its column's path. */
function expected(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const tx: Record<string, unknown> = {};
  header.forEach((name, i) => {
    const cell = cells[i];
    if (cell === undefined || cell === "") return;
    const keys = name.split(".");
    const last = keys.pop() as string;
    let target = tx;
    for (const key of keys) target = (target[key] ??= {}) as Record<string, unknown>;
    target[last] = cell;
  });
  return tx;
}

test("a wallet row: three levels deep, empty cells left out, no empty objects", () => {
  const header = ["id", "counterparty.wallet.network", "counterparty.wallet.address", "asset.symbol", "counterparty.name"];
  const read = rowReader(header);
  expect(read(["t-1", "ethereum", "0xabc", "", ""])).toEqual({ id: "t-1", counterparty: { wallet: { network: "ethereum", address: "0xabc" } } });
  expect(read(["", "", "", "", ""])).toEqual({});
  // A short row (reported as an error before it gets here) leaves its missing cells out.
  expect(read(["t-2"])).toEqual({ id: "t-2" });
  // And cells past the header's columns are no field at all.
  expect(read(["t-3", "", "", "", "", "extra"])).toEqual({ id: "t-3" });
});

test("any header of known columns, in any order, and any cells: each non-empty cell at its path, in header order", () => {
  fc.assert(
    fc.property(
      fc.shuffledSubarray([...CSV_COLUMNS], { minLength: 1 }).chain((header) =>
        fc.tuple(fc.constant(header), fc.array(fc.oneof(fc.constant(""), fc.string()), { minLength: header.length, maxLength: header.length })),
      ),
      ([header, cells]) => {
        const read = rowReader(header);
        const tx = read(cells);
        expect(tx).toEqual(expected(header, cells));
        expect(JSON.stringify(tx)).toBe(JSON.stringify(expected(header, cells)));
        // The reader keeps no state from row to row.
        expect(read(cells)).toEqual(tx);
      },
    ),
  );
});
