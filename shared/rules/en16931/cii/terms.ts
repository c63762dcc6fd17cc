import type { LocalizedText } from '../../../i18n/text';

/**
 * The business terms that the regular assertions about EN 16931 elements concern (cardinalities,
 * conditions), with the term's name for the messages. Assertions about elements the norm does
 * not have concern no term. Special assertions give theirs in special.ts.
 */
export interface TermOfRule {
  readonly bt: readonly string[];
  readonly name: LocalizedText;
}

const term = (bt: readonly string[], fr: string, en: string): TermOfRule => ({
  bt,
  name: { fr, en },
});

const ALLOWANCE_CHARGE = ['BG-20', 'BG-21', 'BG-27', 'BG-28'];

export const TERMS_OF_RULES: Readonly<Record<string, TermOfRule>> = {
  'CII-SR-003': term(['BT-23'], 'type de processus métier', 'business process type'),
  'CII-SR-009': term(['BT-24'], 'identifiant de spécification', 'specification identifier'),
  'CII-SR-010': term(['BT-24'], 'identifiant de spécification', 'specification identifier'),
  'CII-SR-014': term(['BT-3'], 'code de type de facture', 'invoice type code'),
  'CII-SR-030': term(['BT-22'], 'texte de la note', 'invoice note'),
  'CII-SR-039': term(['BT-127'], 'note de ligne', 'invoice line note'),
  'CII-SR-040': term(['BT-127'], 'note de ligne', 'invoice line note'),
  'CII-SR-046': term(['BT-157'], "identifiant normalisé de l'article", 'item standard identifier'),
  'CII-SR-069': term(['BT-160'], "nom de l'attribut d'article", 'item attribute name'),
  'CII-SR-072': term(['BT-161'], "valeur de l'attribut d'article", 'item attribute value'),
  'CII-SR-090': term(['BT-159'], "pays d'origine de l'article", 'item country of origin'),
  'CII-SR-439': term(['BT-146'], 'prix net unitaire', 'item net price'),
  'CII-SR-441': term(['BT-146'], 'prix net unitaire', 'item net price'),
  'CII-SR-440': term(['BT-147'], 'remise sur le prix unitaire', 'item price discount'),
  'CII-SR-463': term(
    ALLOWANCE_CHARGE,
    'indicateur remise ou frais',
    'allowance or charge indicator',
  ),
  'CII-SR-472': term(
    ['BT-95', 'BT-102'],
    'catégorie de TVA de la remise ou des frais',
    'VAT category of the allowance or charge',
  ),
  'CII-SR-473': term(
    ['BT-92', 'BT-99', 'BT-136', 'BT-141'],
    'montant de la remise ou des frais',
    'allowance or charge amount',
  ),
  'CII-SR-454': term(['BG-30', 'BT-151'], 'TVA de la ligne', 'line VAT information'),
  'CII-SR-449': term(
    ['BT-71'],
    'identifiant du lieu de livraison',
    'deliver to location identifier',
  ),
  'CII-SR-450': term(['BT-46'], "identifiant de l'acheteur", 'buyer identifier'),
  'CII-SR-451': term(['BT-60'], 'identifiant du bénéficiaire', 'payee identifier'),
  'CII-SR-455': term(['BG-6'], 'contact du vendeur', 'seller contact'),
  'CII-SR-456': term(['BG-9'], "contact de l'acheteur", 'buyer contact'),
  'CII-SR-459': term(['BT-34'], 'adresse électronique du vendeur', 'seller electronic address'),
  'CII-SR-460': term(['BT-49'], "adresse électronique de l'acheteur", 'buyer electronic address'),
  'CII-SR-465': term(['BT-41'], 'point de contact du vendeur', 'seller contact point'),
  'CII-SR-466': term(['BT-56'], "point de contact de l'acheteur", 'buyer contact point'),
  'CII-SR-452': term(['BT-20'], 'conditions de paiement', 'payment terms'),
  'CII-SR-453': term(['BT-20'], 'conditions de paiement', 'payment terms'),
  'CII-SR-461': term(['BT-7'], "date d'exigibilité de la TVA", 'VAT point date'),
  'CII-SR-477': term(
    ['BT-106'],
    'somme des montants nets des lignes',
    'sum of invoice line net amounts',
  ),
  'CII-SR-478': term(['BT-108'], 'somme des frais', 'sum of charges'),
  'CII-SR-479': term(['BT-107'], 'somme des remises', 'sum of allowances'),
  'CII-SR-480': term(['BT-109'], 'total hors TVA', 'total amount without VAT'),
  'CII-SR-481': term(['BT-114'], "montant d'arrondi", 'rounding amount'),
  'CII-SR-482': term(['BT-112'], 'total TVA comprise', 'total amount with VAT'),
  'CII-SR-484': term(['BT-113'], 'montant déjà payé', 'paid amount'),
  'CII-SR-487': term(['BT-115'], 'montant à payer', 'amount due for payment'),
  'CII-DT-015': term(['BT-124'], 'adresse du document externe', 'external document location'),
  'CII-DT-021': term(['BT-123'], 'description du justificatif', 'supporting document description'),
  'CII-DT-022': term(['BT-125'], 'pièce jointe', 'attached document'),
  'CII-DT-024': term(
    ['BT-18-1'],
    "schéma de l'identifiant d'objet facturé",
    'invoiced object identifier scheme',
  ),
  'CII-DT-027': term(['BT-26'], 'date de la facture antérieure', 'preceding invoice issue date'),
  'CII-DT-033': term(['BT-130'], 'unité de mesure', 'unit of measure'),
  'CII-DT-037': term(['BT-95', 'BT-102', 'BT-118', 'BT-151'], 'code de taxe', 'tax type code'),
  'CII-DT-041': term(['BT-116'], 'base imposable', 'VAT taxable amount'),
  'CII-DT-052': term(['BT-121'], "code de motif d'exonération de TVA", 'VAT exemption reason code'),
  'CII-DT-098': term(['BT-120'], "motif d'exonération de TVA", 'VAT exemption reason text'),
  'CII-DT-054': term(['BT-7'], "date d'exigibilité de la TVA", 'VAT point date'),
  'CII-DT-058': term(['BT-8'], "code de date d'exigibilité de la TVA", 'VAT point date code'),
};
