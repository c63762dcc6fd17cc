/** Payment data: Références › Mode de paiement, Fournisseur › Coordonnées bancaires. */
import { CREDIT_NOTE_TYPE } from '../../chorus/document-types';
import { isCreditTransfer, portalPaymentMode } from '../../chorus/payment-modes';
import * as iban from '../../identifiers/iban';
import { pointer } from '../../model';
import { NONE, type Violation } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { change, fillIn, quote, sentences } from './text';

const MEANS_AT = pointer('BG-16', 'BT-81');

export const CHORUS_11 = chorusRule({
  id: 'CHORUS-11',
  bt: ['BT-81', 'BT-3'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: 'Le mode de paiement (code BT-81) est absent : Chorus Pro rejette la facture.',
      en: 'The payment means code (BT-81) is missing: Chorus Pro rejects the invoice.',
    },
    fillIn('paymentMode'),
  ),
  check({ invoice, rejected }) {
    if (invoice['BT-3'] === CREDIT_NOTE_TYPE) return NONE;
    if (invoice['BG-16']?.['BT-81'] !== undefined || rejected.has(MEANS_AT)) return NONE;
    return [
      {
        at: MEANS_AT,
        message: sentences(
          {
            fr: 'Le mode de paiement (code BT-81 du moyen de paiement) est absent : Chorus Pro rejette la facture. Pour un virement, le code est 30.',
            en: 'The payment means code (BT-81) is missing: Chorus Pro rejects the invoice. For a credit transfer the code is 30.',
          },
          fillIn('paymentMode'),
        ),
      },
    ];
  },
});

export const CHORUS_12 = chorusRule({
  id: 'CHORUS-12',
  bt: ['BT-81', 'BT-84'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: "Virement : indiquez un IBAN valide ; Chorus Pro n'accepte que des IBAN.",
      en: 'Credit transfer: give a valid IBAN; Chorus Pro only accepts IBANs.',
    },
    change('bankDetails'),
  ),
  check({ invoice }) {
    const payment = invoice['BG-16'];
    const code = payment?.['BT-81'];
    if (code === undefined || !isCreditTransfer(code)) return NONE;
    const accounts = payment?.['BG-17'] ?? [];
    const found: Violation[] = [];
    let given = 0;
    for (const [n, account] of accounts.entries()) {
      const number = account['BT-84'];
      if (number === undefined) continue;
      given++;
      const checked = iban.validate(number);
      if (checked.valid) continue;
      const v = quote(number);
      found.push({
        at: pointer('BG-16', 'BG-17', n, 'BT-84'),
        message: sentences(
          {
            fr: `Virement (code ${code}) : le compte ${v.fr} n'est pas un IBAN valide, et Chorus Pro ne paie que sur un IBAN. ${checked.message.fr}`,
            en: `Credit transfer (code ${code}): account ${v.en} is not a valid IBAN, and Chorus Pro only pays to an IBAN. ${checked.message.en}`,
          },
          change('bankDetails'),
        ),
      });
    }
    if (given > 0) return found;
    return [
      {
        at: pointer('BG-16', 'BG-17'),
        message: sentences(
          {
            fr: `Virement (code ${code}) sans compte bancaire : indiquez l'IBAN du fournisseur (BT-84) ; Chorus Pro n'accepte que des IBAN.`,
            en: `Credit transfer (code ${code}) without a bank account: give the supplier's IBAN (BT-84); Chorus Pro only accepts IBANs.`,
          },
          fillIn('bankDetails'),
        ),
      },
    ];
  },
});

export const CHORUS_13 = chorusRule({
  id: 'CHORUS-13',
  bt: ['BG-19', 'BT-81', 'BT-3'],
  severities: ['warning'],
  message: sentences(
    {
      fr: "Chorus Pro n'utilise pas le prélèvement (mandat) ; pour un avoir, laissez le mode de paiement vide.",
      en: 'Chorus Pro does not use direct-debit mandates; for a credit note, leave the payment mode empty.',
    },
    change('paymentMode'),
  ),
  check({ invoice }) {
    const payment = invoice['BG-16'];
    const found: Violation[] = [];
    const debit = payment?.['BG-19'];
    if (debit && Object.keys(debit).length > 0) {
      found.push({
        at: pointer('BG-16', 'BG-19'),
        message: {
          fr: "Chorus Pro n'utilise pas le prélèvement (mandat, créancier, compte débité : BG-19) : aucun champ du portail ne reçoit ces données, elles seront ignorées. Le bloc Références n'en garde que le champ « Mode de paiement ».",
          en: 'Chorus Pro does not use direct-debit data (mandate, creditor, debited account: BG-19): no portal field takes it, it will be ignored. The "Références" block only keeps its field "Mode de paiement".',
        },
      });
    }
    const code = payment?.['BT-81'];
    if (invoice['BT-3'] === CREDIT_NOTE_TYPE && code !== undefined) {
      found.push({
        at: MEANS_AT,
        message: sentences(
          {
            fr: `Avoir avec un mode de paiement (code ${code}, ${portalPaymentMode(code)} sur le portail) : pour un avoir, laissez le mode de paiement vide.`,
            en: `Credit note with a payment means (code ${code}, ${portalPaymentMode(code)} on the portal): for a credit note, leave the payment mode empty.`,
          },
          change('paymentMode'),
        ),
      });
    }
    return found;
  },
});

export const PAYMENT_RULES: readonly ChorusRule[] = [CHORUS_11, CHORUS_12, CHORUS_13];
