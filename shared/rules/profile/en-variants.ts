/**
 * EN 16931 rules as the Factur-X MINIMUM and BASIC WL files write them, where the verdict can
 * differ from the en16931 layer's. These two profiles have no en16931 layer, so their copy of the
 * rule is the only one that runs. The id, terms and generic message are the EN rule's; the test is
 * the Factur-X file's, on the XML:
 *
 * - presence written `x != ''` (some node whose text is not empty: a value of spaces is there)
 *   where EN writes `normalize-space(x) != ''`, and `//ram:SellerTradeParty/…` paths;
 * - BR-03 reads only a `udt:DateTimeString` with `@format='102'` (a date in another format is no
 *   issue date for it, nor for the EN CII schematron);
 * - each Factur-X rule has its own pattern, so no rule hides another: the VAT breakdown rules
 *   BR-45…48, BR-CO-17, BR-DEC-19/20 also judge the breakdowns of categories L, M and O, which the
 *   EN CII schematron gives to the rules of those categories first;
 * - BR-17 never compares the payee with the seller (its path to the seller does not exist);
 * - BR-CO-03 looks within each breakdown, EN across the whole document;
 * - BR-CO-12 rounds the declared charge total to cents before comparing;
 * - BR-DEC-13 passes as soon as one VAT total (BT-110 or BT-111) qualifies;
 * - BR-49 is about each `ram:SpecifiedTradeSettlementPaymentMeans` (a payment reference alone is
 *   none).
 */
import { Decimal } from '../../model';
import { normalizeSpace, type XmlElement } from '../../xml';
import { EN16931_RULES } from '../en16931';
import { NONE, type Rule, type RuleContext, type Violation } from '../rule';
import { eachNode, profileRule, text } from './define';
import { descendantsNamed } from './walk';
import {
  along,
  doubleOf,
  equalsSome,
  exchangedDocumentOf,
  has,
  invoiceRoot,
  kid,
  kids,
  optionalDecimal,
  roundCentsDouble,
  rsmChild,
  shown,
  stringValue,
  sumDoubles,
  transactionOf,
  udtKids,
} from './xpath';

const EN_RULES: ReadonlyMap<string, Rule> = new Map(
  EN16931_RULES.filter((r) => r.syntax === undefined || r.syntax === 'cii').map((r) => [r.id, r]),
);

/** The EN rule's id, terms, flag and message, with the Factur-X test. */
function asFacturX(
  id: string,
  check: (root: XmlElement, context: RuleContext) => readonly Violation[],
): Rule {
  const rule = EN_RULES.get(id);
  if (rule === undefined) throw new Error(`No EN 16931 rule ${id}.`);
  return profileRule({ id, flag: rule.flag, bt: rule.bt, message: rule.message, check });
}

/** `x != ''` over nodes: some node's text is not empty. */
function someText(nodes: readonly XmlElement[]): boolean {
  return nodes.some((n) => stringValue(n) !== '');
}

/**
 * A presence rule of context `/rsm:CrossIndustryInvoice`: `nodes(root)` must hold a non-empty
 * value; the violation points at the deepest element of the path that exists.
 */
function rootPresence(
  id: string,
  nodes: (invoice: XmlElement) => readonly XmlElement[],
  near: (invoice: XmlElement) => XmlElement | undefined,
): Rule {
  return asFacturX(id, (root) => {
    const invoice = invoiceRoot(root);
    if (invoice === undefined || someText(nodes(invoice))) return NONE;
    return [{ node: near(invoice) ?? invoice }];
  });
}

const agreementOf = (invoice: XmlElement) =>
  kid(transactionOf(invoice), 'ApplicableHeaderTradeAgreement');
const settlementOf = (invoice: XmlElement) =>
  kid(transactionOf(invoice), 'ApplicableHeaderTradeSettlement');

function contextParameterIds(invoice: XmlElement): readonly XmlElement[] {
  return along(
    rsmChild(invoice, 'ExchangedDocumentContext'),
    'GuidelineSpecifiedDocumentContextParameter',
    'ID',
  );
}

function issueDates102(invoice: XmlElement): XmlElement[] {
  return udtKids(kid(exchangedDocumentOf(invoice), 'IssueDateTime'), 'DateTimeString').filter((d) =>
    d.attributes.some((a) => a.localName === 'format' && a.namespace === '' && a.value === '102'),
  );
}

/** `//ram:<party>/ram:PostalTradeAddress`. */
function addressesOf(root: XmlElement, party: string): XmlElement[] {
  return descendantsNamed(root, party).flatMap((p) => kids(p, 'PostalTradeAddress'));
}

const BR_01 = rootPresence('BR-01', contextParameterIds, (i) => i.children[0]);
const BR_02 = rootPresence('BR-02', (i) => kids(exchangedDocumentOf(i), 'ID'), exchangedDocumentOf);
const BR_03 = rootPresence('BR-03', issueDates102, exchangedDocumentOf);
const BR_04 = rootPresence(
  'BR-04',
  (i) => kids(exchangedDocumentOf(i), 'TypeCode'),
  exchangedDocumentOf,
);
const BR_05 = rootPresence(
  'BR-05',
  (i) => kids(settlementOf(i), 'InvoiceCurrencyCode'),
  settlementOf,
);
const BR_06 = rootPresence(
  'BR-06',
  (i) => along(agreementOf(i), 'SellerTradeParty', 'Name'),
  (i) => kid(agreementOf(i), 'SellerTradeParty') ?? agreementOf(i),
);
const BR_07 = rootPresence(
  'BR-07',
  (i) => along(agreementOf(i), 'BuyerTradeParty', 'Name'),
  (i) => kid(agreementOf(i), 'BuyerTradeParty') ?? agreementOf(i),
);

function partyAddressRule(id: string, party: string): Rule {
  return asFacturX(id, (root) => {
    const invoice = invoiceRoot(root);
    if (invoice === undefined || addressesOf(root, party).length > 0) return NONE;
    return [{ node: descendantsNamed(root, party)[0] ?? invoice }];
  });
}

function partyCountryRule(id: string, party: string): Rule {
  return asFacturX(id, (root) => {
    const invoice = invoiceRoot(root);
    if (invoice === undefined) return NONE;
    const addresses = addressesOf(root, party);
    if (someText(addresses.flatMap((a) => kids(a, 'CountryID')))) return NONE;
    return [{ node: addresses[0] ?? descendantsNamed(root, party)[0] ?? invoice }];
  });
}

const BR_08 = partyAddressRule('BR-08', 'SellerTradeParty');
const BR_09 = partyCountryRule('BR-09', 'SellerTradeParty');
const BR_10 = partyAddressRule('BR-10', 'BuyerTradeParty');
const BR_11 = partyCountryRule('BR-11', 'BuyerTradeParty');

/**
 * BR-DEC-13: `not(ram:TaxTotalAmount) or ram:TaxTotalAmount[(@currencyID = BT-5 and . = round(. *
 * 100) div 100) or not(@currencyID = BT-5)]` — passes when SOME total qualifies, so a VAT total in
 * the accounting currency (BT-111) lets a BT-110 with three decimals through. In doubles.
 */
const BR_DEC_13 = asFacturX('BR-DEC-13', (root) =>
  eachNode(
    descendantsNamed(root, 'SpecifiedTradeSettlementHeaderMonetarySummation'),
    (summation) => {
      const totals = kids(summation, 'TaxTotalAmount');
      if (totals.length === 0) return undefined;
      const currencies = kids(
        kid(transactionOf(root), 'ApplicableHeaderTradeSettlement'),
        'InvoiceCurrencyCode',
      ).map(stringValue);
      const qualifies = (total: XmlElement) => {
        const currency = total.attributes.find(
          (a) => a.localName === 'currencyID' && a.namespace === '',
        )?.value;
        const inInvoiceCurrency = currency !== undefined && currencies.includes(currency);
        if (!inInvoiceCurrency) return true;
        const value = doubleOf(total);
        return value === Math.round(value * 100) / 100;
      };
      if (totals.some(qualifies)) return undefined;
      return { node: totals[0] ?? summation };
    },
  ),
);

/** The rules MINIMUM keeps whose Factur-X test is read on the XML: BR-01…BR-09, BR-DEC-13. */
export const MINIMUM_VARIANT_RULES: readonly Rule[] = [
  BR_01,
  BR_02,
  BR_03,
  BR_04,
  BR_05,
  BR_06,
  BR_07,
  BR_08,
  BR_09,
  BR_DEC_13,
];

/** BR-55: each preceding invoice reference has a number (BT-25). */
const BR_55 = asFacturX('BR-55', (root) => {
  const invoice = invoiceRoot(root);
  if (invoice === undefined) return NONE;
  return kids(settlementOf(invoice), 'InvoiceReferencedDocument')
    .filter((reference) => !someText(kids(reference, 'IssuerAssignedID')))
    .map((node) => ({ node }));
});

/** BR-56: each seller tax representative has a VAT id (BT-63). */
const BR_56 = asFacturX('BR-56', (root) =>
  descendantsNamed(root, 'SellerTaxRepresentativeTradeParty')
    .filter(
      (party) =>
        !someText(
          along(party, 'SpecifiedTaxRegistration', 'ID').filter((id) =>
            id.attributes.some(
              (a) => a.localName === 'schemeID' && a.namespace === '' && a.value === 'VA',
            ),
          ),
        ),
    )
    .map((node) => ({ node })),
);

/** BR-57: a deliver-to address has a country code (BT-80). */
const BR_57 = asFacturX('BR-57', (root) => {
  const invoice = invoiceRoot(root);
  if (invoice === undefined) return NONE;
  const delivery = kid(transactionOf(invoice), 'ApplicableHeaderTradeDelivery');
  const addresses = along(delivery, 'ShipToTradeParty', 'PostalTradeAddress');
  if (addresses.length === 0 || someText(addresses.flatMap((a) => kids(a, 'CountryID'))))
    return NONE;
  return [{ node: addresses[0] ?? invoice }];
});

/** `//ram:ApplicableHeaderTradeSettlement/ram:ApplicableTradeTax`. */
export function headerTaxes(root: XmlElement): XmlElement[] {
  return descendantsNamed(root, 'ApplicableHeaderTradeSettlement').flatMap((s) =>
    kids(s, 'ApplicableTradeTax'),
  );
}

function eachHeaderTax(id: string, violates: (tax: XmlElement) => boolean): Rule {
  return asFacturX(id, (root) =>
    headerTaxes(root)
      .filter(violates)
      .map((node) => ({ node })),
  );
}

/** `string-length(substring-after(x, '.')) <= 2` on the first (only) node. */
function tooManyDecimals(nodes: readonly XmlElement[]): boolean {
  const [value] = nodes;
  if (value === undefined) return false;
  const text = stringValue(value);
  const dot = text.indexOf('.');
  return dot !== -1 && [...text.slice(dot + 1)].length > 2;
}

const BR_45 = eachHeaderTax('BR-45', (tax) => kid(tax, 'BasisAmount') === undefined);
const BR_46 = eachHeaderTax('BR-46', (tax) => kid(tax, 'CalculatedAmount') === undefined);
const BR_47 = eachHeaderTax('BR-47', (tax) => kid(tax, 'CategoryCode') === undefined);
const BR_48 = eachHeaderTax(
  'BR-48',
  (tax) =>
    kid(tax, 'RateApplicablePercent') === undefined && !equalsSome(kids(tax, 'CategoryCode'), 'O'),
);
const BR_DEC_19 = eachHeaderTax('BR-DEC-19', (tax) => tooManyDecimals(kids(tax, 'BasisAmount')));
const BR_DEC_20 = eachHeaderTax('BR-DEC-20', (tax) =>
  tooManyDecimals(kids(tax, 'CalculatedAmount')),
);

const roundInteger = (value: Decimal) => value.toDecimalPlaces(0, Decimal.ROUND_HALF_CEIL);

/**
 * BR-CO-17: with r the rate of a VAT-type breakdown, rounded to an integer: r = 0 → the VAT amount
 * rounds to 0; r ≠ 0 → |VAT| is within 1 (inclusive) of round(|base| × rate / 100, 2); no rate →
 * the VAT amount rounds to 0. A missing VAT amount fails.
 */
const BR_CO_17 = asFacturX('BR-CO-17', (root) =>
  eachNode(headerTaxes(root), (tax) => {
    const typeCodes = kids(tax, 'TypeCode');
    const isVat =
      typeCodes.length === 1 &&
      normalizeSpace(stringValue(typeCodes[0] as XmlElement).toUpperCase()) === 'VAT';
    const rate = isVat ? optionalDecimal(kids(tax, 'RateApplicablePercent')) : undefined;
    const amount = optionalDecimal(kids(tax, 'CalculatedAmount'));
    if (amount === undefined) return { node: tax };
    if (rate === undefined || roundInteger(rate).isZero()) {
      if (roundInteger(amount).isZero()) return undefined;
      return {
        node: tax,
        message: text(
          `Le montant de TVA de cette ventilation (BT-117) vaut ${shown(amount)} ${rate === undefined ? 'sans taux (BT-119)' : `au taux de ${rate.toString()} %`} : il doit être nul.`,
          `The VAT amount of this breakdown (BT-117) is ${shown(amount)} ${rate === undefined ? 'with no rate (BT-119)' : `at a rate of ${rate.toString()}%`}: it must be zero.`,
        ),
      };
    }
    const base = optionalDecimal(kids(tax, 'BasisAmount'));
    if (base === undefined) return { node: tax };
    const expected = base.abs().times(rate.div(100)).toDecimalPlaces(2, Decimal.ROUND_HALF_CEIL);
    if (amount.abs().minus(1).lte(expected) && amount.abs().plus(1).gte(expected)) return undefined;
    return {
      node: tax,
      message: text(
        `Le montant de TVA (BT-117) vaut ${shown(amount)} mais la base (BT-116) ${shown(base)} × ${rate.toString()} % donne ${shown(expected)} : corrigez le montant de TVA ou la base.`,
        `The VAT amount (BT-117) is ${shown(amount)} but the taxable amount (BT-116) ${shown(base)} × ${rate.toString()}% gives ${shown(expected)}: correct the VAT amount or the taxable amount.`,
      ),
    };
  }),
);

/**
 * BR-CO-12 (BASIC WL): the charge total (BT-108), itself rounded to cents, equals the charges
 * (BT-99) plus logistics charges, each sum rounded to cents — all in doubles. EN 16931 does not
 * round the declared total, so 1.005 against charges of 1.005 passes here and fails there.
 */
const BR_CO_12 = asFacturX('BR-CO-12', (root) =>
  eachNode(
    descendantsNamed(root, 'SpecifiedTradeSettlementHeaderMonetarySummation'),
    (summation) => {
      const settlement = kid(transactionOf(root), 'ApplicableHeaderTradeSettlement');
      const charges = kids(settlement, 'SpecifiedTradeAllowanceCharge').filter((c) =>
        kids(c, 'ChargeIndicator').some((i) => equalsSome(udtKids(i, 'Indicator'), 'true')),
      );
      if (charges.length === 0 && kid(summation, 'ChargeTotalAmount') === undefined)
        return undefined;
      const declaredNodes = kids(
        kid(settlement, 'SpecifiedTradeSettlementHeaderMonetarySummation'),
        'ChargeTotalAmount',
      );
      const [declaredNode] = declaredNodes;
      if (declaredNode === undefined || declaredNodes.length > 1) return { node: summation };
      const declared = roundCentsDouble(doubleOf(declaredNode), '10*10');
      const parts =
        roundCentsDouble(sumDoubles(charges.flatMap((c) => kids(c, 'ActualAmount'))), '10*10') +
        roundCentsDouble(
          sumDoubles(
            kids(settlement, 'SpecifiedLogisticsServiceCharge').flatMap((l) =>
              kids(l, 'AppliedAmount'),
            ),
          ),
          '10*10',
        );
      const computed = roundCentsDouble(parts, '10*10');
      if (declared === computed) return undefined;
      return {
        node: declaredNode,
        message: text(
          `Le total des frais (BT-108) vaut ${stringValue(declaredNode).trim()}, mais la somme des frais du document (BT-99) donne ${computed.toFixed(2)}.`,
          `The sum of charges (BT-108) is ${stringValue(declaredNode).trim()}, but the document charges (BT-99) add up to ${computed.toFixed(2)}.`,
        ),
      };
    },
  ),
);

/** BR-17: the payee (BG-10) has a name; the comparison with the seller never fails. */
const BR_17 = asFacturX('BR-17', (root) =>
  descendantsNamed(root, 'PayeeTradeParty')
    .filter((payee) => kid(payee, 'Name') === undefined)
    .map((node) => ({ node })),
);

/** BR-CO-03: within a breakdown, not both a tax point date (BT-7) and its code (BT-8). */
const BR_CO_03 = asFacturX('BR-CO-03', (root) =>
  headerTaxes(root)
    .filter((tax) => has(tax, 'TaxPointDate') && has(tax, 'DueDateTypeCode'))
    .map((node) => ({
      node,
      message: text(
        "Cette ventilation de TVA donne à la fois la date d'exigibilité de la TVA (BT-7) et son code (BT-8) : gardez l'un des deux.",
        'This VAT breakdown gives both the value added tax point date (BT-7) and its code (BT-8): keep one of them.',
      ),
    })),
);

/** BR-49: each payment means has a type code (BT-81). */
const BR_49 = asFacturX('BR-49', (root) =>
  descendantsNamed(root, 'SpecifiedTradeSettlementPaymentMeans')
    .filter((means) => kid(means, 'TypeCode') === undefined)
    .map((node) => ({ node })),
);

/** The BASIC WL rules whose Factur-X test is read on the XML (see the file comment). */
export const BASIC_WL_VARIANT_RULES: readonly Rule[] = [
  ...MINIMUM_VARIANT_RULES,
  BR_10,
  BR_11,
  BR_17,
  BR_45,
  BR_46,
  BR_47,
  BR_48,
  BR_49,
  BR_55,
  BR_56,
  BR_57,
  BR_CO_03,
  BR_CO_12,
  BR_CO_17,
  BR_DEC_19,
  BR_DEC_20,
];
