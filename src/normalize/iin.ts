// Kazakhstan IIN/BIN check digit: 12 digits, the last a mod-11 check over the first 11 with
// weights 1..11; when that gives 10, a second pass with weights 3..11,1,2; a second 10 means no
// valid number ends in these 11 digits.

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;
const TWELVE_DIGITS = /^\d{12}$/;

function weighted(digits: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += Number(digits[i]) * (weights[i] as number);
  return sum % 11;
}

/**
 * The check digit that completes 11 digits into a valid IIN, or `null` when none can (the second
 * pass also gives 10) or the input is not 11 digits.
 *
 * @example
 * ```ts
 * iinCheckDigit("90050130005") //=> 1   (so 900501300051 is valid)
 * ```
 */
export function iinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const first = weighted(first11, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(first11, SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

/**
 * True when `iin` is exactly 12 digits whose last digit is the Kazakh check digit of the first 11.
 * Does not check the date of birth or century digit, nor that the number was ever issued.
 *
 * @example
 * ```ts
 * isValidIin("900501300051") //=> true
 * isValidIin("900501300052") //=> false
 * isValidIin("9005 0130 0051") //=> false (spaces are not removed)
 * ```
 */
export function isValidIin(iin: string): boolean {
  if (!TWELVE_DIGITS.test(iin)) return false;
  return iinCheckDigit(iin.slice(0, 11)) === Number(iin[11]);
}

/** Why an IIN is unusable, or `null` when it is valid. */
export function iinProblem(iin: string): "format" | "check_digit" | null {
  if (!TWELVE_DIGITS.test(iin)) return "format";
  return isValidIin(iin) ? null : "check_digit";
}
