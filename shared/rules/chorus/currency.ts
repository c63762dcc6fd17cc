/** One currency per invoice (BT-5): Références › Devise. */
import { isAllowedCode } from '../../codes';
import { pointer } from '../../model';
import type { XmlAttribute, XmlElement } from '../../xml';
import { documentWalk } from '../document-walk';
import { NONE, type RuleContext, type Violation } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { change, fillIn, quote, sentences } from './text';

const AT = pointer('BT-5');

/**
 * The VAT total in accounting currency (BT-111) is the one amount allowed in another currency
 * (BT-6): `cac:TaxTotal/cbc:TaxAmount` in UBL, `ram:TaxTotalAmount` in CII.
 */
function isVatTotal(element: XmlElement): boolean {
  return (
    element.localName === 'TaxTotalAmount' ||
    (element.localName === 'TaxAmount' && element.parent?.localName === 'TaxTotal')
  );
}

/**
 * Each currency other than BT-5 found on an amount, with the first attribute that has it. The
 * attributes come from the walk of the document the business rules make anyway (document order),
 * which leaves out those written as the model's BT-5: none of them is another currency.
 */
function foreignCurrencies(
  attributes: readonly XmlAttribute[],
  invoiceCurrency: string,
  vatCurrency: string | undefined,
): Map<string, XmlAttribute> {
  const found = new Map<string, XmlAttribute>();
  for (let a = 0; a < attributes.length; a++) {
    const attribute = attributes[a] as XmlAttribute;
    const currency = attribute.value.trim();
    if (currency === invoiceCurrency || found.has(currency)) continue;
    if (currency === vatCurrency && isVatTotal(attribute.parent)) continue;
    found.set(currency, attribute);
  }
  return found;
}

function checkCurrency(context: RuleContext): readonly Violation[] {
  const { invoice, rejected } = context;
  const currency = invoice['BT-5'] ?? rejected.get(AT)?.found.trim();
  if (currency === undefined || currency === '') {
    return [
      {
        at: AT,
        message: sentences(
          {
            fr: 'La devise de la facture (BT-5) est absente ; Chorus Pro la demande.',
            en: 'The invoice currency (BT-5) is missing; Chorus Pro requires it.',
          },
          fillIn('currency'),
        ),
      },
    ];
  }
  if (!isAllowedCode('invoiceCurrency', currency)) {
    const v = quote(currency);
    return [
      {
        at: AT,
        message: sentences(
          {
            fr: `La devise ${v.fr} n'est pas un code ISO 4217 (EUR, USD…).`,
            en: `Currency ${v.en} is not an ISO 4217 code (EUR, USD…).`,
          },
          change('currency'),
        ),
      },
    ];
  }
  if (context.xml === undefined) return NONE;
  const foreign = foreignCurrencies(
    documentWalk(context).otherCurrencies,
    currency,
    invoice['BT-6'],
  );
  if (foreign.size === 0) return NONE;
  const list = [currency, ...foreign.keys()].join(', ');
  const [first] = foreign.values();
  return [
    {
      ...(first ? { node: first } : { at: AT }),
      message: sentences(
        {
          fr: `La facture mélange plusieurs devises (${list}) ; Chorus Pro n'en accepte qu'une : tous les montants doivent être en ${currency}, la devise de la facture (BT-5), sauf le total de TVA en devise de comptabilisation (BT-111).`,
          en: `The invoice mixes currencies (${list}); Chorus Pro accepts only one: every amount must be in ${currency}, the invoice currency (BT-5), except the VAT total in accounting currency (BT-111).`,
        },
        change('currency'),
      ),
    },
  ];
}

export const CHORUS_04 = chorusRule({
  id: 'CHORUS-04',
  bt: ['BT-5'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: "La facture doit avoir une seule devise (code ISO 4217), celle de BT-5 ; Chorus Pro n'en accepte qu'une.",
      en: 'The invoice must have a single currency (ISO 4217 code), that of BT-5; Chorus Pro accepts only one.',
    },
    change('currency'),
  ),
  check: checkCurrency,
});

export const CURRENCY_RULES: readonly ChorusRule[] = [CHORUS_04];
