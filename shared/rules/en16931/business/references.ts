/**
 * Referenced documents and delivery: supporting documents (BR-52), preceding invoices (BR-55),
 * deliver-to address (BR-57).
 */
import { NS } from '../../../syntax/namespaces';
import { child, normalizeSpace } from '../../../xml';
import { documentWalk } from '../../document-walk';
import { NONE, type Rule } from '../../rule';
import { businessRule, missing, missingAmong, text } from './define';
import { occurrences, variantOf } from './facts';

export const REFERENCE_RULES: readonly Rule[] = [
  businessRule({
    id: 'BR-52',
    bt: ['BT-122', 'BG-24'],
    message: text(
      'Chaque justificatif additionnel (BG-24) doit avoir une référence (BT-122).',
      'Each additional supporting document (BG-24) must have a reference (BT-122).',
    ),
    check: (c) => {
      // From XML, every additional document reference needs its identifier, whatever the model
      // reads from it (BG-24, or BT-17, BT-18, BT-128 by its type code).
      if (c.xml !== undefined) {
        const ubl = c.xml.syntax === 'ubl';
        return documentWalk(c)
          .additionalDocuments.filter((reference) => {
            const id = child(reference, ubl ? NS.cbc : NS.ram, ubl ? 'ID' : 'IssuerAssignedID');
            return id === undefined || normalizeSpace(id.text) === '';
          })
          .map((node) => ({ node }));
      }
      return missingAmong(
        c,
        occurrences(c.invoice['BG-24'], '', 'BG-24').map(({ at, item }) => ({
          at: `${at}/BT-122`,
          value: item['BT-122'],
        })),
      );
    },
  }),
  businessRule({
    id: 'BR-55',
    bt: ['BT-25', 'BG-3'],
    message: text(
      'Chaque référence à une facture antérieure (BG-3) doit indiquer le numéro de cette facture (BT-25).',
      'Each preceding invoice reference (BG-3) must give that invoice number (BT-25).',
    ),
    check: (c) =>
      missingAmong(
        c,
        occurrences(c.invoice['BG-3'], '', 'BG-3').map(({ at, item }) => ({
          at: `${at}/BT-25`,
          value: item['BT-25'],
        })),
        // UBL: exists(cac:InvoiceDocumentReference/cbc:ID); CII: normalize-space(…) != ''.
        variantOf(c) === 'ubl' ? 'exists' : 'filled',
      ),
  }),
  businessRule({
    id: 'BR-57',
    bt: ['BT-80', 'BG-15'],
    message: text(
      "L'adresse de livraison (BG-15) doit indiquer son code pays (BT-80), par exemple FR.",
      'The deliver-to address (BG-15) must give its country code (BT-80), e.g. FR.',
    ),
    check: (c) => {
      const address = c.invoice['BG-13']?.['BG-15'];
      if (address === undefined) return NONE;
      // UBL: exists(cac:Country/cbc:IdentificationCode); CII: normalize-space(…) != ''.
      const presence = variantOf(c) === 'ubl' ? 'exists' : 'filled';
      return missing(c, '/BG-13/BG-15/BT-80', address['BT-80'], presence);
    },
  }),
];
