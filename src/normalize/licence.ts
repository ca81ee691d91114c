/** Licence numbers compare case- and space-insensitively: ` afsa-a-la-2024-0027 ` is `AFSA-A-LA-2024-0027`. */
export function normalizeLicenceNumber(value: string): string {
  // Stryker disable next-line Regex: with the g flag, removing each whitespace run or each whitespace character removes the same characters.
  return value.replace(/\s+/g, "").toUpperCase();
}
