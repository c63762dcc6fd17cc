/**
 * The fields of the portal form « Saisir une facture » that Chorus Assist points clerks to: block
 * and label as the portal shows them (docs/portal.md §2, `../shared/docs/DOMAIN.md` §2), and the
 * business terms each one receives. Labels stay in French in English messages too: they are what
 * the clerk sees on the screen.
 */
import type { LocalizedText } from '../i18n/text';

export const PORTAL_BLOCKS = {
  cadre: 'Cadre de facturation',
  fournisseur: 'Fournisseur',
  destinataire: 'Destinataire',
  references: 'Références',
  lignes: 'Lignes de poste',
  recapTva: 'Récapitulatif TVA',
  montants: 'Montants',
  piecesJointes: 'Pièces jointes',
  commentaire: 'Commentaire',
} as const;
export type PortalBlock = keyof typeof PORTAL_BLOCKS;

export interface PortalField {
  readonly block: PortalBlock;
  /** The label next to the input (without the `*` of mandatory fields). */
  readonly label: string;
  /** Business terms the field receives. */
  readonly bt: readonly string[];
}

export const PORTAL_FIELDS = {
  cadre: { block: 'cadre', label: 'Cadre de facturation', bt: ['BT-23'] },
  validatorSiret: {
    block: 'cadre',
    label: 'Identifiant (SIRET) de la structure valideur',
    bt: [],
  },
  validatorService: { block: 'cadre', label: 'Code service du valideur', bt: [] },
  bankDetails: { block: 'fournisseur', label: 'Coordonnées bancaires', bt: ['BT-84'] },
  recipientSiret: {
    block: 'destinataire',
    label: 'Identifiant (SIRET) du destinataire',
    bt: ['BT-47'],
  },
  recipientName: { block: 'destinataire', label: 'Raison sociale', bt: ['BT-44'] },
  serviceCode: { block: 'destinataire', label: 'Code service', bt: ['BT-10'] },
  invoiceType: { block: 'references', label: 'Type de facture', bt: ['BT-3'] },
  currency: { block: 'references', label: 'Devise', bt: ['BT-5'] },
  invoiceNumber: { block: 'references', label: 'Numéro de facture', bt: ['BT-1'] },
  invoiceDate: { block: 'references', label: 'Date de facture', bt: ['BT-2'] },
  engagement: {
    block: 'references',
    label: 'Numéro de bon de commande / engagement',
    bt: ['BT-13'],
  },
  market: { block: 'references', label: 'Numéro de marché', bt: ['BT-12'] },
  paymentMode: { block: 'references', label: 'Mode de paiement', bt: ['BT-81'] },
  originalInvoice: {
    block: 'references',
    label: "Numéro de la facture d'origine",
    bt: ['BT-25'],
  },
  lineQuantity: { block: 'lignes', label: 'Quantité', bt: ['BT-129'] },
  lineUnitPrice: { block: 'lignes', label: 'Prix unitaire HT', bt: ['BT-146', 'BT-148'] },
  lineDiscount: { block: 'lignes', label: 'Remise HT', bt: ['BT-147', 'BT-136'] },
  lineAmount: { block: 'lignes', label: 'Montant HT', bt: ['BT-131'] },
  vatBase: { block: 'recapTva', label: 'Base HT au taux', bt: ['BT-116'] },
  vatAmount: { block: 'recapTva', label: 'Montant de TVA au taux', bt: ['BT-117'] },
  totalWithoutVat: { block: 'montants', label: 'Montant total HT', bt: ['BT-106', 'BT-109'] },
  totalVat: { block: 'montants', label: 'Montant total TVA', bt: ['BT-110'] },
  totalWithVat: { block: 'montants', label: 'Montant total TTC', bt: ['BT-112'] },
  globalDiscount: { block: 'montants', label: 'Remise globale TTC', bt: ['BT-92', 'BT-107'] },
  amountDue: { block: 'montants', label: 'Montant à payer', bt: ['BT-115'] },
  attachmentFile: { block: 'piecesJointes', label: 'Fichier', bt: ['BT-125'] },
  comment: { block: 'commentaire', label: 'Commentaire', bt: ['BT-22'] },
} as const satisfies Record<string, PortalField>;
export type PortalFieldName = keyof typeof PORTAL_FIELDS;

/**
 * Where to make the change, to end a message: « champ « Numéro de facture » du bloc Références »
 * / `field "Numéro de facture" in the "Références" block`. `line` names a row of the lines block.
 */
export function portalFieldText(name: PortalFieldName, line?: number): LocalizedText {
  const field: PortalField = PORTAL_FIELDS[name];
  const block = PORTAL_BLOCKS[field.block];
  const row = line === undefined ? '' : ` (ligne ${line})`;
  const rowEn = line === undefined ? '' : ` (line ${line})`;
  return {
    fr: `champ « ${field.label} »${row} du bloc ${block}`,
    en: `field "${field.label}"${rowEn} in the "${block}" block`,
  };
}

/** A whole block, when no single field holds the value: « bloc Montants » / `"Montants" block`. */
export function portalBlockText(block: PortalBlock): LocalizedText {
  return { fr: `bloc ${PORTAL_BLOCKS[block]}`, en: `"${PORTAL_BLOCKS[block]}" block` };
}
