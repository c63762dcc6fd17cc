import type { LocalizedText } from '../../../i18n/text';
import { NS } from '../../../syntax/namespaces';
import type { XmlElement } from '../../../xml';
import type { DocumentFacts } from './facts';
import { stringValue } from './names';

/**
 * The conditions of the assertions `not(path) or CONDITION`, keyed by the condition's XPath text
 * exactly as the generator extracts it (the type check fails if the schematron brings a new one).
 * `allowedWhen` completes « … is allowed only … » in the messages.
 *
 * XPath 2 semantics kept: `ram:TypeCode = '916'` is a general comparison, true when SOME
 * `ram:TypeCode` child has exactly that string value (no trimming); `self::` and `ancestor::`
 * test names with their namespace.
 */
export interface Condition {
  readonly holds: (context: XmlElement, facts: DocumentFacts) => boolean;
  readonly allowedWhen: LocalizedText;
}

const ADDITIONAL_DOCUMENT: LocalizedText = {
  fr: 'dans un justificatif additionnel (ram:AdditionalReferencedDocument) dont le code de type (ram:TypeCode) vaut ',
  en: 'in an additional supporting document (ram:AdditionalReferencedDocument) whose type code (ram:TypeCode) is ',
};

export const CONDITIONS = {
  "self::ram:AdditionalReferencedDocument and ram:TypeCode='916'": {
    holds: (el) =>
      isRam(el, 'AdditionalReferencedDocument') && someRamChildEquals(el, 'TypeCode', ['916']),
    allowedWhen: suffixed(ADDITIONAL_DOCUMENT, '916 (BG-24)'),
  },
  "(self::ram:AdditionalReferencedDocument) and (ram:TypeCode='50' or ram:TypeCode='130' or ram:TypeCode='916')":
    {
      holds: (el) =>
        isRam(el, 'AdditionalReferencedDocument') &&
        someRamChildEquals(el, 'TypeCode', ['50', '130', '916']),
      allowedWhen: suffixed(ADDITIONAL_DOCUMENT, '50, 130 ou 916', '50, 130 or 916'),
    },
  "self::ram:AdditionalReferencedDocument and ram:TypeCode='130'": {
    holds: (el) =>
      isRam(el, 'AdditionalReferencedDocument') && someRamChildEquals(el, 'TypeCode', ['130']),
    allowedWhen: suffixed(ADDITIONAL_DOCUMENT, '130 (BT-18)'),
  },
  'self::ram:InvoiceReferencedDocument': {
    holds: (el) => isRam(el, 'InvoiceReferencedDocument'),
    allowedWhen: {
      fr: 'dans la référence à une facture antérieure (ram:InvoiceReferencedDocument, BG-3)',
      en: 'in the reference to a preceding invoice (ram:InvoiceReferencedDocument, BG-3)',
    },
  },
  '/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction/ram:IncludedSupplyChainTradeLineItem/ram:SpecifiedLineTradeDelivery/ram:BilledQuantity/@unitCode':
    {
      holds: (_el, facts) => facts.billedQuantityHasUnitCode,
      allowedWhen: {
        fr: "lorsque la quantité facturée d'une ligne (BT-129) porte elle-même son unité (@unitCode, BT-130)",
        en: 'when the invoiced quantity of a line (BT-129) carries its own unit (@unitCode, BT-130)',
      },
    },
  "ram:TypeCode = 'VAT'": {
    holds: (el) => someRamChildEquals(el, 'TypeCode', ['VAT']),
    allowedWhen: {
      fr: 'avec la valeur VAT (la seule taxe de la norme est la TVA)',
      en: 'with the value VAT (the only tax of the norm is VAT)',
    },
  },
  'ancestor::ram:ApplicableHeaderTradeSettlement': {
    holds: (el) => hasRamAncestor(el, 'ApplicableHeaderTradeSettlement'),
    allowedWhen: {
      fr: "au niveau du document, dans le règlement de l'en-tête (ram:ApplicableHeaderTradeSettlement)",
      en: 'at document level, in the header settlement (ram:ApplicableHeaderTradeSettlement)',
    },
  },
  'self::ram:ApplicableTradeTax': {
    holds: (el) => isRam(el, 'ApplicableTradeTax'),
    allowedWhen: {
      fr: "dans une ventilation de TVA (ram:ApplicableTradeTax), pas dans la TVA d'une remise ou de frais",
      en: 'in a VAT breakdown (ram:ApplicableTradeTax), not in the VAT of an allowance or charge',
    },
  },
  'ram:GlobalID/@schemeID': {
    holds: (el) =>
      el.children.some(
        (c) =>
          isRam(c, 'GlobalID') &&
          c.attributes.some((a) => a.localName === 'schemeID' && a.namespace === ''),
      ),
    allowedWhen: {
      fr: "avec l'identifiant de son schéma (@schemeID, BT-157-1)",
      en: 'with the identifier of its scheme (@schemeID, BT-157-1)',
    },
  },
  'count(ram:OriginTradeCountry/ram:ID) =1': {
    holds: (el) => {
      let count = 0;
      for (const country of el.children) {
        if (!isRam(country, 'OriginTradeCountry')) continue;
        for (const id of country.children) if (isRam(id, 'ID')) count++;
      }
      return count === 1;
    },
    allowedWhen: {
      fr: 'avec exactement un code pays (ram:ID, BT-159)',
      en: 'with exactly one country code (ram:ID, BT-159)',
    },
  },
} as const satisfies Record<string, Condition>;

export type ConditionText = keyof typeof CONDITIONS;

function suffixed(text: LocalizedText, fr: string, en = fr): LocalizedText {
  return { fr: text.fr + fr, en: text.en + en };
}

function isRam(element: XmlElement, localName: string): boolean {
  return element.namespace === NS.ram && element.localName === localName;
}

// A loop, not `some` with a closure: the VAT condition is tested on every line's tax.
function someRamChildEquals(
  element: XmlElement,
  localName: string,
  values: readonly string[],
): boolean {
  const { children } = element;
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as XmlElement;
    if (isRam(child, localName) && values.includes(stringValue(child))) return true;
  }
  return false;
}

function hasRamAncestor(element: XmlElement, localName: string): boolean {
  for (let node = element.parent; node !== undefined; node = node.parent) {
    if (isRam(node, localName)) return true;
  }
  return false;
}
