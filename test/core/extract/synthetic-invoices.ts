/**
 * Invoices drawn for the tests, in layouts the FNFE samples do not have: labelled parties,
 * Chorus Pro references, VAT as total lines, English with month-first dates.
 */
import { sirenOfSiret, vatFromSiren } from '../../../shared/identifiers';
import type { Text } from './make-pdf';

/** Valid numbers (test/fixtures/identifiers/vectors.json). */
export const SELLER_SIRET = '05781313100026';
export const BUYER_SIRET = '21010053300012';
export const IBAN = 'FR1420041010050500013M02606';

export function sellerVat(): string {
  const siren = sirenOfSiret(SELLER_SIRET);
  if (!siren.valid) throw new Error('bad test SIRET');
  const vat = vatFromSiren(siren.value);
  if (!vat.valid) throw new Error('bad test SIREN');
  return vat.value;
}

/** A French invoice to a commune: labelled blocks, Chorus Pro references, `TVA 20 %` line. */
export function frenchPublicInvoice(): Text[] {
  const vat = sellerVat();
  return [
    { text: 'FACTURE', x: 50, y: 60, size: 20, bold: true },
    { text: 'N° de facture : FAC-2026-0042', x: 350, y: 60 },
    { text: "Date d'émission : 1er mars 2026", x: 350, y: 75 },
    { text: 'Échéance : 31/03/2026', x: 350, y: 90 },
    { text: 'Fournisseur :', x: 50, y: 130, bold: true },
    { text: 'Client :', x: 320, y: 130, bold: true },
    { text: 'ATELIER DUPONT SAS', x: 50, y: 145 },
    { text: 'COMMUNE DE VILLEBOIS', x: 320, y: 145 },
    { text: '12 rue des Lilas', x: 50, y: 158 },
    { text: 'Place de la Mairie', x: 320, y: 158 },
    { text: '69003 LYON', x: 50, y: 171 },
    { text: '38000 GRENOBLE', x: 320, y: 171 },
    { text: 'SIRET : 057 813 131 00026', x: 50, y: 184 },
    { text: 'SIRET client : 210 100 533 00012', x: 320, y: 184 },
    { text: `N° TVA intracommunautaire : ${vat.slice(0, 4)} ${vat.slice(4)}`, x: 50, y: 197 },
    { text: 'Code service : SERV-FIN', x: 50, y: 240 },
    { text: "N° d'engagement : 1300012345", x: 50, y: 253 },
    { text: 'Marché n° 2025-M-017', x: 50, y: 266 },
    { text: 'Désignation', x: 50, y: 310, bold: true },
    { text: 'Qté', x: 300, y: 310, bold: true },
    { text: 'PU HT', x: 350, y: 310, bold: true },
    { text: 'TVA', x: 420, y: 310, bold: true },
    { text: 'Montant HT', x: 480, y: 310, bold: true },
    { text: 'Maintenance annuelle', x: 50, y: 330 },
    { text: '1', x: 300, y: 330 },
    { text: '1\u00a0200,00', x: 350, y: 330 },
    { text: '20 %', x: 420, y: 330 },
    { text: '1\u00a0200,00', x: 480, y: 330 },
    { text: 'Déplacement technicien', x: 50, y: 345 },
    { text: '2', x: 300, y: 345 },
    { text: '45,50', x: 350, y: 345 },
    { text: '20 %', x: 420, y: 345 },
    { text: '91,00', x: 480, y: 345 },
    { text: 'Total HT', x: 350, y: 400 },
    { text: '1 291,00 €', x: 480, y: 400 },
    { text: 'TVA 20 %', x: 350, y: 415 },
    { text: '258,20 €', x: 480, y: 415 },
    { text: 'Total TTC', x: 350, y: 430 },
    { text: '1 549,20 €', x: 480, y: 430 },
    { text: 'Net à payer', x: 350, y: 445, bold: true },
    { text: '1 549,20 €', x: 480, y: 445, bold: true },
    { text: 'Conditions de paiement : 30 jours fin de mois', x: 50, y: 500 },
    { text: `IBAN : ${IBAN.replace(/(.{4})/g, '$1 ').trim()} - BIC : AGRIFRPP`, x: 50, y: 515 },
  ];
}

/** An English invoice in pounds, month-first dates, `Bill to` block. */
export function englishInvoice(): Text[] {
  return [
    { text: 'INVOICE', x: 50, y: 60, size: 22, bold: true },
    { text: 'Invoice #: INV-1042', x: 380, y: 60 },
    { text: 'Invoice date: 03/15/2026', x: 380, y: 75 },
    { text: 'Due date: 04/14/2026', x: 380, y: 90 },
    { text: 'Supplier', x: 50, y: 130, bold: true },
    { text: 'Bill to', x: 320, y: 130, bold: true },
    { text: 'Northwind Trading Ltd', x: 50, y: 145 },
    { text: 'Contoso Hospital Trust', x: 320, y: 145 },
    { text: '221 Baker Street', x: 50, y: 158 },
    { text: '5 Harbour Road', x: 320, y: 158 },
    { text: 'London NW1 6XE', x: 50, y: 171 },
    { text: 'Bristol BS1 5TY', x: 320, y: 171 },
    { text: 'Purchase order: PO-77812', x: 50, y: 220 },
    { text: 'Description', x: 50, y: 280, bold: true },
    { text: 'Qty', x: 300, y: 280, bold: true },
    { text: 'Unit price', x: 350, y: 280, bold: true },
    { text: 'Amount', x: 480, y: 280, bold: true },
    { text: 'Consulting days', x: 50, y: 300 },
    { text: '3', x: 300, y: 300 },
    { text: '£650.00', x: 350, y: 300 },
    { text: '£1,950.00', x: 480, y: 300 },
    { text: 'Travel expenses', x: 50, y: 315 },
    { text: '1', x: 300, y: 315 },
    { text: '£500.00', x: 350, y: 315 },
    { text: '£500.00', x: 480, y: 315 },
    { text: 'Subtotal', x: 350, y: 370 },
    { text: '£2,450.00', x: 480, y: 370 },
    { text: 'VAT 20%', x: 350, y: 385 },
    { text: '£490.00', x: 480, y: 385 },
    { text: 'Total', x: 350, y: 400 },
    { text: '£2,940.00', x: 480, y: 400 },
    { text: 'Amount due', x: 350, y: 415 },
    { text: '£2,940.00', x: 480, y: 415 },
    { text: 'Payment terms: 30 days net', x: 50, y: 470 },
  ];
}
