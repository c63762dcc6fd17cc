/**
 * Rules several Factur-X profile schematrons share, where the profile's test differs from the
 * EN 16931 artefacts 1.3.16 or has no EN counterpart. Each is written from the profile files
 * (1.07.3 MINIMUM/BASIC, 1.09 BASIC WL/EN16931/EXTENDED); which profile takes which is in index.ts.
 */
import { isBlank, normalizeSpace, type XmlElement } from '../../xml';
import { NONE, type Violation } from '../rule';
import { profileRule, text } from './define';
import { descendantsNamed, leavesOf } from './walk';
import { along, has, kid, kids, numberOf, stringValue, transactionOf } from './xpath';

/** UNTDID 4461 credit transfers: 30, and 58 (SEPA). */
const CREDIT_TRANSFERS: ReadonlySet<string> = new Set(['30', '58']);

/** `//ram:SpecifiedTradeSettlementPaymentMeans`, in document order. */
function paymentMeans(root: XmlElement): readonly XmlElement[] {
  return descendantsNamed(root, 'SpecifiedTradeSettlementPaymentMeans');
}

/**
 * BR-CO-27 (every profile but MINIMUM): for a credit transfer (30, 58), the creditor account gives
 * an IBAN or a proprietary id, not both. Context: the payment means whose normalised type code
 * is 30 or 58.
 */
export const BR_CO_27 = profileRule({
  id: 'BR-CO-27',
  bt: ['BT-81', 'BT-84'],
  message: text(
    'Pour un virement (moyen de paiement 30 ou 58), indiquez le compte à créditer (BT-84) soit par son IBAN, soit par un identifiant propre, mais pas les deux.',
    'For a credit transfer (payment means 30 or 58), give the account to be credited (BT-84) either as an IBAN or as a proprietary id, not both.',
  ),
  check: (root) => {
    const found: Violation[] = [];
    for (const means of paymentMeans(root)) {
      const code = kids(means, 'TypeCode');
      if (!code.some((c) => CREDIT_TRANSFERS.has(normalizeSpace(stringValue(c))))) continue;
      const iban = has(means, 'PayeePartyCreditorFinancialAccount', 'IBANID');
      const proprietary = has(means, 'PayeePartyCreditorFinancialAccount', 'ProprietaryID');
      if (iban !== proprietary) continue;
      found.push({
        node: means,
        message: iban
          ? text(
              "Le compte à créditer (BT-84) porte à la fois un IBAN et un identifiant propre : n'en gardez qu'un.",
              'The account to be credited (BT-84) has both an IBAN and a proprietary id: keep only one.',
            )
          : text(
              "Virement sans compte à créditer : indiquez l'IBAN (ou un identifiant de compte propre) dans BT-84.",
              'Credit transfer without an account to be credited: give the IBAN (or a proprietary account id) in BT-84.',
            ),
      });
    }
    return found;
  },
});

/**
 * BR-CO-25 (BASIC 1.07.3, BASIC WL 1.07.3, EXTENDED 1.09; withdrawn from EN 16931 1.3.16): a
 * positive amount due needs a payment due date or payment terms. `number()` of the first
 * `//ram:DuePayableAmount`; a value that is not a number is NaN, which is not > 0.
 */
export const BR_CO_25 = profileRule({
  id: 'BR-CO-25',
  bt: ['BT-115', 'BT-9', 'BT-20'],
  message: text(
    "Le montant à payer (BT-115) est positif : indiquez la date d'échéance (BT-9) ou les conditions de paiement (BT-20).",
    'The amount due for payment (BT-115) is positive: give the payment due date (BT-9) or the payment terms (BT-20).',
  ),
  check: (root) => {
    const due = descendantsNamed(root, 'DuePayableAmount');
    // number() of a sequence of several nodes is an XPath error: the first decides here.
    if (!(numberOf(due[0]) > 0)) return NONE;
    const terms = descendantsNamed(root, 'SpecifiedTradePaymentTerms');
    if (terms.some((t) => has(t, 'DueDateDateTime') || has(t, 'Description'))) return NONE;
    return [{ node: due[0] ?? root }];
  },
});

/** Every `//ram:SpecifiedTradeAllowanceCharge` has a `ram:ChargeIndicator`. */
function allowanceChargeWithoutIndicator(id: string) {
  return profileRule({
    id,
    bt: ['BG-20', 'BG-21', 'BG-27', 'BG-28'],
    message: text(
      "Chaque remise ou frais doit dire s'il s'agit d'une remise ou de frais (ChargeIndicator : false pour une remise, true pour des frais).",
      'Each allowance or charge must say whether it is an allowance or a charge (ChargeIndicator: false for an allowance, true for a charge).',
    ),
    check: (root) =>
      descendantsNamed(root, 'SpecifiedTradeAllowanceCharge')
        .filter((a) => kid(a, 'ChargeIndicator') === undefined)
        .map((node) => ({ node })),
  });
}

/** BR-66 (BASIC and BASIC WL 1.07.3): the test of CII-SR-463 under its former id. */
export const BR_66 = allowanceChargeWithoutIndicator('BR-66');

/**
 * CII-SR-465 / CII-SR-466 (1.09): a contact has a person name or a department name, not both. The
 * EN 16931 artefacts flag them as warnings; the Factur-X files give no flag, hence errors.
 */
function singleContactName(
  id: string,
  party: 'SellerTradeParty' | 'BuyerTradeParty',
  bt: string,
  whose: { readonly fr: string; readonly en: string },
) {
  return profileRule({
    id,
    bt: [bt],
    message: text(
      `Le contact ${whose.fr} (${bt}) ne peut pas avoir à la fois un nom de personne et un nom de service : gardez l'un des deux.`,
      `The ${whose.en} contact (${bt}) cannot have both a person name and a department name: keep one of them.`,
    ),
    check: (root) => {
      const agreement = kid(transactionOf(root), 'ApplicableHeaderTradeAgreement');
      const contacts = along(agreement, party, 'DefinedTradeContact');
      const person = contacts.some((c) => kid(c, 'PersonName') !== undefined);
      const department = contacts.some((c) => kid(c, 'DepartmentName') !== undefined);
      return person && department ? [{ node: contacts[0] ?? root }] : NONE;
    },
  });
}

export const CII_SR_465 = singleContactName('CII-SR-465', 'SellerTradeParty', 'BT-41', {
  fr: 'du vendeur',
  en: "seller's",
});
export const CII_SR_466 = singleContactName('CII-SR-466', 'BuyerTradeParty', 'BT-56', {
  fr: "de l'acheteur",
  en: "buyer's",
});

/**
 * PEPPOL-EN16931-R008 (EN16931 and EXTENDED 1.09, warning): no empty element. Context
 * `//*[not(*) and not(normalize-space())]`: every element without child elements whose text is
 * only white space, attributes or not.
 */
export const PEPPOL_EN16931_R008 = profileRule({
  id: 'PEPPOL-EN16931-R008',
  flag: 'warning',
  bt: [],
  message: text(
    'Élément vide : retirez-le, ou renseignez-le.',
    'Empty element: remove it, or fill it in.',
  ),
  check: (root) =>
    leavesOf(root)
      .filter((leaf) => isBlank(leaf.text))
      .map((node) => ({ node, message: emptyMessage(node) })),
});

function emptyMessage(element: XmlElement) {
  return text(
    `L'élément ${element.name} est vide : retirez-le, ou renseignez-le.`,
    `The element ${element.name} is empty: remove it, or fill it in.`,
  );
}
