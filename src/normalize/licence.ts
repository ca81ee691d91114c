/** Licence numbers compare case- and space-insensitively: ` afsa-a-la-2024-0027 ` is `AFSA-A-LA-2024-0027`. */
export function normalizeLicenceNumber(value: string): string {
  return value.replace(/\s+/g, "").toUpperCase();
}
