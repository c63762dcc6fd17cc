/**
 * Exact decimals for the portal form filler, on BigInt. The model's own arithmetic
 * (shared/model/decimal.ts) rests on decimal.js; the content script that fills the portal must stay
 * small (docs/extension-fill.md § Size), and the few operations it needs — a product, a difference,
 * a quotient rounded to a few places, a rounding — are exact on scaled integers. Never binary
 * floating point.
 */

/** `units × 10^-scale`: 12.50 is `{ units: 1250n, scale: 2 }`. */
export interface Fixed {
  readonly units: bigint;
  readonly scale: number;
}

const MODEL_DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** A model decimal string (`-12.50`) → its exact value; undefined for anything else. */
export function parseFixed(text: string): Fixed | undefined {
  const match = MODEL_DECIMAL.exec(text.trim());
  if (!match) return undefined;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: sign === '-' ? -units : units, scale: fraction.length };
}

function pow10(exponent: number): bigint {
  return 10n ** BigInt(exponent);
}

function rescale(value: Fixed, scale: number): bigint {
  return value.units * pow10(scale - value.scale);
}

/** Divides with halves rounded away from zero (as roundHalfUp in shared/model/decimal.ts). */
function divideHalfAway(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (2n * n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

export function multiply(a: Fixed, b: Fixed): Fixed {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function subtract(a: Fixed, b: Fixed): Fixed {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) - rescale(b, scale), scale };
}

export function add(a: Fixed, b: Fixed): Fixed {
  const scale = Math.max(a.scale, b.scale);
  return { units: rescale(a, scale) + rescale(b, scale), scale };
}

/** `a / b` rounded (halves away from zero) to `places` decimals; undefined when b is zero. */
export function divide(a: Fixed, b: Fixed, places: number): Fixed | undefined {
  if (b.units === 0n) return undefined;
  // a/b = (a.units / b.units) × 10^(b.scale - a.scale); scale the numerator to keep `places`.
  const shift = places + b.scale - a.scale;
  const numerator = shift >= 0 ? a.units * pow10(shift) : a.units;
  const denominator = shift >= 0 ? b.units : b.units * pow10(-shift);
  return { units: divideHalfAway(numerator, denominator), scale: places };
}

/** Rounded to `places` decimals, halves away from zero; never adds decimals. */
export function roundTo(value: Fixed, places: number): Fixed {
  if (value.scale <= places) return value;
  return { units: divideHalfAway(value.units, pow10(value.scale - places)), scale: places };
}

export function compareFixed(a: Fixed, b: Fixed): -1 | 0 | 1 {
  const scale = Math.max(a.scale, b.scale);
  const difference = rescale(a, scale) - rescale(b, scale);
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

export function isZero(value: Fixed): boolean {
  return value.units === 0n;
}

/** Decimals after removing trailing zeros: 12.50 → 1, 3.000 → 0. */
export function significantDecimals(value: Fixed): number {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return scale;
}

/** The digits of a value, split at the decimal mark: `{ negative, whole: '1234', fraction: '50' }`. */
export function digitsOf(value: Fixed): { negative: boolean; whole: string; fraction: string } {
  const negative = value.units < 0n;
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0');
  const cut = digits.length - value.scale;
  return { negative, whole: digits.slice(0, cut), fraction: digits.slice(cut) };
}

/** The model's way of writing a value: `-1234.50` (as many decimals as its scale). */
export function toModelDecimal(value: Fixed): string {
  const { negative, whole, fraction } = digitsOf(value);
  const sign = negative && value.units !== 0n ? '-' : '';
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}
