/**
 * UBL-SR rules: how many times a UBL element may occur where EN 16931 allows one business term
 * only, and a few co-occurrences. Each rule has the schematron's context (the root, or every
 * element of a name) and counts what its XPath counts; a failing context gives one violation,
 * pointed at the first element too many (or at the context when something is missing).
 */
import type { LocalizedText } from '../../../i18n/text';
import { NS } from '../../../syntax/namespaces';
import { chargeIndicatorOf } from '../../../syntax/ubl/predicates';
import type { XmlElement } from '../../../xml';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { type ContextGroup, group, type UblScan, ublScan } from './scan';
import {
  attributeValue,
  type ChildStep,
  childrenNamed,
  countAlongPath,
  followChildren,
  stringValue,
} from './xpath-values';

const cac = (localName: string, predicate?: (e: XmlElement) => boolean): ChildStep =>
  predicate ? [NS.cac, localName, predicate] : [NS.cac, localName];
const cbc = (localName: string, predicate?: (e: XmlElement) => boolean): ChildStep =>
  predicate ? [NS.cbc, localName, predicate] : [NS.cbc, localName];

/** `cac:TaxScheme/upper-case(cbc:ID)`: one value per tax scheme, '' when it has no ID. */
function taxSchemeValues(partyTaxScheme: XmlElement): string[] {
  // upper-case() of several IDs is a type error in XPath; the first one is taken here.
  return childrenNamed(partyTaxScheme, NS.cac, 'TaxScheme').map((scheme) => {
    const id = childrenNamed(scheme, NS.cbc, 'ID')[0];
    return id === undefined ? '' : stringValue(id).toUpperCase();
  });
}
/** `[cac:TaxScheme/upper-case(cbc:ID)='VAT']` */
const vatScheme = (e: XmlElement) => taxSchemeValues(e).some((v) => v === 'VAT');
/** `[cac:TaxScheme/upper-case(cbc:ID)!='VAT']` */
const otherScheme = (e: XmlElement) => taxSchemeValues(e).some((v) => v !== 'VAT');
/** `[cbc:DocumentTypeCode='130']` */
const invoicedObject = (e: XmlElement) =>
  childrenNamed(e, NS.cbc, 'DocumentTypeCode').some((c) => stringValue(c) === '130');
/** `upper-case(@schemeID)`, '' when the attribute is absent (upper-case of the empty sequence). */
const schemeUpper = (e: XmlElement) => (attributeValue(e, 'schemeID') ?? '').toUpperCase();

/** How the predicates read in a message's path. */
const PREDICATE_TEXT = new Map<(e: XmlElement) => boolean, string>([
  [vatScheme, "[cac:TaxScheme/cbc:ID='VAT']"],
  [otherScheme, "[cac:TaxScheme/cbc:ID!='VAT']"],
  [invoicedObject, "[cbc:DocumentTypeCode='130']"],
]);

const pathText = (steps: readonly ChildStep[]) =>
  steps
    .map(
      ([ns, local, predicate]) =>
        `${ns === NS.cac ? 'cac' : 'cbc'}:${local}${(predicate && PREDICATE_TEXT.get(predicate)) ?? ''}`,
    )
    .join('/');

/**
 * Where a rule applies: the root rule, or every element of a group (see scan.ts), optionally only
 * under a parent of a name (in the cac namespace), or only those a predicate selects.
 */
type Contexts =
  | 'root'
  | {
      readonly group: ContextGroup;
      readonly parent?: string;
      readonly filter?: (element: XmlElement) => boolean;
    };

function contextsOf(scan: UblScan, contexts: Contexts): readonly XmlElement[] {
  if (contexts === 'root') return scan.rootType === undefined ? [] : [scan.root];
  const found = group(scan, contexts.group);
  const { parent, filter } = contexts;
  if (parent === undefined && filter === undefined) return found;
  return found.filter(
    (e) =>
      (parent === undefined || (e.parent?.localName === parent && e.parent.namespace === NS.cac)) &&
      (filter === undefined || filter(e)),
  );
}

function eachContext(
  context: RuleContext,
  contexts: Contexts,
  test: (element: XmlElement, scan: UblScan) => Violation | undefined,
): readonly Violation[] {
  const scan = ublScan(context);
  if (scan === undefined) return NONE;
  // Most contexts pass: no list until one fails.
  let violations: Violation[] | undefined;
  for (const element of contextsOf(scan, contexts)) {
    const violation = test(element, scan);
    if (violation === undefined) continue;
    violations ??= [];
    violations.push(violation);
  }
  return violations ?? NONE;
}

const base = { layer: 'en16931', flag: 'fatal', syntax: 'ubl' } as const;

/**
 * `count(path) <= max` in each context. `subject` names the business term, as the subject of a
 * sentence (« Le numéro de contrat (BT-12) »).
 */
function atMost(
  id: string,
  bt: readonly string[],
  subject: LocalizedText,
  contexts: Contexts,
  steps: readonly ChildStep[],
  max = 1,
): Rule {
  const path = pathText(steps);
  const times = {
    fr: max === 1 ? "qu'une fois" : `que ${max} fois`,
    en: max === 1 ? 'once' : `${max} times`,
  };
  const advice = {
    fr: max === 1 ? 'gardez une seule valeur et retirez les autres' : `gardez-en ${max} au plus`,
    en: max === 1 ? 'keep one value and remove the others' : `keep ${max} at most`,
  };
  return {
    ...base,
    id,
    bt,
    message: {
      fr: `${subject.fr} ne peut figurer ${times.fr} (${path}) : ${advice.fr}.`,
      en: `${subject.en} may appear only ${times.en} (${path}): ${advice.en}.`,
    },
    check: (context) =>
      eachContext(context, contexts, (element) => {
        const count = countAlongPath(element, steps);
        if (count <= max) return undefined;
        return {
          // The first element too many.
          node: followChildren([element], steps)[max],
          message: {
            fr: `${subject.fr} ne peut figurer ${times.fr}, or on en trouve ${count} (${path}) : ${advice.fr}.`,
            en: `${subject.en} may appear only ${times.en}, but there are ${count} (${path}): ${advice.en}.`,
          },
        };
      }),
  };
}

/**
 * `count(//X[not(preceding::X/. = .)]) <= 1`: every X of the document has the same value. The
 * violation points at the first X whose value differs from the first one's.
 */
function sameValueEverywhere(
  id: string,
  bt: readonly string[],
  subject: LocalizedText,
  localName: 'PaymentID' | 'PaymentMeansCode',
  advice: LocalizedText,
): Rule {
  return {
    ...base,
    id,
    bt,
    message: {
      fr: `${subject.fr} doit être la même partout dans le document (cbc:${localName}) : ${advice.fr}`,
      en: `${subject.en} must be the same throughout the document (cbc:${localName}): ${advice.en}`,
    },
    check: (context) =>
      eachContext(context, 'root', (_, scan) => {
        const all = group(scan, localName);
        const first = all[0];
        if (first === undefined) return undefined;
        const value = stringValue(first);
        const other = all.find((e) => stringValue(e) !== value);
        if (other === undefined) return undefined;
        return {
          node: other,
          message: {
            fr: `${subject.fr} doit être la même partout dans le document, or on trouve « ${value} » et « ${stringValue(other)} » (cbc:${localName}) : ${advice.fr}`,
            en: `${subject.en} must be the same throughout the document, but it is both "${value}" and "${stringValue(other)}" (cbc:${localName}): ${advice.en}`,
          },
        };
      }),
  };
}

const SELLER = [cac('AccountingSupplierParty'), cac('Party')];
const BUYER = [cac('AccountingCustomerParty'), cac('Party')];
const LINES = { group: 'lines' } as const;
const LINE_VAT_CATEGORY = [cac('Item'), cac('ClassifiedTaxCategory')];

/** SR-19, -20, -21: a payee is a party other than the seller, named once. */
function payeeRule(
  id: string,
  bt: readonly string[],
  subject: LocalizedText,
  steps: readonly ChildStep[],
): Rule {
  const path = pathText(steps);
  return {
    ...base,
    id,
    bt,
    message: {
      fr: `${subject.fr} ne peut figurer qu'une fois (${path}), et le bénéficiaire doit porter un nom (BT-59) différent du nom du vendeur (BT-27) : sinon, retirez le groupe bénéficiaire (cac:PayeeParty).`,
      en: `${subject.en} may appear only once (${path}), and the payee must have a name (BT-59) other than the seller's name (BT-27): otherwise remove the payee group (cac:PayeeParty).`,
    },
    // (count(path) <= 1) and ((cac:PartyName/cbc:Name) != (../cac:AccountingSupplierParty/cac:Party/cac:PartyLegalEntity/cbc:RegistrationName))
    check: (context) =>
      eachContext(context, { group: 'PayeeParty' }, (payee) => {
        const found = followChildren([payee], steps);
        const names = followChildren([payee], [cac('PartyName'), cbc('Name')]).map(stringValue);
        const sellerNames = followChildren(payee.parent ? [payee.parent] : [], [
          ...SELLER,
          cac('PartyLegalEntity'),
          cbc('RegistrationName'),
        ]).map(stringValue);
        // General comparison `!=`: true when some payee name differs from some seller name.
        const differs = names.some((n) => sellerNames.some((s) => s !== n));
        const extra = found[1];
        if (extra !== undefined) {
          return {
            node: extra,
            message: {
              fr: `${subject.fr} ne peut figurer qu'une fois, or le document en contient ${found.length} (${path}) : gardez une seule valeur.`,
              en: `${subject.en} may appear only once, but the document has ${found.length} (${path}): keep one value.`,
            },
          };
        }
        if (differs) return undefined;
        const message: LocalizedText =
          names.length === 0
            ? {
                fr: "Le bénéficiaire (cac:PayeeParty) n'a pas de nom (BT-59, cac:PartyName/cbc:Name) : indiquez-le, ou retirez le groupe si le bénéficiaire est le vendeur.",
                en: 'The payee (cac:PayeeParty) has no name (BT-59, cac:PartyName/cbc:Name): give it, or remove the group if the payee is the seller.',
              }
            : sellerNames.length === 0
              ? {
                  fr: "Le nom du bénéficiaire (BT-59) ne peut pas être comparé à celui du vendeur : le vendeur n'a pas de raison sociale (BT-27, cac:PartyLegalEntity/cbc:RegistrationName) à côté du bénéficiaire. Indiquez-la.",
                  en: "The payee's name (BT-59) cannot be compared with the seller's: the seller has no legal name (BT-27, cac:PartyLegalEntity/cbc:RegistrationName) next to the payee. Give it.",
                }
              : {
                  fr: `Le bénéficiaire porte le nom du vendeur (« ${names[0]} ») : quand le vendeur est payé lui-même, retirez le groupe bénéficiaire (cac:PayeeParty).`,
                  en: `The payee has the seller's name ("${names[0]}"): when the seller is paid itself, remove the payee group (cac:PayeeParty).`,
                };
        return { node: payee, message };
      }),
  };
}

export const CARDINALITY_RULES: readonly Rule[] = [
  atMost(
    'UBL-SR-01',
    ['BT-12'],
    { fr: 'Le numéro de contrat (BT-12)', en: 'The contract reference (BT-12)' },
    'root',
    [cac('ContractDocumentReference'), cbc('ID')],
  ),
  atMost(
    'UBL-SR-02',
    ['BT-15'],
    {
      fr: "La référence de l'avis de réception (BT-15)",
      en: 'The receiving advice reference (BT-15)',
    },
    'root',
    [cac('ReceiptDocumentReference'), cbc('ID')],
  ),
  atMost(
    'UBL-SR-03',
    ['BT-16'],
    {
      fr: "La référence de l'avis d'expédition (BT-16)",
      en: 'The despatch advice reference (BT-16)',
    },
    'root',
    [cac('DespatchDocumentReference'), cbc('ID')],
  ),
  atMost(
    'UBL-SR-04',
    ['BT-18'],
    {
      fr: "L'identifiant de l'objet facturé (BT-18)",
      en: 'The invoiced object identifier (BT-18)',
    },
    'root',
    [cac('AdditionalDocumentReference', invoicedObject), cbc('ID')],
  ),
  atMost(
    'UBL-SR-05',
    ['BT-20'],
    { fr: 'Le texte des conditions de paiement (BT-20)', en: 'The payment terms text (BT-20)' },
    'root',
    [cac('PaymentTerms'), cbc('Note')],
  ),
  atMost(
    'UBL-SR-06',
    ['BG-3', 'BT-25'],
    {
      fr: 'Chaque référence à une facture antérieure (BG-3)',
      en: 'Each preceding invoice reference (BG-3)',
    },
    { group: 'BillingReference' },
    [cac('InvoiceDocumentReference')],
  ),
  {
    ...base,
    id: 'UBL-SR-07',
    bt: ['BG-3', 'BT-25'],
    message: {
      fr: 'Une référence à une facture antérieure (cac:BillingReference) doit donner le numéro de cette facture (BT-25, cac:InvoiceDocumentReference/cbc:ID) : indiquez-le, ou retirez la référence.',
      en: 'A preceding invoice reference (cac:BillingReference) must give that invoice number (BT-25, cac:InvoiceDocumentReference/cbc:ID): give it, or remove the reference.',
    },
    check: (context) =>
      eachContext(context, { group: 'BillingReference' }, (reference) =>
        followChildren([reference], [cac('InvoiceDocumentReference'), cbc('ID')]).length > 0
          ? undefined
          : { node: reference },
      ),
  },
  atMost(
    'UBL-SR-08',
    ['BG-14'],
    { fr: 'La période de facturation (BG-14)', en: 'The invoicing period (BG-14)' },
    'root',
    [cac('InvoicePeriod')],
  ),
  atMost(
    'UBL-SR-09',
    ['BT-27'],
    { fr: 'La raison sociale du vendeur (BT-27)', en: "The seller's name (BT-27)" },
    'root',
    [...SELLER, cac('PartyLegalEntity'), cbc('RegistrationName')],
  ),
  atMost(
    'UBL-SR-10',
    ['BT-28'],
    { fr: 'Le nom commercial du vendeur (BT-28)', en: "The seller's trading name (BT-28)" },
    'root',
    [...SELLER, cac('PartyName'), cbc('Name')],
  ),
  atMost(
    'UBL-SR-11',
    ['BT-30'],
    {
      fr: "L'identifiant d'immatriculation légale du vendeur (BT-30)",
      en: "The seller's legal registration identifier (BT-30)",
    },
    'root',
    [...SELLER, cac('PartyLegalEntity'), cbc('CompanyID')],
  ),
  atMost(
    'UBL-SR-12',
    ['BT-31'],
    { fr: 'Le numéro de TVA du vendeur (BT-31)', en: "The seller's VAT identifier (BT-31)" },
    'root',
    [...SELLER, cac('PartyTaxScheme', vatScheme), cbc('CompanyID')],
  ),
  atMost(
    'UBL-SR-13',
    ['BT-32'],
    {
      fr: "L'identifiant fiscal du vendeur hors TVA (BT-32)",
      en: "The seller's tax registration identifier (BT-32)",
    },
    'root',
    [...SELLER, cac('PartyTaxScheme', otherScheme), cbc('CompanyID')],
  ),
  atMost(
    'UBL-SR-14',
    ['BT-33'],
    {
      fr: 'Les informations juridiques complémentaires du vendeur (BT-33)',
      en: "The seller's additional legal information (BT-33)",
    },
    'root',
    [...SELLER, cac('PartyLegalEntity'), cbc('CompanyLegalForm')],
  ),
  atMost(
    'UBL-SR-15',
    ['BT-44'],
    { fr: "La raison sociale de l'acheteur (BT-44)", en: "The buyer's name (BT-44)" },
    'root',
    [...BUYER, cac('PartyLegalEntity'), cbc('RegistrationName')],
  ),
  atMost(
    'UBL-SR-16',
    ['BT-46'],
    { fr: "L'identifiant de l'acheteur (BT-46)", en: "The buyer's identifier (BT-46)" },
    'root',
    [...BUYER, cac('PartyIdentification'), cbc('ID')],
  ),
  atMost(
    'UBL-SR-17',
    ['BT-47'],
    {
      fr: "L'identifiant d'immatriculation légale de l'acheteur (BT-47)",
      en: "The buyer's legal registration identifier (BT-47)",
    },
    'root',
    [...BUYER, cac('PartyLegalEntity'), cbc('CompanyID')],
  ),
  atMost(
    'UBL-SR-18',
    ['BT-48'],
    { fr: "Le numéro de TVA de l'acheteur (BT-48)", en: "The buyer's VAT identifier (BT-48)" },
    'root',
    [...BUYER, cac('PartyTaxScheme', vatScheme), cbc('CompanyID')],
  ),
  payeeRule(
    'UBL-SR-19',
    ['BT-59'],
    { fr: 'Le nom du bénéficiaire (BT-59)', en: "The payee's name (BT-59)" },
    [cac('PartyName'), cbc('Name')],
  ),
  payeeRule(
    'UBL-SR-20',
    ['BT-60'],
    { fr: "L'identifiant du bénéficiaire (BT-60)", en: "The payee's identifier (BT-60)" },
    [cac('PartyIdentification'), cbc('ID', (e) => schemeUpper(e) !== 'SEPA')],
  ),
  payeeRule(
    'UBL-SR-21',
    ['BT-61'],
    {
      fr: "L'identifiant d'immatriculation légale du bénéficiaire (BT-61)",
      en: "The payee's legal registration identifier (BT-61)",
    },
    [cac('PartyLegalEntity'), cbc('CompanyID')],
  ),
  atMost(
    'UBL-SR-22',
    ['BT-62'],
    {
      fr: 'Le nom du représentant fiscal du vendeur (BT-62)',
      en: "The seller's tax representative name (BT-62)",
    },
    { group: 'TaxRepresentativeParty' },
    [cac('PartyName'), cbc('Name')],
  ),
  atMost(
    'UBL-SR-23',
    ['BT-63'],
    {
      fr: 'Le numéro de TVA du représentant fiscal (BT-63)',
      en: "The tax representative's VAT identifier (BT-63)",
    },
    { group: 'TaxRepresentativeParty' },
    [cac('PartyTaxScheme'), cbc('CompanyID')],
  ),
  atMost(
    'UBL-SR-24',
    ['BG-13'],
    { fr: 'Le groupe livraison (BG-13)', en: 'The delivery group (BG-13)' },
    'root',
    [cac('Delivery')],
  ),
  atMost(
    'UBL-SR-25',
    ['BT-70'],
    { fr: 'Le nom du destinataire livré (BT-70)', en: 'The deliver-to party name (BT-70)' },
    { group: 'Delivery' },
    [cac('DeliveryParty'), cac('PartyName'), cbc('Name')],
  ),
  atMost(
    'UBL-SR-26',
    ['BT-83'],
    {
      fr: 'Dans un moyen de paiement, la référence de paiement (BT-83)',
      en: 'In a payment means, the remittance information (BT-83)',
    },
    { group: 'PaymentMeans' },
    [cbc('PaymentID')],
  ),
  atMost(
    'UBL-SR-27',
    ['BT-81'],
    {
      fr: 'Dans un moyen de paiement, le code du moyen de paiement (BT-81)',
      en: 'In a payment means, the payment means code (BT-81)',
    },
    { group: 'PaymentMeans' },
    [cbc('PaymentMeansCode')],
  ),
  atMost(
    'UBL-SR-28',
    ['BT-89'],
    {
      fr: 'Dans un moyen de paiement, la référence du mandat de prélèvement (BT-89)',
      en: 'In a payment means, the mandate reference (BT-89)',
    },
    { group: 'PaymentMeans' },
    [cac('PaymentMandate'), cbc('ID')],
  ),
  {
    ...base,
    id: 'UBL-SR-29',
    bt: ['BT-90'],
    message: {
      fr: "L'identifiant de créancier SEPA (BT-90, cac:PartyIdentification/cbc:ID de schéma SEPA) ne peut figurer qu'une fois dans le document : gardez-en un seul.",
      en: 'The SEPA creditor identifier (BT-90, cac:PartyIdentification/cbc:ID with scheme SEPA) may appear only once in the document: keep one.',
    },
    // count(//cac:PartyIdentification/cbc:ID[upper-case(@schemeID) = 'SEPA']) <= 1
    check: (context) =>
      eachContext(context, 'root', (_, scan) => {
        const found = followChildren(group(scan, 'PartyIdentification'), [
          cbc('ID', (e) => schemeUpper(e) === 'SEPA'),
        ]);
        const extra = found[1];
        return extra === undefined
          ? undefined
          : {
              node: extra,
              message: {
                fr: `L'identifiant de créancier SEPA (BT-90) ne peut figurer qu'une fois, or le document en contient ${found.length} : gardez-en un seul.`,
                en: `The SEPA creditor identifier (BT-90) may appear only once, but the document has ${found.length}: keep one.`,
              },
            };
      }),
  },
  atMost(
    'UBL-SR-30',
    ['BT-97', 'BT-139'],
    {
      fr: 'Dans une remise (cbc:ChargeIndicator false), le motif en clair (BT-97, BT-139)',
      en: 'In an allowance (cbc:ChargeIndicator false), the reason text (BT-97, BT-139)',
    },
    // Context cac:AllowanceCharge[cbc:ChargeIndicator = false()], at any level.
    { group: 'AllowanceCharge', filter: (e) => chargeIndicatorOf(e) === false },
    [cbc('AllowanceChargeReason')],
  ),
  atMost(
    'UBL-SR-31',
    ['BT-104', 'BT-144'],
    {
      fr: 'Dans des frais (cbc:ChargeIndicator true), le motif en clair (BT-104, BT-144)',
      en: 'In a charge (cbc:ChargeIndicator true), the reason text (BT-104, BT-144)',
    },
    { group: 'AllowanceCharge', filter: (e) => chargeIndicatorOf(e) === true },
    [cbc('AllowanceChargeReason')],
  ),
  atMost(
    'UBL-SR-32',
    ['BT-120'],
    {
      fr: "Dans une ventilation de TVA, le motif d'exonération en clair (BT-120)",
      en: 'In a VAT breakdown, the exemption reason text (BT-120)',
    },
    { group: 'TaxSubtotal' },
    [cac('TaxCategory'), cbc('TaxExemptionReason')],
  ),
  atMost(
    'UBL-SR-33',
    ['BT-123'],
    {
      fr: "La description d'une pièce justificative (BT-123)",
      en: 'The description of a supporting document (BT-123)',
    },
    { group: 'AdditionalDocumentReference' },
    [cbc('DocumentDescription')],
  ),
  atMost(
    'UBL-SR-34',
    ['BT-127'],
    { fr: 'La note de ligne (BT-127)', en: 'The invoice line note (BT-127)' },
    LINES,
    [cbc('Note')],
  ),
  atMost(
    'UBL-SR-35',
    ['BT-132'],
    {
      fr: 'La ligne de commande référencée (BT-132)',
      en: 'The referenced purchase order line (BT-132)',
    },
    LINES,
    [cac('OrderLineReference'), cbc('LineID')],
  ),
  atMost(
    'UBL-SR-36',
    ['BG-26'],
    { fr: 'La période de facturation de la ligne (BG-26)', en: 'The invoice line period (BG-26)' },
    LINES,
    [cac('InvoicePeriod')],
  ),
  atMost(
    'UBL-SR-37',
    ['BT-147'],
    { fr: 'Le rabais sur le prix unitaire (BT-147)', en: 'The item price discount (BT-147)' },
    LINES,
    [cac('Price'), cac('AllowanceCharge'), cbc('Amount')],
  ),
  atMost(
    'UBL-SR-39',
    ['BT-11'],
    { fr: 'La référence de projet (BT-11)', en: 'The project reference (BT-11)' },
    'root',
    [cac('ProjectReference'), cbc('ID')],
  ),
  atMost(
    'UBL-SR-40',
    ['BT-45'],
    { fr: "Le nom commercial de l'acheteur (BT-45)", en: "The buyer's trading name (BT-45)" },
    'root',
    [...BUYER, cac('PartyName'), cbc('Name')],
  ),
  atMost(
    'UBL-SR-42',
    ['BT-31', 'BT-32'],
    {
      fr: "Le groupe d'identifiant fiscal du vendeur (TVA BT-31 ou autre BT-32)",
      en: "The seller's tax registration group (VAT BT-31 or other BT-32)",
    },
    { group: 'Party', parent: 'AccountingSupplierParty' },
    [cac('PartyTaxScheme')],
    2,
  ),
  {
    ...base,
    id: 'UBL-SR-43',
    bt: ['BT-18', 'BT-11', 'BT-122'],
    message: {
      fr: "Une pièce justificative (cac:AdditionalDocumentReference) n'a un code de type et un schéma d'identifiant (@schemeID) que si c'est l'objet facturé (code 130) ou, dans un avoir, le projet (code 50) : sinon retirez cbc:DocumentTypeCode et l'attribut schemeID.",
      en: 'A supporting document (cac:AdditionalDocumentReference) has a type code and an identifier scheme (@schemeID) only when it is the invoiced object (code 130) or, in a credit note, the project (code 50): otherwise remove cbc:DocumentTypeCode and the schemeID attribute.',
    },
    // (cbc:DocumentTypeCode='130') or ((local-name(/*) = 'CreditNote') and (cbc:DocumentTypeCode='50'))
    //   or (not(cbc:ID/@schemeID) and not(cbc:DocumentTypeCode))
    check: (context) =>
      eachContext(context, { group: 'AdditionalDocumentReference' }, (reference, scan) => {
        const codes = childrenNamed(reference, NS.cbc, 'DocumentTypeCode');
        const values = codes.map(stringValue);
        if (values.includes('130')) return undefined;
        if (scan.root.localName === 'CreditNote' && values.includes('50')) return undefined;
        const scheme = childrenNamed(reference, NS.cbc, 'ID').find(
          (id) => attributeValue(id, 'schemeID') !== undefined,
        );
        if (scheme === undefined && codes.length === 0) return undefined;
        const code = codes[0];
        if (code !== undefined) {
          return {
            node: code,
            message: {
              fr: `Le code de type « ${stringValue(code)} » d'une pièce justificative n'est pas admis : seuls 130 (objet facturé)${scan.root.localName === 'CreditNote' ? ' et 50 (projet)' : ''} le sont. Pour un autre document, retirez cbc:DocumentTypeCode${scheme ? " et l'attribut schemeID" : ''}.`,
              en: `The type code "${stringValue(code)}" of a supporting document is not allowed: only 130 (invoiced object)${scan.root.localName === 'CreditNote' ? ' and 50 (project)' : ''} are. For another document, remove cbc:DocumentTypeCode${scheme ? ' and the schemeID attribute' : ''}.`,
            },
          };
        }
        return {
          node: scheme ?? reference,
          message: {
            fr: "Une pièce justificative sans code de type n'a pas de schéma d'identifiant : retirez l'attribut schemeID de cbc:ID, ou mettez le code 130 s'il s'agit de l'objet facturé.",
            en: 'A supporting document without a type code has no identifier scheme: remove the schemeID attribute of cbc:ID, or use code 130 if it is the invoiced object.',
          },
        };
      }),
  },
  sameValueEverywhere(
    'UBL-SR-44',
    ['BT-83'],
    { fr: 'La référence de paiement (BT-83)', en: 'The remittance information (BT-83)' },
    'PaymentID',
    {
      fr: 'une facture a une seule référence de paiement, répétée à l’identique si plusieurs moyens de paiement sont donnés.',
      en: 'an invoice has one remittance information, repeated as is when several payment means are given.',
    },
  ),
  atMost(
    'UBL-SR-45',
    ['BT-9'],
    { fr: "La date d'échéance (BT-9)", en: 'The payment due date (BT-9)' },
    'root',
    [cac('PaymentMeans'), cbc('PaymentDueDate')],
  ),
  {
    ...base,
    id: 'UBL-SR-46',
    bt: ['BT-82'],
    message: {
      fr: "Le libellé du moyen de paiement (BT-82, attribut name de cbc:PaymentMeansCode) ne peut figurer qu'une fois dans le document : gardez-le sur un seul moyen de paiement.",
      en: 'The payment means text (BT-82, attribute name of cbc:PaymentMeansCode) may appear only once in the document: keep it on one payment means.',
    },
    // count(cac:PaymentMeans/cbc:PaymentMeansCode/@name) <= 1
    check: (context) =>
      eachContext(context, 'root', (root) => {
        const named = followChildren(
          [root],
          [
            cac('PaymentMeans'),
            cbc('PaymentMeansCode', (e) => attributeValue(e, 'name') !== undefined),
          ],
        );
        const extra = named[1];
        if (extra === undefined) return undefined;
        const attribute = extra.attributes.find(
          (a) => a.localName === 'name' && a.namespace === '',
        );
        return {
          node: attribute ?? extra,
          message: {
            fr: `Le libellé du moyen de paiement (BT-82) ne peut figurer qu'une fois, or ${named.length} codes de moyen de paiement portent l'attribut name : gardez-le sur un seul.`,
            en: `The payment means text (BT-82) may appear only once, but ${named.length} payment means codes have the attribute name: keep it on one.`,
          },
        };
      }),
  },
  sameValueEverywhere(
    'UBL-SR-47',
    ['BT-81'],
    { fr: 'Le code du moyen de paiement (BT-81)', en: 'The payment means code (BT-81)' },
    'PaymentMeansCode',
    {
      fr: 'plusieurs moyens de paiement sont admis, mais tous du même type.',
      en: 'several payment means are allowed, but all of the same type.',
    },
  ),
  {
    ...base,
    id: 'UBL-SR-48',
    bt: ['BG-30', 'BT-151'],
    message: {
      fr: "Chaque ligne doit avoir exactement une catégorie de TVA d'article (BG-30, cac:Item/cac:ClassifiedTaxCategory) : ajoutez-la ou retirez les doublons.",
      en: 'Each line must have exactly one item VAT category (BG-30, cac:Item/cac:ClassifiedTaxCategory): add it or remove the duplicates.',
    },
    check: (context) =>
      eachContext(context, LINES, (line) => {
        const count = countAlongPath(line, LINE_VAT_CATEGORY);
        if (count === 1) return undefined;
        return count === 0
          ? {
              node: line,
              message: {
                fr: "Cette ligne n'a pas de catégorie de TVA d'article (BG-30, cac:Item/cac:ClassifiedTaxCategory) : ajoutez-la, avec son code (BT-151).",
                en: 'This line has no item VAT category (BG-30, cac:Item/cac:ClassifiedTaxCategory): add it, with its code (BT-151).',
              },
            }
          : {
              node: followChildren([line], LINE_VAT_CATEGORY)[1],
              message: {
                fr: `Cette ligne a ${count} catégories de TVA d'article (cac:Item/cac:ClassifiedTaxCategory) : une ligne n'en a qu'une ; scindez la ligne ou retirez les doublons.`,
                en: `This line has ${count} item VAT categories (cac:Item/cac:ClassifiedTaxCategory): a line has only one; split the line or remove the duplicates.`,
              },
            };
      }),
  },
  atMost(
    'UBL-SR-49',
    ['BT-8'],
    {
      fr: "Le code de date d'exigibilité de la TVA (BT-8)",
      en: 'The value added tax point date code (BT-8)',
    },
    'root',
    [cac('InvoicePeriod'), cbc('DescriptionCode')],
  ),
  atMost(
    'UBL-SR-50',
    ['BT-154'],
    { fr: "La description de l'article (BT-154)", en: 'The item description (BT-154)' },
    LINES,
    [cac('Item'), cbc('Description')],
  ),
  atMost(
    'UBL-SR-51',
    ['BT-162', 'BT-163', 'BT-164', 'BT-165'],
    {
      fr: "La troisième ligne d'adresse (cac:AddressLine)",
      en: 'The third address line (cac:AddressLine)',
    },
    { group: 'addresses' },
    [cac('AddressLine')],
  ),
  atMost(
    'UBL-SR-52',
    ['BT-128'],
    {
      fr: "La référence d'objet facturé de la ligne (BT-128, cac:DocumentReference)",
      en: 'The line invoiced object reference (BT-128, cac:DocumentReference)',
    },
    LINES,
    [cac('DocumentReference')],
  ),
  {
    ...base,
    id: 'UBL-SR-53',
    bt: ['BT-31', 'BT-32', 'BT-48', 'BT-63'],
    message: {
      fr: 'Un identifiant fiscal (cac:PartyTaxScheme) doit donner à la fois le numéro (cbc:CompanyID) et le régime (cac:TaxScheme/cbc:ID, par exemple VAT) : complétez-le ou retirez le groupe.',
      en: 'A tax registration (cac:PartyTaxScheme) must give both the number (cbc:CompanyID) and the scheme (cac:TaxScheme/cbc:ID, e.g. VAT): complete it or remove the group.',
    },
    // exists(cac:TaxScheme/cbc:ID) and exists(cbc:CompanyID)
    check: (context) =>
      eachContext(context, { group: 'PartyTaxScheme' }, (scheme) => {
        const hasScheme = followChildren([scheme], [cac('TaxScheme'), cbc('ID')]).length > 0;
        const hasNumber = childrenNamed(scheme, NS.cbc, 'CompanyID').length > 0;
        if (hasScheme && hasNumber) return undefined;
        const missing: LocalizedText = !hasNumber
          ? hasScheme
            ? { fr: 'le numéro (cbc:CompanyID)', en: 'the number (cbc:CompanyID)' }
            : {
                fr: 'le numéro (cbc:CompanyID) et le régime (cac:TaxScheme/cbc:ID)',
                en: 'the number (cbc:CompanyID) and the scheme (cac:TaxScheme/cbc:ID)',
              }
          : { fr: 'le régime (cac:TaxScheme/cbc:ID)', en: 'the scheme (cac:TaxScheme/cbc:ID)' };
        return {
          node: scheme,
          message: {
            fr: `Cet identifiant fiscal (cac:PartyTaxScheme) n'a pas ${missing.fr} : complétez-le ou retirez le groupe.`,
            en: `This tax registration (cac:PartyTaxScheme) lacks ${missing.en}: complete it or remove the group.`,
          },
        };
      }),
  },
  atMost(
    'UBL-SR-54',
    ['BG-18'],
    { fr: 'La carte de paiement (BG-18)', en: 'The payment card (BG-18)' },
    'root',
    [cac('PaymentMeans'), cac('CardAccount')],
  ),
  atMost(
    'UBL-SR-55',
    ['BG-19'],
    { fr: 'Le mandat de prélèvement (BG-19)', en: 'The direct debit mandate (BG-19)' },
    'root',
    [cac('PaymentMeans'), cac('PaymentMandate')],
  ),
  atMost(
    'UBL-SR-56',
    ['BT-17'],
    {
      fr: "La référence de l'appel d'offres ou du lot (BT-17)",
      en: 'The tender or lot reference (BT-17)',
    },
    'root',
    [cac('OriginatorDocumentReference'), cbc('ID')],
  ),
];
