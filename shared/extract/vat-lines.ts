/**
 * VAT printed as total lines rather than as a table: `TVA 20 % : 20,00 €`, `TVA (5,5 %) 29,87`,
 * `TVA 20 % sur 100,00 € : 20,00 €`, `VAT @ 20% 16.38`. Read only when no VAT table was found.
 */
import { findLabeled, label, type PageIndex, type Parsed } from './find';
import type { Segment } from './layout';
import { type NumberStyle, parseAmountAt, toCanonical } from './numbers';
import type { VatRowReading } from './vat-table';

const RATE = '\\d{1,2}(?:[.,]\\d{1,3})?\\s*%';
const VAT_LINE = label(
  `(?:montant\\s+(?:de\\s+(?:la\\s+)?)?)?(?:tva|t\\.v\\.a\\.?|vat)\\s*(?:[àa@]|de)?\\s*\\(?\\s*${RATE}\\s*\\)?(?:\\s*(?:sur|on|de)\\s+[-\\d\\s.,]+\\s*(?:€|eur)?)?`,
);

export function readVatLines(
  index: PageIndex,
  style: NumberStyle,
  skip: ReadonlySet<number>,
): VatRowReading[] {
  const parse = (text: string): Parsed<string> | undefined => {
    const amount = parseAmountAt(text, style);
    return amount ? { value: amount.value, length: amount.length } : undefined;
  };
  const rows: VatRowReading[] = [];
  const seen = new Set<string>();
  for (const hit of findLabeled(index, [VAT_LINE], parse, { skip, below: false })) {
    const rate = /(\d{1,2}(?:[.,]\d{1,3})?)\s*%/.exec(hit.labelText)?.[1];
    if (!rate) continue;
    const baseText = /(?:sur|on|de)\s+([-\d\s.,]+\d)/iu.exec(hit.labelText)?.[1];
    const base = baseText ? toCanonical(baseText.trim(), style) : undefined;
    const rateValue = toCanonical(rate.replace(',', '.'), 'en');
    const key = `${rateValue}/${hit.value}`;
    if (!rateValue || seen.has(key)) continue;
    seen.add(key);
    const segments: Segment[] =
      hit.valueSegment === hit.label ? [hit.label] : [hit.label, hit.valueSegment];
    rows.push({
      rate: rateValue,
      amount: hit.value,
      ...(base === undefined ? {} : { base }),
      segments,
      source: hit.source,
    });
  }
  return rows;
}
