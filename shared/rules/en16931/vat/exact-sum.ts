/**
 * Exact arithmetic on the model's canonical decimal strings where the VAT rules walk every line:
 * a sum in integer units costs a small fraction of the same sum in decimal.js, which matters on a
 * 1,000-line invoice. Results come back as Decimal for rounding and comparing.
 */
import { Decimal } from '../../../model';

const POWERS: bigint[] = [1n];

function powerOfTen(n: number): bigint {
  for (let k = POWERS.length; k <= n; k++) POWERS.push((POWERS[k - 1] as bigint) * 10n);
  return POWERS[n] as bigint;
}

/** Digits a text may have to be read as an exact double (below 2^53 whatever its digits). */
const EXACT_DIGITS = 15;

/**
 * Sum of canonical decimal strings (`"-12.50"`), exact whatever their number of decimals. The
 * units (the sum times 10^scale) stay a plain number while they are a safe integer, where every
 * product and sum is exact; past that, or for a longer text, they go on as a BigInt.
 */
export class ExactSum {
  private units = 0;
  private big: bigint | undefined;
  private scale = 0;

  add(text: string): void {
    const dot = text.indexOf('.');
    const scale = dot < 0 ? 0 : text.length - dot - 1;
    if (this.big === undefined && text.length <= EXACT_DIGITS && this.addSmall(text, scale)) return;
    this.addBig(text, scale);
  }

  /** Adds in plain numbers; false, with nothing changed, when a result would not be safe. */
  private addSmall(text: string, scale: number): boolean {
    let units = 0;
    for (let i = text.charCodeAt(0) === 45 ? 1 : 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 46) units = units * 10 + (c - 48);
    }
    if (text.charCodeAt(0) === 45) units = -units;
    let total = this.units;
    if (scale > this.scale) total *= 10 ** (scale - this.scale);
    else if (scale < this.scale) units *= 10 ** (this.scale - scale);
    const sum = total + units;
    if (!Number.isSafeInteger(total) || !Number.isSafeInteger(units) || !Number.isSafeInteger(sum))
      return false;
    this.units = sum;
    if (scale > this.scale) this.scale = scale;
    return true;
  }

  private addBig(text: string, scale: number): void {
    const dot = text.indexOf('.');
    let units = BigInt(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
    let total = this.big ?? BigInt(this.units);
    if (scale > this.scale) {
      total *= powerOfTen(scale - this.scale);
      this.scale = scale;
    } else if (scale < this.scale) {
      units *= powerOfTen(this.scale - scale);
    }
    this.big = total + units;
  }

  toDecimal(): Decimal {
    const units = this.big ?? this.units;
    return new Decimal(this.scale === 0 ? `${units}` : `${units}e-${this.scale}`);
  }
}

/**
 * A key equal for numerically equal canonical decimals (`"20"`, `"20.00"`; `"-0"`, `"0.0"`), to
 * compare rates without parsing them: trailing fraction zeros and a bare point are dropped.
 */
export function decimalKey(text: string): string {
  let key = text;
  if (key.includes('.')) {
    let end = key.length;
    while (key.charCodeAt(end - 1) === 48) end--;
    if (key.charCodeAt(end - 1) === 46) end--;
    key = key.slice(0, end);
  }
  return key === '-0' ? '0' : key;
}
