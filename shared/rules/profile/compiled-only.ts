/**
 * Rules that the compiled stylesheets of Factur-X 1.09 (fnfempe/France_RFE, 2xslt/) run although
 * the schematron files next to them (schematron/) do not have them. The stylesheets are what the
 * official validation executes, so their verdict is the profile's:
 * - BASIC WL: BR-51 and BR-CO-19 (EN logic), BR-FXEXT-Z-08rev (warning) without the line
 *   sub-type filter;
 * - EN16931: BR-FX-EN-04 (warning, German rule: delivery date or period), BR-FXEXT-12 (as in
 *   EXTENDED), BR-FXEXT-Z-08rev (warning) without the sub-type filter.
 */
import { normalizeSpace, type XmlElement } from '../../xml';
import { NONE, type Rule } from '../rule';
import { keptFromEn16931, profileRule, text } from './define';
import { BR_FXEXT_12 } from './extended/lines';
import { taxableAmountRule } from './extended/vat';
import { along, exchangedDocumentOf, has, kid, kids, stringValue, transactionOf } from './xpath';

const ZERO_RATED_BY_REASON = taxableAmountRule('Z', 'rev', 'all');

/** `ram:…/ram:PostalTradeAddress/ram:CountryID[upper-case(normalize-space(.))='DE']` exists. */
function inGermany(party: XmlElement | undefined): boolean {
  return along(party, 'PostalTradeAddress', 'CountryID').some(
    (c) => normalizeSpace(stringValue(c)).toUpperCase() === 'DE',
  );
}

/**
 * BR-FX-EN-04: an invoice between German parties (seller or invoicer, buyer or invoicee) that is
 * not a down payment (386) states a delivery date (BT-72), an invoicing period (BG-14) or a period
 * on every line (BG-26), and, without a delivery date, some delivery information (BT-80 at least).
 */
const BR_FX_EN_04 = profileRule({
  id: 'BR-FX-EN-04',
  flag: 'warning',
  bt: ['BT-72', 'BG-14', 'BG-26', 'BT-80'],
  message: text(
    'Facture entre parties allemandes (hors acompte 386) : indiquez la date de livraison (BT-72), la période de facturation (BG-14) ou une période sur chaque ligne (BG-26) ; sans date de livraison, donnez au moins le pays de livraison (BT-80).',
    'Invoice between German parties (other than a down payment, 386): give the actual delivery date (BT-72), the invoicing period (BG-14) or a period on every line (BG-26); without a delivery date, give at least the deliver-to country (BT-80).',
  ),
  check: (root) => {
    const typeCodes = kids(exchangedDocumentOf(root), 'TypeCode');
    if (!typeCodes.some((t) => stringValue(t) !== '386')) return NONE;
    const transaction = transactionOf(root);
    if (transaction === undefined) return NONE;
    const agreement = kid(transaction, 'ApplicableHeaderTradeAgreement');
    const settlement = kid(transaction, 'ApplicableHeaderTradeSettlement');
    const seller = inGermany(kid(agreement, 'SellerTradeParty'));
    const buyer = inGermany(kid(agreement, 'BuyerTradeParty'));
    const invoicer = inGermany(kid(settlement, 'InvoicerTradeParty'));
    const invoicee = inGermany(kid(settlement, 'InvoiceeTradeParty'));
    if (!((seller || invoicer) && (buyer || invoicee))) return NONE;
    const delivery = kid(transaction, 'ApplicableHeaderTradeDelivery');
    const deliveryDate = has(delivery, 'ActualDeliverySupplyChainEvent', 'OccurrenceDateTime');
    const period =
      deliveryDate ||
      has(settlement, 'BillingSpecifiedPeriod') ||
      kids(transaction, 'IncludedSupplyChainTradeLineItem').every((line) =>
        has(line, 'SpecifiedLineTradeSettlement', 'BillingSpecifiedPeriod'),
      );
    const deliveryText = delivery !== undefined && normalizeSpace(stringValue(delivery)) !== '';
    if (period && (deliveryDate || deliveryText)) return NONE;
    return [{ node: transaction }];
  },
});

export const BASIC_WL_COMPILED_ONLY: readonly Rule[] = [
  ...keptFromEn16931(['BR-51', 'BR-CO-19']),
  ZERO_RATED_BY_REASON,
];

export const EN16931_COMPILED_ONLY: readonly Rule[] = [
  BR_FX_EN_04,
  BR_FXEXT_12,
  ZERO_RATED_BY_REASON,
];
