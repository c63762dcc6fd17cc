/**
 * BR-01…BR-11, BR-16: what every invoice must state at document level (specification, number,
 * date, type, currency, seller, buyer, addresses, at least one line).
 */
import { NONE, type Rule } from '../../rule';
import { ciiIssueDateGiven } from './cii-document';
import { businessRule, missing, text } from './define';
import { isPresent, variantOf } from './facts';

export const DOCUMENT_RULES: readonly Rule[] = [
  businessRule({
    id: 'BR-01',
    bt: ['BT-24'],
    message: text(
      "Indiquez l'identifiant de spécification (BT-24), par exemple urn:cen.eu:en16931:2017.",
      'Give the specification identifier (BT-24), e.g. urn:cen.eu:en16931:2017.',
    ),
    check: (c) => missing(c, '/BG-2/BT-24', c.invoice['BG-2']?.['BT-24']),
  }),
  businessRule({
    id: 'BR-02',
    bt: ['BT-1'],
    message: text('Indiquez le numéro de la facture (BT-1).', 'Give the invoice number (BT-1).'),
    check: (c) => missing(c, '/BT-1', c.invoice['BT-1']),
  }),
  businessRule({
    id: 'BR-03',
    bt: ['BT-2'],
    message: text(
      "Indiquez la date d'émission de la facture (BT-2).",
      'Give the invoice issue date (BT-2).',
    ),
    check: (c) => {
      // CII reads only a date in format 102 (ciiIssueDateGiven).
      if (variantOf(c) === 'cii') return ciiIssueDateGiven(c) ? NONE : [{ at: '/BT-2' }];
      return missing(c, '/BT-2', c.invoice['BT-2']);
    },
  }),
  businessRule({
    id: 'BR-04',
    bt: ['BT-3'],
    message: text(
      'Indiquez le code de type de facture (BT-3), par exemple 380 pour une facture ou 381 pour un avoir.',
      'Give the invoice type code (BT-3), e.g. 380 for an invoice or 381 for a credit note.',
    ),
    check: (c) => missing(c, '/BT-3', c.invoice['BT-3']),
  }),
  businessRule({
    id: 'BR-05',
    bt: ['BT-5'],
    message: text(
      'Indiquez la devise de la facture (BT-5), par exemple EUR.',
      'Give the invoice currency code (BT-5), e.g. EUR.',
    ),
    check: (c) => missing(c, '/BT-5', c.invoice['BT-5']),
  }),
  businessRule({
    id: 'BR-06',
    bt: ['BT-27'],
    message: text(
      'Indiquez le nom (raison sociale) du vendeur (BT-27).',
      'Give the seller name (BT-27).',
    ),
    check: (c) => missing(c, '/BG-4/BT-27', c.invoice['BG-4']?.['BT-27']),
  }),
  businessRule({
    id: 'BR-07',
    bt: ['BT-44'],
    message: text(
      "Indiquez le nom (raison sociale) de l'acheteur (BT-44).",
      'Give the buyer name (BT-44).',
    ),
    check: (c) => missing(c, '/BG-7/BT-44', c.invoice['BG-7']?.['BT-44']),
  }),
  businessRule({
    id: 'BR-08',
    bt: ['BG-5'],
    message: text(
      "Indiquez l'adresse postale du vendeur (BG-5).",
      'Give the seller postal address (BG-5).',
    ),
    check: (c) => (c.invoice['BG-4']?.['BG-5'] === undefined ? [{ at: '/BG-4/BG-5' }] : NONE),
  }),
  businessRule({
    id: 'BR-09',
    bt: ['BT-40', 'BG-5'],
    message: text(
      "Indiquez le code pays de l'adresse du vendeur (BT-40), par exemple FR.",
      'Give the country code of the seller address (BT-40), e.g. FR.',
    ),
    // UBL checks the address when there is one; CII checks the document, address or not.
    check: (c) => {
      const address = c.invoice['BG-4']?.['BG-5'];
      if (address === undefined && variantOf(c) !== 'cii') return NONE;
      return missing(c, '/BG-4/BG-5/BT-40', address?.['BT-40']);
    },
  }),
  businessRule({
    id: 'BR-10',
    bt: ['BG-8'],
    message: text(
      "Indiquez l'adresse postale de l'acheteur (BG-8).",
      'Give the buyer postal address (BG-8).',
    ),
    check: (c) => (c.invoice['BG-7']?.['BG-8'] === undefined ? [{ at: '/BG-7/BG-8' }] : NONE),
  }),
  businessRule({
    id: 'BR-11',
    bt: ['BT-55', 'BG-8'],
    message: text(
      "Indiquez le code pays de l'adresse de l'acheteur (BT-55), par exemple FR.",
      'Give the country code of the buyer address (BT-55), e.g. FR.',
    ),
    check: (c) => {
      const address = c.invoice['BG-7']?.['BG-8'];
      if (address === undefined && variantOf(c) !== 'cii') return NONE;
      return missing(c, '/BG-7/BG-8/BT-55', address?.['BT-55']);
    },
  }),
  businessRule({
    id: 'BR-16',
    bt: ['BG-25'],
    message: text(
      'La facture doit comporter au moins une ligne (BG-25).',
      'The invoice must have at least one line (BG-25).',
    ),
    check: (c) => (isPresent(c, '/BG-25', c.invoice['BG-25']) ? NONE : [{ at: '/BG-25' }]),
  }),
];
