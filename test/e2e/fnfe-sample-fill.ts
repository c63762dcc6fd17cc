/**
 * The FNFE sample F20260023 as the fill end-to-end tests send it (Chromium and Firefox), and every
 * value the portal replica would then post: one expectation for both browsers.
 */
import type { Invoice } from '../../shared/model';
import { base64, invoiceFromFixture } from './fill-support';

export const FNFE_SAMPLE =
  'facturx/EN16931/Facture_F20260023-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.xml';
const PDF = '%PDF-1.4\n% facture F20260023\n';

/**
 * The FNFE sample F20260023 (read by the project's CII reader), pointed at a recipient the
 * replica's simulated directory knows (its BT-47 is a SIREN, its service code unknown there), with
 * one free note for the comment and the invoice PDF as an attachment.
 */
export function sampleForReplica(): Invoice {
  const invoice = invoiceFromFixture(FNFE_SAMPLE);
  return {
    ...invoice,
    'BT-10': 'DIRFIN',
    'BG-1': [...(invoice['BG-1'] ?? []), { 'BT-22': 'Livraison du 28/01/2026.' }],
    'BG-7': { ...invoice['BG-7'], 'BT-47': { id: '21990001600011', scheme: '0009' } },
    'BG-24': [
      {
        'BT-122': 'F20260023',
        'BT-125': { content: base64(PDF), mimeCode: 'application/pdf', filename: 'F20260023.pdf' },
      },
    ],
  };
}

/** Everything the portal would receive, computed by hand from the sample (not by the filler's converters). */
export const EXPECTED_POST: [string, string][] = [
  ['_csrf', '7c1f9e0a-replique-0000-0000-000000000000'],
  ['execution', 'e1s1'],
  ['_eventId', ''],
  ['cadreFacturation.codeCadreFacturation', 'A1_FACTURE_FOURNISSEUR'],
  ['fournisseur.idFournisseur', '25894613'],
  ['fournisseur.idServiceFournisseur', '31002'],
  ['fournisseur.codeCoordonneesBancairesFournisseur', '1'],
  ['destinataire.codeDestinataire', '21990001600011'],
  ['destinataire.codeServiceExecutant', 'DIRFIN'],
  ['references.typeFacture', 'FACTURE'],
  ['references.deviseFacture', 'EUR'],
  ['references.numeroFacture', 'F20260023'],
  ['references.dateFacture', '31/01/2026'],
  ['references.numeroBonCommande', 'PO201925478'],
  ['references.numeroMarche', 'CT2018120802'],
  ['references.modePaiement', 'VIREMENT'],
  // BT-8 = 72 (CII « paid to date »): VAT on receipts.
  ['references.typeTva', 'TVA_SUR_ENCAISSEMENT'],
  // Line 1: 1 × 60 = 60.00, exempt (E, 0 %).
  ['lignes[0].numero', '1'],
  ['lignes[0].reference', 'ART_1254'],
  ['lignes[0].designation', 'PRESTATION SUPPORT'],
  ['lignes[0].quantite', '1'],
  ['lignes[0].unite', 'UNITE'],
  ['lignes[0].prixUnitaireHT', '60,00'],
  ['lignes[0].remiseHT', ''],
  ['lignes[0].tauxTva', 'TVA0'],
  ['lignes[0].montantHT', '60,00'],
  // Line 2: net price 30 for 3 units (BT-149) = 10 per unit; 3 × 10 − 2 = 28.00 (BT-131).
  ['lignes[1].numero', '2'],
  ['lignes[1].reference', 'ART_9874'],
  ['lignes[1].designation', 'FOURNITURES PAPIER'],
  ['lignes[1].quantite', '3'],
  ['lignes[1].unite', 'UNITE'],
  ['lignes[1].prixUnitaireHT', '10,00'],
  ['lignes[1].remiseHT', '2,00'],
  ['lignes[1].tauxTva', 'TVA10'],
  ['lignes[1].montantHT', '28,00'],
  ['lignes[2].numero', '3'],
  ['lignes[2].reference', ''],
  ['lignes[2].designation', 'APPEL'],
  ['lignes[2].quantite', '1'],
  ['lignes[2].unite', 'UNITE'],
  ['lignes[2].prixUnitaireHT', '7,00'],
  ['lignes[2].remiseHT', ''],
  ['lignes[2].tauxTva', 'TVA20'],
  ['lignes[2].montantHT', '7,00'],
  // The recap as the invoice's BG-23 says (document allowances and charges included): 20 % 11.00 /
  // 2.20, 10 % 27.00 / 2.70, 0 % = E 60.00 + K 2.00.
  ['recapTva[0].codeTaux', 'TVA20'],
  ['recapTva[0].montantBaseHt', '11,00'],
  ['recapTva[0].montantTva', '2,20'],
  ['recapTva[1].codeTaux', 'TVA10'],
  ['recapTva[1].montantBaseHt', '27,00'],
  ['recapTva[1].montantTva', '2,70'],
  ['recapTva[2].codeTaux', 'TVA0'],
  ['recapTva[2].montantBaseHt', '62,00'],
  ['recapTva[2].montantTva', '0,00'],
  ['montantTotal.montantHtTotal', '100,00'],
  ['montantTotal.montantTva', '4,90'],
  ['montantTotal.montantTtcTotal', '104,90'],
  ['montantTotal.montantRemiseGlobaleTTC', ''],
  ['montantTotal.montantAPayer', '104,90'],
  ['pieceJointe.fichier', 'F20260023.pdf'],
  ['pieceJointe.type', 'PIECE_COMPLEMENTAIRE'],
  ['commentaire', 'Livraison du 28/01/2026.'],
];
