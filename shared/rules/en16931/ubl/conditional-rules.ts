/**
 * Root-rule assertions of the UBL syntax binding that forbid a node only under a condition: a
 * value (UBL-CR-002), the document type (UBL-CR-412), the type of the supporting document
 * (UBL-CR-665, -666, -673), the element carrying an attribute (UBL-DT-18). The scan finds the
 * candidates (conditional-paths.ts); each rule keeps those its XPath condition selects.
 */
import { NS } from '../../../syntax/namespaces';
import type { XmlAttribute, XmlElement } from '../../../xml';
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { ublScan } from './scan';
import { childrenNamed, stringValue } from './xpath-values';

function candidates(context: RuleContext, id: string): readonly (XmlElement | XmlAttribute)[] {
  const scan = ublScan(context);
  if (scan?.rootType === undefined) return [];
  return scan.hits.get(id) ?? [];
}

function elementOf(node: XmlElement | XmlAttribute): XmlElement {
  return node.kind === 'attribute' ? node.parent : node;
}

/** String values of the `cbc:DocumentTypeCode` children of a document reference. */
function documentTypeCodes(reference: XmlElement | undefined): string[] {
  return reference === undefined
    ? []
    : childrenNamed(reference, NS.cbc, 'DocumentTypeCode').map(stringValue);
}

/** `[cbc:DocumentTypeCode = '130']`: some type code is exactly 130 (an invoiced object, BT-18). */
function isInvoicedObject(reference: XmlElement | undefined): boolean {
  return documentTypeCodes(reference).includes('130');
}

const base = { layer: 'en16931', syntax: 'ubl' } as const;

export const CONDITIONAL_RULES: readonly Rule[] = [
  {
    ...base,
    id: 'UBL-CR-002',
    flag: 'warning',
    bt: [],
    message: {
      fr: "La version UBL (cbc:UBLVersionID) doit valoir 2.1 si elle est indiquée : mettez 2.1 ou retirez l'élément.",
      en: 'The UBL version (cbc:UBLVersionID) must be 2.1 when given: write 2.1 or remove the element.',
    },
    // not(cbc:UBLVersionID) or cbc:UBLVersionID = '2.1': one version 2.1 among several is enough.
    check: (context) => {
      const versions = candidates(context, 'UBL-CR-002').map(elementOf);
      if (versions.some((v) => stringValue(v) === '2.1')) return NONE;
      return versions.map(
        (node): Violation => ({
          node,
          message: {
            fr: `La version UBL (cbc:UBLVersionID) vaut « ${stringValue(node)} » : EN 16931 utilise UBL 2.1 ; mettez 2.1 ou retirez l'élément.`,
            en: `The UBL version (cbc:UBLVersionID) is "${stringValue(node)}": EN 16931 uses UBL 2.1; write 2.1 or remove the element.`,
          },
        }),
      );
    },
  },
  {
    ...base,
    id: 'UBL-CR-412',
    flag: 'warning',
    bt: ['BT-9'],
    message: {
      fr: "Dans une facture, la date d'échéance (BT-9) s'écrit dans cbc:DueDate à la racine, pas dans cac:PaymentMeans/cbc:PaymentDueDate : déplacez-la.",
      en: 'In an invoice, the payment due date (BT-9) goes in cbc:DueDate at the root, not in cac:PaymentMeans/cbc:PaymentDueDate: move it.',
    },
    // not(cac:PaymentMeans/cbc:PaymentDueDate) or ../cn:CreditNote: credit notes may use it.
    check: (context) => {
      if (ublScan(context)?.rootType !== 'Invoice') return NONE;
      return candidates(context, 'UBL-CR-412').map((node) => ({ node }));
    },
  },
  {
    ...base,
    id: 'UBL-CR-665',
    flag: 'warning',
    bt: ['BT-122', 'BT-18'],
    message: {
      fr: "Une pièce justificative (cac:AdditionalDocumentReference) ne porte un schéma d'identifiant (@schemeID sur cbc:ID) que si c'est l'objet facturé (cbc:DocumentTypeCode 130) : retirez l'attribut ou mettez le code 130.",
      en: 'A supporting document (cac:AdditionalDocumentReference) has an identifier scheme (@schemeID on cbc:ID) only when it is the invoiced object (cbc:DocumentTypeCode 130): remove the attribute or use code 130.',
    },
    // [cbc:DocumentTypeCode != '130' or not(cbc:DocumentTypeCode)]: some code other than 130, or none.
    check: (context) =>
      candidates(context, 'UBL-CR-665')
        .filter((node) => {
          const codes = documentTypeCodes(elementOf(node).parent);
          return codes.length === 0 || codes.some((code) => code !== '130');
        })
        .map((node) => ({ node })),
  },
  {
    ...base,
    id: 'UBL-CR-666',
    flag: 'fatal',
    bt: ['BT-18', 'BT-125'],
    message: {
      fr: "Une référence d'objet facturé (pièce justificative de code 130, BT-18) ne peut pas contenir de pièce jointe (cac:Attachment) : mettez le fichier dans une autre pièce justificative, sans le code 130.",
      en: 'An invoiced object reference (supporting document with code 130, BT-18) cannot contain an attachment (cac:Attachment): put the file in another supporting document, without code 130.',
    },
    check: (context) =>
      candidates(context, 'UBL-CR-666')
        .filter((node) => isInvoicedObject(elementOf(node).parent))
        .map((node) => ({ node })),
  },
  {
    ...base,
    id: 'UBL-CR-673',
    flag: 'fatal',
    bt: ['BT-18', 'BT-123'],
    message: {
      fr: "Une référence d'objet facturé (pièce justificative de code 130, BT-18) ne peut pas avoir de description (cbc:DocumentDescription) : retirez-la, ou décrivez le document dans une autre pièce justificative.",
      en: 'An invoiced object reference (supporting document with code 130, BT-18) cannot have a description (cbc:DocumentDescription): remove it, or describe the document in another supporting document.',
    },
    check: (context) =>
      candidates(context, 'UBL-CR-673')
        .filter((node) => isInvoicedObject(elementOf(node).parent))
        .map((node) => ({ node })),
  },
  {
    ...base,
    id: 'UBL-DT-18',
    flag: 'warning',
    bt: [],
    message: {
      fr: "L'attribut name n'est admis que sur le code du moyen de paiement (cbc:PaymentMeansCode, pour son libellé BT-82) : retirez-le des autres éléments.",
      en: 'The attribute name is allowed only on the payment means code (cbc:PaymentMeansCode, for its text BT-82): remove it from other elements.',
    },
    // count(//@name) - count(//cbc:PaymentMeansCode/@name) <= 0
    check: (context) =>
      candidates(context, 'UBL-DT-18')
        .filter((node) => {
          const owner = elementOf(node);
          return !(owner.localName === 'PaymentMeansCode' && owner.namespace === NS.cbc);
        })
        .map((node) => ({ node })),
  },
];
