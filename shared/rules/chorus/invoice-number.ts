/** The invoice number (BT-1): Références › Numéro de facture. */
import { INVOICE_NUMBER_MAX_LENGTH } from '../../chorus/limits';
import { pointer } from '../../model';
import { NONE } from '../rule';
import { dateLikeness } from './date-like';
import { type ChorusRule, chorusRule } from './define';
import { change, quote, sentences, shorten, verify, visibleLength } from './text';

const AT = pointer('BT-1');

export const CHORUS_01 = chorusRule({
  id: 'CHORUS-01',
  bt: ['BT-1'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: `Le numéro de facture dépasse ${INVOICE_NUMBER_MAX_LENGTH} caractères : Chorus Pro le refuse.`,
      en: `The invoice number is longer than ${INVOICE_NUMBER_MAX_LENGTH} characters; Chorus Pro refuses it.`,
    },
    change('invoiceNumber'),
  ),
  check({ invoice }) {
    const number = invoice['BT-1'];
    if (number === undefined) return NONE;
    const length = visibleLength(number);
    if (length <= INVOICE_NUMBER_MAX_LENGTH) return NONE;
    const v = quote(shorten(number));
    return [
      {
        at: AT,
        message: sentences(
          {
            fr: `Le numéro de facture ${v.fr} compte ${length} caractères ; Chorus Pro n'en accepte que ${INVOICE_NUMBER_MAX_LENGTH}.`,
            en: `Invoice number ${v.en} has ${length} characters; Chorus Pro accepts at most ${INVOICE_NUMBER_MAX_LENGTH}.`,
          },
          change('invoiceNumber'),
        ),
      },
    ];
  },
});

export const CHORUS_02 = chorusRule({
  id: 'CHORUS-02',
  bt: ['BT-1'],
  severities: ['fatal', 'warning'],
  message: sentences(
    {
      fr: "Le numéro de facture ressemble à une date ; Chorus Pro refuse un numéro qui n'est qu'une date. Utilisez votre numéro de facture.",
      en: 'The invoice number looks like a date; Chorus Pro refuses a number that is only a date. Use your invoice number.',
    },
    change('invoiceNumber'),
  ),
  check({ invoice }) {
    const number = invoice['BT-1'];
    if (number === undefined) return NONE;
    const likeness = dateLikeness(number);
    if (likeness === 'no') return NONE;
    const v = quote(number.trim());
    if (likeness === 'date') {
      return [
        {
          at: AT,
          message: sentences(
            {
              fr: `Le numéro de facture ${v.fr} est une date ; Chorus Pro refuse un numéro qui n'est qu'une date. Indiquez votre numéro de facture.`,
              en: `Invoice number ${v.en} is a date; Chorus Pro refuses a number that is only a date. Enter your invoice number.`,
            },
            change('invoiceNumber'),
          ),
        },
      ];
    }
    return [
      {
        at: AT,
        severity: 'warning',
        message: sentences(
          {
            fr: `Le numéro de facture ${v.fr} peut se lire comme une date (8 chiffres) ; Chorus Pro refuse un numéro qui n'est qu'une date. Si c'est bien votre numéro, ajoutez-y un préfixe (par exemple F${number.trim()}).`,
            en: `Invoice number ${v.en} reads as a date (8 digits); Chorus Pro refuses a number that is only a date. If it is your number, give it a prefix (for example F${number.trim()}).`,
          },
          change('invoiceNumber'),
        ),
      },
    ];
  },
});

/**
 * Uniqueness per supplier and year needs the supplier's past deposits, which no rule input
 * carries yet: the check says it did not run.
 */
export const CHORUS_34 = chorusRule({
  id: 'CHORUS-34',
  bt: ['BT-1'],
  severities: ['info'],
  message: sentences(
    {
      fr: "Unicité du numéro de facture non vérifiée : Chorus Pro refuse un numéro déjà déposé par le même fournisseur la même année, et l'historique de vos dépôts n'est pas connu ici.",
      en: 'Invoice number uniqueness not checked: Chorus Pro refuses a number the same supplier already deposited in the same year, and your deposit history is not known here.',
    },
    verify('invoiceNumber'),
  ),
  check({ invoice }) {
    if (invoice['BT-1'] === undefined) return NONE;
    return [{ at: AT, severity: 'info' }];
  },
});

export const INVOICE_NUMBER_RULES: readonly ChorusRule[] = [CHORUS_01, CHORUS_02, CHORUS_34];
