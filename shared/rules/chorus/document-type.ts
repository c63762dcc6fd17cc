/** The document type (BT-3): Références › Type de facture, and what a credit note needs. */
import {
  ACCEPTED_DOCUMENT_TYPES,
  CREDIT_NOTE_TYPE,
  isAcceptedDocumentType,
} from '../../chorus/document-types';
import { isCreditNote, pointer } from '../../model';
import { NONE, type RuleContext } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { change, fillIn, quote, sentences } from './text';

const AT = pointer('BT-3');
const ACCEPTED = ACCEPTED_DOCUMENT_TYPES.join(', ');

export const CHORUS_03 = chorusRule({
  id: 'CHORUS-03',
  bt: ['BT-3'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: `Chorus Pro n'accepte que les types de document ${ACCEPTED}.`,
      en: `Chorus Pro only accepts document types ${ACCEPTED}.`,
    },
    change('invoiceType'),
  ),
  check({ invoice, rejected }) {
    const code = invoice['BT-3'] ?? rejected.get(AT)?.found.trim();
    if (code === undefined || code === '') {
      return [
        {
          at: AT,
          message: sentences(
            {
              fr: `Le type de document (BT-3) est absent ; Chorus Pro attend l'un des types ${ACCEPTED} (381 pour un avoir).`,
              en: `The document type (BT-3) is missing; Chorus Pro expects one of ${ACCEPTED} (381 for a credit note).`,
            },
            fillIn('invoiceType'),
          ),
        },
      ];
    }
    if (isAcceptedDocumentType(code)) return NONE;
    const v = quote(code);
    const advice = isCreditNote(code)
      ? {
          fr: `Pour un avoir, utilisez ${CREDIT_NOTE_TYPE}.`,
          en: `For a credit note use ${CREDIT_NOTE_TYPE}.`,
        }
      : { fr: 'Pour une facture, utilisez 380.', en: 'For an invoice use 380.' };
    return [
      {
        at: AT,
        message: sentences(
          {
            fr: `Le type de document ${v.fr} n'est pas accepté par Chorus Pro (types acceptés : ${ACCEPTED}).`,
            en: `Document type ${v.en} is not accepted by Chorus Pro (accepted types: ${ACCEPTED}).`,
          },
          advice,
          change('invoiceType'),
        ),
      },
    ];
  },
});

function hasPrecedingInvoice({ invoice, rejected }: RuleContext): boolean {
  const references = invoice['BG-3'] ?? [];
  return references.some(
    (reference, n) => reference['BT-25'] !== undefined || rejected.has(pointer('BG-3', n, 'BT-25')),
  );
}

export const CHORUS_33 = chorusRule({
  id: 'CHORUS-33',
  bt: ['BT-25', 'BT-3'],
  severities: ['warning'],
  message: sentences(
    {
      fr: "Avoir : indiquez le numéro de la facture d'origine (BT-25).",
      en: 'Credit note: give the original invoice number (BT-25).',
    },
    fillIn('originalInvoice'),
  ),
  check(context) {
    if (context.invoice['BT-3'] !== CREDIT_NOTE_TYPE) return NONE;
    if (hasPrecedingInvoice(context)) return NONE;
    return [{ at: pointer('BG-3') }];
  },
});

export const DOCUMENT_TYPE_RULES: readonly ChorusRule[] = [CHORUS_03, CHORUS_33];
