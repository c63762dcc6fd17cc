/**
 * Payment instructions (BG-16): means code (BR-49), account for credit transfers (BR-50, BR-61),
 * card number masking (BR-51). From XML the first three are checked per payment means element
 * (payment-document.ts).
 */
import { normalizeSpace } from '../../../xml';
import { NONE, type Rule, type RuleContext } from '../../rule';
import { businessRule, missing, missingAmong, text } from './define';
import { exists, occurrences, variantOf } from './facts';
import {
  accountsWithoutFilledId,
  creditTransfersWithoutAccount,
  meansWithoutCode,
  paymentMeansOf,
} from './payment-document';

/** UNTDID 4461 codes of credit transfers: 30 credit transfer, 58 SEPA credit transfer. */
const CREDIT_TRANSFER_CODES: ReadonlySet<string> = new Set(['30', '58']);

function isCreditTransfer(c: RuleContext): boolean {
  return CREDIT_TRANSFER_CODES.has(c.invoice['BG-16']?.['BT-81'] ?? '');
}

function accounts(c: RuleContext) {
  return occurrences(c.invoice['BG-16']?.['BG-17'], '/BG-16', 'BG-17');
}

/** A model not read from XML: every credit transfer account (BG-17) has its identifier (BT-84). */
function accountsWithoutIdentifier(c: RuleContext) {
  if (!isCreditTransfer(c)) return NONE;
  return missingAmong(
    c,
    accounts(c).map(({ at, item }) => ({ at: `${at}/BT-84`, value: item['BT-84'] })),
  );
}

const BR_51_MESSAGE = text(
  'Ne donnez pas le numéro complet de la carte de paiement (BT-87) : au plus les 6 premiers et les 4 derniers chiffres (10 caractères), conformément aux règles de sécurité PCI.',
  'Do not give the full payment card number (BT-87): at most its first 6 and last 4 digits (10 characters), as PCI security rules require.',
);

/** `string-length(normalize-space(x)) <= 10`, counting characters as XPath does. */
function fullCardNumber(c: RuleContext) {
  const number = c.invoice['BG-16']?.['BG-18']?.['BT-87'];
  if (number === undefined || Array.from(normalizeSpace(number)).length <= 10) return NONE;
  return [{ at: '/BG-16/BG-18/BT-87' }];
}

export const PAYMENT_RULES: readonly Rule[] = [
  businessRule({
    id: 'BR-49',
    bt: ['BT-81'],
    message: text(
      'Les instructions de paiement doivent indiquer le moyen de paiement (BT-81), par exemple 30 (virement) ou 58 (virement SEPA).',
      'The payment instructions must give the payment means type code (BT-81), e.g. 30 (credit transfer) or 58 (SEPA credit transfer).',
    ),
    check: (c) => {
      // From XML: each payment means element needs its code element; a payment reference
      // (BT-83) alone is no payment means.
      const means = paymentMeansOf(c);
      if (means !== undefined) return meansWithoutCode(means);
      const instructions = c.invoice['BG-16'];
      if (instructions === undefined) return NONE;
      return missing(c, '/BG-16/BT-81', instructions['BT-81']);
    },
  }),
  businessRule({
    id: 'BR-50',
    bt: ['BT-84', 'BG-17'],
    message: text(
      'Pour un virement, chaque compte indiqué (BG-17) doit avoir son identifiant (BT-84), par exemple un IBAN.',
      'For a credit transfer, each account given (BG-17) must have its identifier (BT-84), e.g. an IBAN.',
    ),
    check: (c) => {
      const means = paymentMeansOf(c);
      return means === undefined ? accountsWithoutIdentifier(c) : accountsWithoutFilledId(means);
    },
  }),
  businessRule({
    id: 'BR-61',
    bt: ['BT-84', 'BT-81'],
    message: text(
      'Le moyen de paiement est un virement (BT-81 = 30 ou 58) : indiquez le compte à créditer (BT-84), par exemple un IBAN.',
      'The payment means is a credit transfer (BT-81 = 30 or 58): give the account to credit (BT-84), e.g. an IBAN.',
    ),
    check: (c) => {
      // CII checks each account given (like BR-50); UBL asks each payment means for one account
      // identifier at least.
      const means = paymentMeansOf(c);
      const syntax = c.xml?.syntax;
      if (means !== undefined && syntax !== undefined)
        return creditTransfersWithoutAccount(means, syntax);
      if (!isCreditTransfer(c)) return NONE;
      const any = accounts(c).some(({ at, item }) => exists(c, `${at}/BT-84`, item['BT-84']));
      return any ? NONE : [{ at: '/BG-16/BG-17' }];
    },
  }),
  // The UBL artefact flags BR-51 as a warning, the CII one as fatal: one rule per flag.
  businessRule({
    id: 'BR-51',
    flag: 'warning',
    bt: ['BT-87'],
    message: BR_51_MESSAGE,
    check: (c) => (variantOf(c) === 'cii' ? NONE : fullCardNumber(c)),
  }),
  businessRule({
    id: 'BR-51',
    syntax: 'cii',
    bt: ['BT-87'],
    message: BR_51_MESSAGE,
    check: fullCardNumber,
  }),
];
