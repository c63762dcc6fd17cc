/**
 * Luhn (mod 10) check over a string of digits: from the right, every second digit is doubled (minus
 * 9 when above 9), and the total must be a multiple of 10. SIREN and SIRET keys use it.
 */
export function luhnValid(digits: string): boolean {
  let total = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    total += digit;
  }
  return total % 10 === 0;
}

export function digitSum(digits: string): number {
  let total = 0;
  for (const char of digits) total += Number(char);
  return total;
}
