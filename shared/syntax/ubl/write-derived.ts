/**
 * Business terms the UBL schema requires where the model has their neighbours but not them, and
 * which the model's other terms determine (the calculation rules of the norm):
 * - `cac:TaxTotal/cbc:TaxAmount` (BT-110) is mandatory in a `cac:TaxTotal`, which holds the VAT
 *   breakdown (BG-23): without BT-110, it is the sum of the VAT category amounts (BR-CO-14);
 * - `cac:Price/cac:AllowanceCharge/cbc:Amount` (BT-147) is mandatory beside the gross price
 *   (BT-148): without BT-147, it is the gross price less the net price (BR-CO? — EN 16931 defines
 *   the net price as the gross price less the discount).
 * CII has optional elements for both, so a model read from CII may lack them. Each computed value
 * is returned as `derived`, so the caller can say so.
 */
import type { LocalizedText } from '../../i18n/text';
import { dec, decimalsOf, formatDecimal, type Invoice, isDecimalString, sum } from '../../model';
import type { DerivedTerm } from '../write-result';

export function withDerivedTerms(invoice: Invoice): { invoice: Invoice; derived: DerivedTerm[] } {
  const derived: DerivedTerm[] = [];
  let result = invoice;
  const breakdown = invoice['BG-23'];
  const totals = invoice['BG-22'];
  if (breakdown !== undefined && breakdown.length > 0 && totals?.['BT-110'] === undefined) {
    const amounts = breakdown.map((vat) => vat['BT-117']).filter(isDecimalString);
    if (amounts.length === breakdown.length) {
      const places = Math.max(...amounts.map(decimalsOf));
      const value = formatDecimal(sum(amounts), places);
      result = { ...result, 'BG-22': { ...totals, 'BT-110': value } };
      derived.push({
        pointer: '/BG-22/BT-110',
        term: 'BT-110',
        value,
        message: message('BT-110', value, {
          fr: 'somme des montants de TVA par catégorie (BT-117), car UBL exige le total de la TVA avec la ventilation',
          en: 'sum of the VAT category amounts (BT-117), since UBL requires the total VAT with the breakdown',
        }),
      });
    }
  }
  const lines = result['BG-25'];
  if (lines !== undefined) {
    let changed = false;
    const completed = lines.map((line, index) => {
      const price = line['BG-29'];
      const gross = price?.['BT-148'];
      const net = price?.['BT-146'];
      if (price === undefined || price['BT-147'] !== undefined) return line;
      if (!isDecimalString(gross) || !isDecimalString(net)) return line;
      const places = Math.max(decimalsOf(gross), decimalsOf(net));
      const value = formatDecimal(dec(gross).minus(dec(net)), places);
      changed = true;
      derived.push({
        pointer: `/BG-25/${index}/BG-29/BT-147`,
        term: 'BT-147',
        value,
        message: message('BT-147', value, {
          fr: 'prix brut (BT-148) moins prix net (BT-146), car UBL exige le rabais avec le prix brut',
          en: 'gross price (BT-148) less net price (BT-146), since UBL requires the discount with the gross price',
        }),
      });
      return { ...line, 'BG-29': { ...price, 'BT-147': value } };
    });
    if (changed) result = { ...result, 'BG-25': completed };
  }
  return { invoice: result, derived };
}

function message(term: string, value: string, why: LocalizedText): LocalizedText {
  return {
    fr: `${term} écrit avec la valeur calculée ${value} : ${why.fr}.`,
    en: `${term} written with the computed value ${value}: ${why.en}.`,
  };
}
