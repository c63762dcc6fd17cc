/**
 * French presentation of model values: `1 234,56 €`, `02/03/2026`, `20 %`. Values are the model's
 * decimal strings, formatted as text (no floating point): what is written is what was given.
 */

/** No-break space: keeps `1 234` and `20 %` on one line, and exists in the standard fonts. */
const NBSP = '\u00a0';

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { EUR: '€', USD: '$', GBP: '£' };

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += NBSP;
    out += digits[i];
  }
  return out;
}

/** A decimal string in French notation, with at least `minDecimals` decimals. */
export function formatNumber(value: string, minDecimals = 0): string {
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(value.trim());
  if (!match) return value;
  const [, sign = '', whole = '0', fraction = ''] = match;
  const decimals = fraction.padEnd(minDecimals, '0');
  const integer = groupThousands(whole.replace(/^0+(?=\d)/, '') || '0');
  return `${sign ? '-' : ''}${integer}${decimals ? `,${decimals}` : ''}`;
}

export function formatAmount(value: string | undefined, currency: string | undefined): string {
  if (value === undefined) return '';
  const unit = currency ? (CURRENCY_SYMBOLS[currency] ?? currency) : '';
  return `${formatNumber(value, 2)}${unit ? `${NBSP}${unit}` : ''}`;
}

export function formatPercent(value: string | undefined): string {
  return value === undefined ? '' : `${formatNumber(value)}${NBSP}%`;
}

/** `YYYY-MM-DD` → `DD/MM/YYYY`; anything else is shown as given. */
export function formatDate(value: string | undefined): string {
  if (value === undefined) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}
