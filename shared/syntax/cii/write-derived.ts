/**
 * A business term the CII schema requires where the model has its neighbours but not it, and
 * which the model's other terms determine: `ram:GrossPriceProductTradePrice/ram:ChargeAmount`
 * (BT-148) is mandatory around the price discount (BT-147); without BT-148, it is the net price
 * plus the discount (EN 16931 defines the net price as the gross price less the discount). UBL
 * has an optional element for it, so a model read from UBL may lack it. Each computed value is
 * returned as `derived`, so the caller can say so.
 */
import { dec, decimalsOf, formatDecimal, type Invoice, isDecimalString } from '../../model';
import type { DerivedTerm } from '../write-result';

export function withDerivedTerms(invoice: Invoice): { invoice: Invoice; derived: DerivedTerm[] } {
  const derived: DerivedTerm[] = [];
  const lines = invoice['BG-25'];
  if (lines === undefined) return { invoice, derived };
  let changed = false;
  const completed = lines.map((line, index) => {
    const price = line['BG-29'];
    const discount = price?.['BT-147'];
    const net = price?.['BT-146'];
    if (price === undefined || price['BT-148'] !== undefined) return line;
    if (!isDecimalString(discount) || !isDecimalString(net)) return line;
    const value = formatDecimal(
      dec(net).plus(dec(discount)),
      Math.max(decimalsOf(net), decimalsOf(discount)),
    );
    changed = true;
    derived.push({
      pointer: `/BG-25/${index}/BG-29/BT-148`,
      term: 'BT-148',
      value,
      message: {
        fr: `BT-148 écrit avec la valeur calculée ${value} : prix net (BT-146) plus rabais (BT-147), car CII exige le prix brut avec le rabais.`,
        en: `BT-148 written with the computed value ${value}: net price (BT-146) plus discount (BT-147), since CII requires the gross price with the discount.`,
      },
    });
    return { ...line, 'BG-29': { ...price, 'BT-148': value } };
  });
  return { invoice: changed ? { ...invoice, 'BG-25': completed } : invoice, derived };
}
