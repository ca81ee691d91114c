// The `aifc-screen/csv` entry: CSV sheets <-> registry. A separate entry so the core bundle never
// carries the CSV parser; shared code (parseRegistry, the error classes) lives in one chunk.
export {
  registryFromCsv,
  registryToCsv,
  RegistryCsvError,
  CSV_SHEETS,
  CSV_ITEM_SEPARATOR,
  MAX_CSV_SHEET_LENGTH,
} from "./registry/csv.js";
export type { RegistryCsvSheets, RegistryCsvIssue, CsvSheetName } from "./registry/csv.js";
