/**
 * UBL-DT rules on values and attributes of data types: amounts with two decimals at most
 * (UBL-DT-01), binary objects with their MIME code and file name (UBL-DT-06, -07). The attributes
 * that should not appear at all (UBL-DT-08 to -28) are rows of the generated table.
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { ublScan } from './scan';
import { attributeValue, lengthAfterFirstDot, stringValue } from './xpath-values';

/** `ancestor::cac:Price/cac:AllowanceCharge`: some ancestor price has an allowance. */
function underDiscountedPrice(element: XmlElement): boolean {
  for (let a = element.parent; a !== undefined; a = a.parent) {
    if (a.localName !== 'Price' || a.namespace !== NS.cac) continue;
    if (a.children.some((c) => c.localName === 'AllowanceCharge' && c.namespace === NS.cac)) {
      return true;
    }
  }
  return false;
}

/**
 * Context `//*[ends-with(name(), 'Amount') and not(ends-with(name(),'PriceAmount')) and
 * not(ancestor::cac:Price/cac:AllowanceCharge)]`, among the elements whose name ends with `Amount`.
 * A name ends with `Amount` exactly when its local part does. Prices and the amounts of a
 * discounted price may have more decimals.
 */
function isCheckedAmount(amount: XmlElement): boolean {
  return !amount.localName.endsWith('PriceAmount') && !underDiscountedPrice(amount);
}

function binaryObjects(context: RuleContext): XmlElement[] {
  const scan = ublScan(context);
  return scan === undefined ? [] : [...scan.binaryObjects];
}

const base = { layer: 'en16931', flag: 'fatal', syntax: 'ubl' } as const;

export const DATATYPE_RULES: readonly Rule[] = [
  {
    ...base,
    id: 'UBL-DT-01',
    bt: [],
    message: {
      fr: 'Un montant a au plus deux décimales : arrondissez-le au centime (par exemple 12.35, pas 12.345).',
      en: 'An amount has two decimals at most: round it to the cent (e.g. 12.35, not 12.345).',
    },
    // string-length(substring-after(.,'.')) <= 2, on the value as written (spaces count).
    check: (context) => {
      const scan = ublScan(context);
      if (scan === undefined) return NONE;
      let violations: Violation[] | undefined;
      for (const amount of scan.amounts) {
        if (!isCheckedAmount(amount)) continue;
        const value = stringValue(amount);
        const decimals = lengthAfterFirstDot(value);
        if (decimals <= 2) continue;
        violations ??= [];
        violations.push({
          node: amount,
          message: {
            fr: `Le montant « ${value.trim()} » (${amount.name}) a ${decimals} caractères après la virgule : un montant a au plus deux décimales, arrondissez-le au centime.`,
            en: `The amount "${value.trim()}" (${amount.name}) has ${decimals} characters after the decimal point: an amount has two decimals at most; round it to the cent.`,
          },
        });
      }
      return violations ?? NONE;
    },
  },
  {
    ...base,
    id: 'UBL-DT-06',
    bt: ['BT-125'],
    message: {
      fr: "Une pièce jointe (élément …BinaryObject, BT-125) doit indiquer son type MIME dans l'attribut mimeCode (par exemple application/pdf) : ajoutez-le.",
      en: 'An attached file (…BinaryObject element, BT-125) must give its MIME type in the attribute mimeCode (e.g. application/pdf): add it.',
    },
    check: (context) =>
      binaryObjects(context)
        .filter((e) => attributeValue(e, 'mimeCode') === undefined)
        .map((node) => ({ node })),
  },
  {
    ...base,
    id: 'UBL-DT-07',
    bt: ['BT-125'],
    message: {
      fr: "Une pièce jointe (élément …BinaryObject, BT-125) doit indiquer son nom de fichier dans l'attribut filename : ajoutez-le.",
      en: 'An attached file (…BinaryObject element, BT-125) must give its file name in the attribute filename: add it.',
    },
    check: (context) =>
      binaryObjects(context)
        .filter((e) => attributeValue(e, 'filename') === undefined)
        .map((node) => ({ node })),
  },
];
