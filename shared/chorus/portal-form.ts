/**
 * The mapping table between the invoice model and the portal form « Saisir une facture »: every
 * field the extension fills or reads, block by block, the business terms it holds, its kind, and
 * how to find it on the page. Pure data: no DOM here (the extension's locator reads it).
 *
 * The real portal's ids and names are not public (docs/portal.md §1), so each field lists several
 * LOCATOR STRATEGIES in priority order: the label the clerk reads first (French variants, compared
 * without accents, case, star or colon), then the Spring binding `name`, an `id` fragment of the
 * `GDP_<Screen>_<Zone>_<Element>` pattern, ARIA text, placeholder. When the portal changes, one
 * entry here changes (docs/extension-fill.md § Updating the mapping); a clerk's correction made with
 * the picker comes first for that entry without any release.
 */
import type { DecimalPlaces } from './portal-values';

// --- Types -------------------------------------------------------------------------------------

export type PortalFieldKind =
  | 'text'
  | 'textarea'
  | 'decimal'
  | 'date'
  | 'select'
  | 'select2'
  | 'checkbox'
  | 'file'
  /** Text the page shows but that is not a form control (« Raison sociale »). */
  | 'display'
  | 'hidden';

export type TextMatch = 'exact' | 'prefix';

/** One way of finding an element; every text is compared with normalizeLabel (portal-text.ts). */
export type LocatorStrategy =
  /** The text of the element's `<label>` (`for` or wrapping). */
  | { readonly by: 'label'; readonly text: readonly string[]; readonly match?: TextMatch }
  /** The `name` attribute: exactly, or as the last segment of a binding path (`x.numeroFacture`). */
  | { readonly by: 'name'; readonly value: string; readonly match?: 'exact' | 'suffix' }
  /**
   * The `id`: exactly, or containing the fragment as a token (`References_NumeroFacture` finds
   * `GDP_SaisieFacture_References_NumeroFacture` and `…_Quantite` finds `…_Quantite_3`, never
   * `…_NumeroFactureOrigine`).
   */
  | { readonly by: 'id'; readonly value: string; readonly match?: 'exact' | 'token' }
  /** `aria-label`, or the text of the elements named by `aria-labelledby`. */
  | { readonly by: 'aria'; readonly text: readonly string[]; readonly match?: TextMatch }
  | { readonly by: 'placeholder'; readonly text: readonly string[] }
  /** In a table row: the cell under the column header with this text. */
  | { readonly by: 'column'; readonly header: readonly string[] }
  /** A button's or link's own text. */
  | { readonly by: 'text'; readonly text: readonly string[]; readonly match?: TextMatch };

export type LocatorStrategyKind = LocatorStrategy['by'];

export const PORTAL_FORM_BLOCKS = {
  cadre: { headings: ['Cadre de facturation'], id: 'CadreFacturationPanneau' },
  fournisseur: { headings: ['Fournisseur', 'Informations fournisseur'], id: 'FournisseurPanneau' },
  destinataire: {
    headings: ['Destinataire', 'Informations destinataire'],
    id: 'DestinatairePanneau',
  },
  references: {
    headings: ['Références', 'Références de la facture', 'Références facture'],
    id: 'ReferencesPanneau',
  },
  lignes: {
    headings: ['Lignes de poste', 'Lignes de facture', 'Lignes de la facture'],
    id: 'LignesPostePanneau',
  },
  recapTva: {
    headings: ['Récapitulatif TVA', 'Récapitulatif de TVA', 'Récapitulatif de la TVA'],
    id: 'RecapitulatifTvaPanneau',
  },
  montants: { headings: ['Montants', 'Montants totaux', 'Montant total'], id: 'MontantsPanneau' },
  piecesJointes: { headings: ['Pièces jointes', 'Pièce jointe'], id: 'PiecesJointesPanneau' },
  commentaire: { headings: ['Commentaire', 'Commentaires'], id: 'CommentairePanneau' },
} as const satisfies Record<string, { headings: readonly string[]; id: string }>;
export type PortalFormBlock = keyof typeof PORTAL_FORM_BLOCKS;

export interface PortalFieldEntry {
  readonly block: PortalFormBlock;
  /** The label as the clerk reads it, without the star: for messages. */
  readonly label: string;
  readonly kind: PortalFieldKind;
  /** Business terms the field holds (empty when none: a portal-only field). */
  readonly bt: readonly string[];
  /** How the value is derived when it is not one term as is. */
  readonly derived?: string;
  /** Decimal places the field takes, for `decimal` fields. */
  readonly decimals?: DecimalPlaces;
  readonly maxLength?: number;
  /** The page computes the field; it is filled only when editable and different (see docs). */
  readonly computed?: boolean;
  /** The field appears, is enabled or gets its options once this field is set. */
  readonly dependsOn?: string;
  readonly strategies: readonly LocatorStrategy[];
}

/** Where the rows of a table block live, and their cells. */
export interface PortalRowsEntry<K extends string> {
  readonly block: PortalFormBlock;
  readonly label: string;
  /** The element holding the rows (a `<tbody>`); its children that hold a control are the rows. */
  readonly container: readonly LocatorStrategy[];
  /** Headers the table of the rows shows, to find it when the container has no known id. */
  readonly headers: readonly string[];
  readonly fields: Readonly<Record<K, PortalFieldEntry>>;
}

export interface PortalActionEntry {
  readonly block?: PortalFormBlock;
  readonly label: string;
  readonly strategies: readonly LocatorStrategy[];
  /** An action that sends or saves the form: located only to be recognised, NEVER clicked. */
  readonly submits?: boolean;
  /** An action that lives inside a row (row scope). */
  readonly inRow?: boolean;
}

const AMOUNT: DecimalPlaces = { min: 2, max: 2 };

// --- Header fields -----------------------------------------------------------------------------

export const PORTAL_FORM_FIELDS = {
  cadre: {
    block: 'cadre',
    label: 'Cadre de facturation',
    kind: 'select2',
    bt: ['BT-23', 'BT-24'],
    derived:
      'frame code: A-code in BT-23 or BT-24, else the reform billing mode of BT-23, else the profile default, else A1 (docs/rules/chorus.md §4)',
    strategies: [
      { by: 'label', text: ['Cadre de facturation', 'Cadre de la facture'] },
      { by: 'name', value: 'codeCadreFacturation', match: 'suffix' },
      { by: 'id', value: 'CadreFacturation_Cadre', match: 'token' },
      { by: 'aria', text: ['Cadre de facturation'] },
    ],
  },
  validatorSiret: {
    block: 'cadre',
    label: 'Identifiant (SIRET) de la structure valideur',
    kind: 'text',
    bt: [],
    derived: 'profile or fill options: SIRET of the validator (frames A9, A12)',
    maxLength: 14,
    dependsOn: 'cadre',
    strategies: [
      {
        by: 'label',
        text: [
          'Identifiant (SIRET) de la structure valideur',
          'SIRET de la structure valideur',
          'Structure valideur',
        ],
      },
      { by: 'name', value: 'codeStructureValideur', match: 'suffix' },
      { by: 'id', value: 'StructureValideur', match: 'token' },
    ],
  },
  validatorService: {
    block: 'cadre',
    label: 'Code service du valideur',
    kind: 'text',
    bt: [],
    derived: 'profile or fill options: service code of the validator',
    dependsOn: 'cadre',
    strategies: [
      { by: 'label', text: ['Code service du valideur', 'Service du valideur'] },
      { by: 'name', value: 'codeServiceValideur', match: 'suffix' },
      { by: 'id', value: 'ServiceValideur', match: 'token' },
    ],
  },
  supplierStructure: {
    block: 'fournisseur',
    label: 'Structure',
    kind: 'select2',
    bt: ['BT-29', 'BT-30'],
    derived:
      'the option whose label holds the profile SIRET, else the seller SIRET (BT-29 scheme 0009)',
    strategies: [
      { by: 'label', text: ['Structure', 'Structure fournisseur', 'Fournisseur'] },
      { by: 'name', value: 'idFournisseur', match: 'suffix' },
      { by: 'id', value: 'Fournisseur_Structure', match: 'token' },
    ],
  },
  supplierService: {
    block: 'fournisseur',
    label: 'Service',
    kind: 'select2',
    bt: [],
    derived: 'profile: supplier service code',
    dependsOn: 'supplierStructure',
    strategies: [
      { by: 'label', text: ['Service', 'Service fournisseur', 'Service du fournisseur'] },
      { by: 'name', value: 'idServiceFournisseur', match: 'suffix' },
      { by: 'id', value: 'Fournisseur_Service', match: 'token' },
    ],
  },
  bankAccount: {
    block: 'fournisseur',
    label: 'Coordonnées bancaires',
    kind: 'select2',
    bt: ['BT-84'],
    derived: 'the option whose label holds the IBAN of BT-84, else the profile IBAN',
    dependsOn: 'supplierStructure',
    strategies: [
      {
        by: 'label',
        text: ['Coordonnées bancaires', 'Coordonnées bancaires du fournisseur', 'IBAN'],
      },
      { by: 'name', value: 'codeCoordonneesBancairesFournisseur', match: 'suffix' },
      { by: 'id', value: 'CoordonneesBancaires', match: 'token' },
    ],
  },
  recipientSiret: {
    block: 'destinataire',
    label: 'Identifiant (SIRET) du destinataire',
    kind: 'text',
    bt: ['BT-47', 'BT-46'],
    derived: '14 digits: BT-47 scheme 0009, else 14 digits under 0002 or 1, else BT-46 scheme 0009',
    maxLength: 20,
    strategies: [
      {
        by: 'label',
        text: [
          'Identifiant (SIRET) du destinataire',
          'SIRET du destinataire',
          'Identifiant du destinataire',
          'Destinataire',
        ],
      },
      { by: 'name', value: 'codeDestinataire', match: 'suffix' },
      { by: 'id', value: 'Destinataire_Siret', match: 'token' },
      { by: 'aria', text: ['Identifiant (SIRET) du destinataire'] },
    ],
  },
  recipientName: {
    block: 'destinataire',
    label: 'Raison sociale',
    kind: 'display',
    bt: ['BT-44'],
    computed: true,
    dependsOn: 'recipientSiret',
    strategies: [
      { by: 'aria', text: ['Raison sociale', 'Raison sociale du destinataire'] },
      { by: 'label', text: ['Raison sociale', 'Raison sociale du destinataire'] },
      { by: 'id', value: 'Destinataire_RaisonSociale', match: 'token' },
    ],
  },
  serviceCode: {
    block: 'destinataire',
    label: 'Code service',
    kind: 'select2',
    bt: ['BT-10'],
    dependsOn: 'recipientSiret',
    strategies: [
      {
        by: 'label',
        text: ['Code service', 'Code service du destinataire', 'Service exécutant', 'Service'],
      },
      { by: 'name', value: 'codeServiceExecutant', match: 'suffix' },
      { by: 'id', value: 'Destinataire_CodeService', match: 'token' },
    ],
  },
  invoiceType: {
    block: 'references',
    label: 'Type de facture',
    kind: 'select2',
    bt: ['BT-3'],
    derived: '381 → AVOIR; 380, 384, 386, 389 → FACTURE',
    strategies: [
      { by: 'label', text: ['Type de facture', 'Type de document', 'Type'] },
      { by: 'name', value: 'typeFacture', match: 'suffix' },
      { by: 'id', value: 'References_TypeFacture', match: 'token' },
    ],
  },
  currency: {
    block: 'references',
    label: 'Devise',
    kind: 'select2',
    bt: ['BT-5'],
    strategies: [
      { by: 'label', text: ['Devise', 'Devise de la facture'] },
      { by: 'name', value: 'deviseFacture', match: 'suffix' },
      { by: 'id', value: 'References_Devise', match: 'token' },
    ],
  },
  invoiceNumber: {
    block: 'references',
    label: 'Numéro de facture',
    kind: 'text',
    bt: ['BT-1'],
    maxLength: 20,
    strategies: [
      { by: 'label', text: ['Numéro de facture', 'N° de facture', 'Numéro de la facture'] },
      { by: 'name', value: 'numeroFacture', match: 'suffix' },
      { by: 'name', value: 'numeroFactureSaisi', match: 'suffix' },
      { by: 'id', value: 'References_NumeroFacture', match: 'token' },
    ],
  },
  invoiceDate: {
    block: 'references',
    label: 'Date de facture',
    kind: 'date',
    bt: ['BT-2'],
    strategies: [
      { by: 'label', text: ['Date de facture', 'Date de la facture', "Date d'émission"] },
      { by: 'name', value: 'dateFacture', match: 'suffix' },
      { by: 'id', value: 'References_DateFacture', match: 'token' },
      { by: 'placeholder', text: ['jj/mm/aaaa'] },
    ],
  },
  engagement: {
    block: 'references',
    label: 'Numéro de bon de commande / engagement',
    kind: 'text',
    bt: ['BT-13'],
    maxLength: 50,
    strategies: [
      {
        by: 'label',
        text: [
          'Numéro de bon de commande / engagement',
          "Numéro de bon de commande / d'engagement",
          'Numéro de bon de commande',
          "Numéro d'engagement",
          'Numéro EJ',
        ],
      },
      { by: 'name', value: 'numeroBonCommande', match: 'suffix' },
      { by: 'name', value: 'numeroBonDeCommande', match: 'suffix' },
      { by: 'id', value: 'References_NumeroBonCommande', match: 'token' },
    ],
  },
  market: {
    block: 'references',
    label: 'Numéro de marché',
    kind: 'text',
    bt: ['BT-12'],
    maxLength: 50,
    strategies: [
      { by: 'label', text: ['Numéro de marché', 'N° de marché', 'Référence du marché'] },
      { by: 'name', value: 'numeroMarche', match: 'suffix' },
      { by: 'id', value: 'References_NumeroMarche', match: 'token' },
    ],
  },
  paymentMode: {
    block: 'references',
    label: 'Mode de paiement',
    kind: 'select2',
    bt: ['BT-81'],
    derived:
      '30/31/42/58 → VIREMENT, 49/59 → PRELEVEMENT, 20 → CHEQUE, 10 → ESPECE, 97 → REPORT, other → AUTRE; else the profile default',
    strategies: [
      { by: 'label', text: ['Mode de paiement', 'Moyen de paiement'] },
      { by: 'name', value: 'modePaiement', match: 'suffix' },
      { by: 'id', value: 'References_ModePaiement', match: 'token' },
    ],
  },
  vatRegime: {
    block: 'references',
    label: 'Régime de TVA',
    kind: 'select2',
    bt: ['BT-8', 'BT-118'],
    derived:
      'every category E → EXONERATION, every category O → SANS_TVA, else BT-8 (3/5/35/29 → débits, 432/72 → encaissements), else the profile default (assumption)',
    strategies: [
      { by: 'label', text: ['Régime de TVA', 'Type de TVA', 'Option de TVA'] },
      { by: 'name', value: 'typeTva', match: 'suffix' },
      { by: 'id', value: 'References_TypeTva', match: 'token' },
    ],
  },
  exemptionReason: {
    block: 'references',
    label: "Motif d'exonération",
    kind: 'text',
    bt: ['BT-120'],
    dependsOn: 'vatRegime',
    strategies: [
      { by: 'label', text: ["Motif d'exonération", "Motif d'exonération de TVA"] },
      { by: 'name', value: 'motifExonerationTva', match: 'suffix' },
      { by: 'id', value: 'References_MotifExoneration', match: 'token' },
    ],
  },
  originalInvoice: {
    block: 'references',
    label: "Numéro de la facture d'origine",
    kind: 'text',
    bt: ['BT-25'],
    maxLength: 20,
    dependsOn: 'invoiceType',
    strategies: [
      {
        by: 'label',
        text: [
          "Numéro de la facture d'origine",
          "Numéro de facture d'origine",
          "Facture d'origine",
        ],
      },
      { by: 'name', value: 'numeroFactureOrigine', match: 'suffix' },
      { by: 'id', value: 'References_NumeroFactureOrigine', match: 'token' },
    ],
  },
  totalWithoutVat: {
    block: 'montants',
    label: 'Montant total HT',
    kind: 'decimal',
    bt: ['BT-109'],
    decimals: AMOUNT,
    computed: true,
    strategies: [
      { by: 'label', text: ['Montant total HT', 'Total HT'] },
      { by: 'name', value: 'montantHtTotal', match: 'suffix' },
      { by: 'id', value: 'Montants_TotalHT', match: 'token' },
    ],
  },
  totalVat: {
    block: 'montants',
    label: 'Montant total TVA',
    kind: 'decimal',
    bt: ['BT-110'],
    decimals: AMOUNT,
    computed: true,
    strategies: [
      { by: 'label', text: ['Montant total TVA', 'Total TVA', 'Montant total de la TVA'] },
      { by: 'name', value: 'montantTotal.montantTva', match: 'exact' },
      { by: 'id', value: 'Montants_TotalTVA', match: 'token' },
    ],
  },
  totalWithVat: {
    block: 'montants',
    label: 'Montant total TTC',
    kind: 'decimal',
    bt: ['BT-112'],
    decimals: AMOUNT,
    computed: true,
    strategies: [
      { by: 'label', text: ['Montant total TTC', 'Total TTC'] },
      { by: 'name', value: 'montantTtcTotal', match: 'suffix' },
      { by: 'id', value: 'Montants_TotalTTC', match: 'token' },
    ],
  },
  globalDiscount: {
    block: 'montants',
    label: 'Remise globale TTC',
    kind: 'decimal',
    bt: [],
    derived:
      'not filled: EN 16931 has no discount on the amount with VAT; document allowances (BG-20) reach the form through the VAT recap',
    decimals: AMOUNT,
    strategies: [
      { by: 'label', text: ['Remise globale TTC', 'Remise globale'] },
      { by: 'name', value: 'montantRemiseGlobaleTTC', match: 'suffix' },
      { by: 'id', value: 'Montants_RemiseGlobale', match: 'token' },
    ],
  },
  globalDiscountReason: {
    block: 'montants',
    label: 'Motif de la remise globale',
    kind: 'text',
    bt: [],
    dependsOn: 'globalDiscount',
    strategies: [
      { by: 'label', text: ['Motif de la remise globale', 'Motif de la remise'] },
      { by: 'name', value: 'motifRemiseGlobaleTTC', match: 'suffix' },
      { by: 'id', value: 'Montants_MotifRemiseGlobale', match: 'token' },
    ],
  },
  amountDue: {
    block: 'montants',
    label: 'Montant à payer',
    kind: 'decimal',
    bt: ['BT-115'],
    decimals: AMOUNT,
    computed: true,
    strategies: [
      { by: 'label', text: ['Montant à payer', 'Net à payer', 'Montant net à payer'] },
      { by: 'name', value: 'montantAPayer', match: 'suffix' },
      { by: 'id', value: 'Montants_MontantAPayer', match: 'token' },
    ],
  },
  attachmentFile: {
    block: 'piecesJointes',
    label: 'Fichier',
    kind: 'file',
    bt: ['BT-125'],
    derived:
      'the main document given with the fill request, else the first attachment of BG-24 with content',
    strategies: [
      { by: 'label', text: ['Fichier', 'Pièce jointe', 'Ajouter un fichier'] },
      { by: 'name', value: 'fichier', match: 'suffix' },
      { by: 'id', value: 'PiecesJointes_Fichier', match: 'token' },
    ],
  },
  attachmentType: {
    block: 'piecesJointes',
    label: 'Type de pièce jointe',
    kind: 'select2',
    bt: [],
    derived: 'FACTURE for the main document, PIECE_COMPLEMENTAIRE for an attachment of BG-24',
    strategies: [
      { by: 'label', text: ['Type de pièce jointe', 'Type de la pièce jointe'] },
      { by: 'name', value: 'pieceJointe.type', match: 'exact' },
      { by: 'id', value: 'PiecesJointes_Type', match: 'token' },
    ],
  },
  comment: {
    block: 'commentaire',
    label: 'Commentaire',
    kind: 'textarea',
    bt: ['BT-22'],
    derived: 'invoice notes without a subject code (BT-21), one per line (CHORUS-16 assumption)',
    maxLength: 200,
    strategies: [
      { by: 'label', text: ['Commentaire', 'Commentaires'] },
      { by: 'name', value: 'commentaire', match: 'suffix' },
      { by: 'id', value: 'Commentaire_Texte', match: 'token' },
    ],
  },
} as const satisfies Record<string, PortalFieldEntry>;
export type PortalFormFieldKey = keyof typeof PORTAL_FORM_FIELDS;

// --- Lines (« Lignes de poste ») ---------------------------------------------------------------

export const PORTAL_LINES = {
  block: 'lignes',
  label: 'Lignes de poste',
  container: [
    { by: 'id', value: 'LignesPoste_Lignes', match: 'token' },
    { by: 'id', value: 'LignesPoste_Tableau', match: 'token' },
  ],
  headers: ['Désignation', 'Quantité'],
  fields: {
    number: {
      block: 'lignes',
      label: 'Numéro de la ligne',
      kind: 'text',
      bt: ['BT-126'],
      maxLength: 5,
      strategies: [
        { by: 'label', text: ['Numéro de la ligne', 'N° de la ligne'], match: 'prefix' },
        { by: 'name', value: 'numero', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_Numero', match: 'token' },
        { by: 'column', header: ['N°', 'Numéro', 'N° de ligne'] },
      ],
    },
    reference: {
      block: 'lignes',
      label: 'Référence de la ligne',
      kind: 'text',
      bt: ['BT-155'],
      maxLength: 50,
      strategies: [
        { by: 'label', text: ['Référence de la ligne'], match: 'prefix' },
        { by: 'name', value: 'reference', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_Reference', match: 'token' },
        { by: 'column', header: ['Référence'] },
      ],
    },
    designation: {
      block: 'lignes',
      label: 'Désignation de la ligne',
      kind: 'text',
      bt: ['BT-153'],
      maxLength: 512,
      strategies: [
        { by: 'label', text: ['Désignation de la ligne', 'Libellé de la ligne'], match: 'prefix' },
        { by: 'name', value: 'designation', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_Designation', match: 'token' },
        { by: 'column', header: ['Désignation', 'Libellé'] },
      ],
    },
    quantity: {
      block: 'lignes',
      label: 'Quantité de la ligne',
      kind: 'decimal',
      bt: ['BT-129'],
      decimals: { min: 0, max: 4 },
      strategies: [
        { by: 'label', text: ['Quantité de la ligne'], match: 'prefix' },
        { by: 'name', value: 'quantite', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_Quantite', match: 'token' },
        { by: 'column', header: ['Quantité'] },
      ],
    },
    unit: {
      block: 'lignes',
      label: 'Unité de la ligne',
      kind: 'select2',
      bt: ['BT-130'],
      derived: 'UN/ECE Rec. 20 code → the portal unit (C62 → Unité, HUR → Heure …)',
      strategies: [
        { by: 'label', text: ['Unité de la ligne'], match: 'prefix' },
        { by: 'name', value: 'unite', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_Unite', match: 'token' },
        { by: 'column', header: ['Unité'] },
      ],
    },
    unitPrice: {
      block: 'lignes',
      label: 'Prix unitaire HT de la ligne',
      kind: 'decimal',
      bt: ['BT-146', 'BT-149'],
      derived: 'net price BT-146 divided by the base quantity BT-149 (1 when absent)',
      decimals: { min: 2, max: 6 },
      strategies: [
        { by: 'label', text: ['Prix unitaire HT de la ligne'], match: 'prefix' },
        { by: 'name', value: 'prixUnitaireHT', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_PrixUnitaireHT', match: 'token' },
        { by: 'column', header: ['Prix unitaire HT', 'Prix unitaire'] },
      ],
    },
    discount: {
      block: 'lignes',
      label: 'Remise HT de la ligne',
      kind: 'decimal',
      bt: ['BT-131', 'BT-136', 'BT-141'],
      derived:
        'quantity × unit price − BT-131: the line allowances less charges, so that the page computes BT-131; left empty when 0',
      decimals: AMOUNT,
      strategies: [
        { by: 'label', text: ['Remise HT de la ligne'], match: 'prefix' },
        { by: 'name', value: 'remiseHT', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_RemiseHT', match: 'token' },
        { by: 'column', header: ['Remise HT', 'Remise'] },
      ],
    },
    vatRate: {
      block: 'lignes',
      label: 'Taux de TVA de la ligne',
      kind: 'select2',
      bt: ['BT-152', 'BT-151'],
      derived: 'the option whose label shows the rate, else the manual-rate option',
      strategies: [
        { by: 'label', text: ['Taux de TVA de la ligne'], match: 'prefix' },
        { by: 'name', value: 'tauxTva', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_TauxTva', match: 'token' },
        { by: 'column', header: ['Taux de TVA', 'TVA'] },
      ],
    },
    manualVatRate: {
      block: 'lignes',
      label: 'Taux de TVA manuel de la ligne',
      kind: 'decimal',
      bt: ['BT-152'],
      decimals: { min: 0, max: 2 },
      dependsOn: 'lines.vatRate',
      strategies: [
        { by: 'label', text: ['Taux de TVA manuel de la ligne'], match: 'prefix' },
        { by: 'name', value: 'tauxTvaManuel', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_TauxTvaManuel', match: 'token' },
        { by: 'column', header: ['Taux manuel (%)', 'Taux manuel'] },
      ],
    },
    netAmount: {
      block: 'lignes',
      label: 'Montant HT de la ligne',
      kind: 'decimal',
      bt: ['BT-131'],
      decimals: AMOUNT,
      computed: true,
      strategies: [
        { by: 'label', text: ['Montant HT de la ligne'], match: 'prefix' },
        { by: 'name', value: 'montantHT', match: 'suffix' },
        { by: 'id', value: 'LignesPoste_MontantHT', match: 'token' },
        { by: 'column', header: ['Montant HT'] },
      ],
    },
  },
} as const satisfies PortalRowsEntry<string>;
export type PortalLineFieldKey = keyof typeof PORTAL_LINES.fields;

// --- VAT recap (« Récapitulatif TVA ») ---------------------------------------------------------

export const PORTAL_VAT_RECAP = {
  block: 'recapTva',
  label: 'Récapitulatif TVA',
  container: [
    { by: 'id', value: 'RecapitulatifTva_Lignes', match: 'token' },
    { by: 'id', value: 'RecapitulatifTva_Tableau', match: 'token' },
  ],
  headers: ['Base HT', 'Montant TVA'],
  fields: {
    rate: {
      block: 'recapTva',
      label: 'Taux de TVA',
      kind: 'display',
      bt: ['BT-119'],
      derived: 'the rate the row shows (« 5,5 % »)',
      computed: true,
      strategies: [{ by: 'column', header: ['Taux de TVA', 'Taux'] }],
    },
    base: {
      block: 'recapTva',
      label: 'Base HT au taux',
      kind: 'decimal',
      bt: ['BT-116'],
      derived: 'sum of BT-116 of the VAT breakdowns at the row rate',
      decimals: AMOUNT,
      computed: true,
      strategies: [
        { by: 'label', text: ['Base HT au taux'], match: 'prefix' },
        { by: 'name', value: 'montantBaseHt', match: 'suffix' },
        { by: 'id', value: 'RecapitulatifTva_BaseHT', match: 'token' },
        { by: 'column', header: ['Base HT'] },
      ],
    },
    vatAmount: {
      block: 'recapTva',
      label: 'Montant de TVA au taux',
      kind: 'decimal',
      bt: ['BT-117'],
      derived: 'sum of BT-117 of the VAT breakdowns at the row rate',
      decimals: AMOUNT,
      computed: true,
      strategies: [
        { by: 'label', text: ['Montant de TVA au taux'], match: 'prefix' },
        { by: 'name', value: 'montantTva', match: 'suffix' },
        { by: 'id', value: 'RecapitulatifTva_MontantTva', match: 'token' },
        { by: 'column', header: ['Montant TVA', 'Montant de TVA'] },
      ],
    },
  },
} as const satisfies PortalRowsEntry<string>;
export type PortalRecapFieldKey = keyof typeof PORTAL_VAT_RECAP.fields;

// --- Actions -----------------------------------------------------------------------------------

export const PORTAL_FORM_ACTIONS = {
  addLine: {
    block: 'lignes',
    label: 'Ajouter une ligne',
    strategies: [
      { by: 'text', text: ['Ajouter une ligne', 'Ajouter une ligne de poste', 'Nouvelle ligne'] },
      { by: 'id', value: 'LignesPoste_BoutonAjouter', match: 'token' },
      { by: 'aria', text: ['Ajouter une ligne'] },
    ],
  },
  removeLine: {
    block: 'lignes',
    label: 'Supprimer',
    inRow: true,
    strategies: [
      { by: 'aria', text: ['Supprimer la ligne'], match: 'prefix' },
      { by: 'text', text: ['Supprimer', 'Supprimer la ligne'] },
      { by: 'id', value: 'LignesPoste_BoutonSupprimer', match: 'token' },
    ],
  },
  searchRecipient: {
    block: 'destinataire',
    label: 'Rechercher',
    strategies: [
      { by: 'text', text: ['Rechercher'] },
      { by: 'id', value: 'Destinataire_BoutonRechercher', match: 'token' },
    ],
  },
  send: {
    label: 'Valider et envoyer',
    submits: true,
    strategies: [
      { by: 'text', text: ['Valider et envoyer', 'Envoyer', 'Valider', 'Soumettre'] },
      { by: 'id', value: 'Actions_BoutonValiderEnvoyer', match: 'token' },
    ],
  },
  saveDraft: {
    label: 'Enregistrer en brouillon',
    submits: true,
    strategies: [
      { by: 'text', text: ['Enregistrer en brouillon', 'Enregistrer'] },
      { by: 'id', value: 'Actions_BoutonEnregistrer', match: 'token' },
    ],
  },
} as const satisfies Record<string, PortalActionEntry>;
export type PortalActionKey = keyof typeof PORTAL_FORM_ACTIONS;

// --- Keys --------------------------------------------------------------------------------------

/**
 * The key of one mapping entry, as the picker stores corrections and the read-back names values:
 * `invoiceNumber`, `lines.quantity`, `vatRecap.base`, `actions.addLine`.
 */
export type PortalMappingKey =
  | PortalFormFieldKey
  | `lines.${PortalLineFieldKey}`
  | `vatRecap.${PortalRecapFieldKey}`
  | `actions.${PortalActionKey}`;

export type MappingEntryRef =
  | { readonly scope: 'form'; readonly key: PortalFormFieldKey; readonly entry: PortalFieldEntry }
  | { readonly scope: 'lines'; readonly key: PortalLineFieldKey; readonly entry: PortalFieldEntry }
  | {
      readonly scope: 'vatRecap';
      readonly key: PortalRecapFieldKey;
      readonly entry: PortalFieldEntry;
    }
  | { readonly scope: 'actions'; readonly key: PortalActionKey; readonly entry: PortalActionEntry };

function keysOf<T extends object>(record: T): (keyof T & string)[] {
  return Object.keys(record) as (keyof T & string)[];
}

/** Every entry of the table, with its mapping key. */
export function mappingEntries(): (MappingEntryRef & { readonly mappingKey: PortalMappingKey })[] {
  return [
    ...keysOf(PORTAL_FORM_FIELDS).map((key) => ({
      scope: 'form' as const,
      key,
      entry: PORTAL_FORM_FIELDS[key] as PortalFieldEntry,
      mappingKey: key as PortalMappingKey,
    })),
    ...keysOf(PORTAL_LINES.fields).map((key) => ({
      scope: 'lines' as const,
      key,
      entry: PORTAL_LINES.fields[key] as PortalFieldEntry,
      mappingKey: `lines.${key}` as PortalMappingKey,
    })),
    ...keysOf(PORTAL_VAT_RECAP.fields).map((key) => ({
      scope: 'vatRecap' as const,
      key,
      entry: PORTAL_VAT_RECAP.fields[key] as PortalFieldEntry,
      mappingKey: `vatRecap.${key}` as PortalMappingKey,
    })),
    ...keysOf(PORTAL_FORM_ACTIONS).map((key) => ({
      scope: 'actions' as const,
      key,
      entry: PORTAL_FORM_ACTIONS[key] as PortalActionEntry,
      mappingKey: `actions.${key}` as PortalMappingKey,
    })),
  ];
}

const MAPPING_KEYS: ReadonlySet<string> = new Set(mappingEntries().map((ref) => ref.mappingKey));

export function isMappingKey(key: string): key is PortalMappingKey {
  return MAPPING_KEYS.has(key);
}

/** The header fields whose presence tells the invoice entry form from other portal pages. */
export const INVOICE_FORM_SIGNATURE: readonly PortalFormFieldKey[] = [
  'invoiceNumber',
  'invoiceDate',
  'recipientSiret',
];
