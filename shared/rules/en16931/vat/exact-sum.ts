/**
 * Exact arithmetic on the model's canonical decimal strings where the VAT rules walk every line:
 * a sum in BigInt units costs about a tenth of the same sum in decimal.js, which matters on a
 * 1,000-line invoice. Results come back as Decimal for rounding and comparing.
 */
import { Decimal } from '../../../model';

const POWERS: bigint[] = [1n];

function powerOfTen(n: number): bigint {
  for (let k = POWERS.length; k <= n; k++) POWERS.push((POWERS[k - 1] as bigint) * 10n);
  return POWERS[n] as bigint;
}

/** Sum of canonical decimal strings (`"-12.50"`), exact whatever their number of decimals. */
export class ExactSum {
  private units = 0n;
  private scale = 0;

  add(text: string): void {
    const dot = text.indexOf('.');
    const scale = dot < 0 ? 0 : text.length - dot - 1;
    let units = BigInt(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
    if (scale > this.scale) {
      this.units *= powerOfTen(scale - this.scale);
      this.scale = scale;
    } else if (scale < this.scale) {
      units *= powerOfTen(this.scale - scale);
    }
    this.units += units;
  }

  toDecimal(): Decimal {
    return new Decimal(this.scale === 0 ? `${this.units}` : `${this.units}e-${this.scale}`);
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
