import type { LocalizedText } from '../i18n/text';
import { shown } from '../xml/errors';
import { child, textOf } from '../xml/navigate';
import type { XmlElement } from '../xml/tree';
import { NS, UBL_DOCUMENT_NAMESPACE } from './namespaces';
import { type Profile, type ProfileSyntax, profileOf } from './profiles';

/**
 * What a document is, told from its root element (name and namespace) and its specification
 * identifier, without validating anything.
 */
export type DocumentKind =
  | 'ubl-invoice'
  | 'ubl-credit-note'
  | 'cii-invoice'
  /** ZUGFeRD 1.0 Cross Industry Document: recognised, not validated. */
  | 'zugferd-1'
  /** Order-X (Cross Industry Order): an order, recognised, not validated. */
  | 'order-x'
  /** A UBL 2 document that is not an invoice: Order, DespatchAdvice, ApplicationResponse… */
  | 'ubl-other'
  | 'other';

export interface DetectedDocument {
  readonly kind: DocumentKind;
  /** The syntax the EN 16931 layers validate this document in; `undefined` when they do not. */
  readonly syntax: ProfileSyntax | undefined;
  readonly root: { readonly namespace: string; readonly localName: string };
  /** For `ubl-other`: the UBL document type, e.g. `Order`. */
  readonly ublDocumentType?: string;
  /**
   * What the specification identifier says (BT-24 for invoices; the guideline identifier of
   * ZUGFeRD 1.0 and Order-X); `undefined` when the document has none or it is blank.
   */
  readonly profile: Profile | undefined;
  readonly description: LocalizedText;
}

/** Tells what the document rooted at `root` is. Works on any element, e.g. one nested in a test set. */
export function detectDocument(root: XmlElement): DetectedDocument {
  const rootName = { namespace: root.namespace, localName: root.localName };
  const ublType = UBL_DOCUMENT_NAMESPACE.exec(root.namespace)?.[1];
  if (ublType !== undefined && ublType === root.localName) {
    if (ublType === 'Invoice' || ublType === 'CreditNote') {
      const profile = profileFrom(textOf(child(root, NS.cbc, 'CustomizationID')), 'ubl');
      const kind = ublType === 'Invoice' ? 'ubl-invoice' : 'ubl-credit-note';
      const what =
        kind === 'ubl-invoice'
          ? { fr: 'Facture UBL 2.1 (Invoice)', en: 'UBL 2.1 invoice (Invoice)' }
          : { fr: 'Avoir UBL 2.1 (CreditNote)', en: 'UBL 2.1 credit note (CreditNote)' };
      return {
        kind,
        syntax: 'ubl',
        root: rootName,
        profile,
        description: invoiceDescription(what, profile),
      };
    }
    return {
      kind: 'ubl-other',
      syntax: undefined,
      root: rootName,
      ublDocumentType: ublType,
      profile: undefined,
      description: ublOtherDescription(ublType),
    };
  }
  if (root.namespace === NS.rsm && root.localName === 'CrossIndustryInvoice') {
    const context = child(root, NS.rsm, 'ExchangedDocumentContext');
    const profile = profileFrom(guidelineId(context, NS.ram), 'cii');
    const what = {
      fr: 'Facture UN/CEFACT CII D16B (CrossIndustryInvoice)',
      en: 'UN/CEFACT CII D16B invoice (CrossIndustryInvoice)',
    };
    return {
      kind: 'cii-invoice',
      syntax: 'cii',
      root: rootName,
      profile,
      description: invoiceDescription(what, profile),
    };
  }
  if (root.namespace === NS.zf1rsm && root.localName === 'CrossIndustryDocument') {
    const context = child(root, NS.zf1rsm, 'SpecifiedExchangedDocumentContext');
    const profile = profileFrom(guidelineId(context, NS.zf1ram), undefined);
    const level = profile ? ` (${profile.name})` : '';
    return {
      kind: 'zugferd-1',
      syntax: undefined,
      root: rootName,
      profile,
      description: {
        fr: `Facture ZUGFeRD 1.0${level} : ancien format, antérieur à la norme EN 16931, qui ne peut pas être vérifié selon elle. Demandez une facture Factur-X ou ZUGFeRD 2.`,
        en: `ZUGFeRD 1.0 invoice${level}: a former format, older than the EN 16931 standard, which cannot be checked against it. Ask for a Factur-X or ZUGFeRD 2 invoice.`,
      },
    };
  }
  if (root.namespace === NS.oxrsm && root.localName === 'SCRDMCCBDACIOMessageStructure') {
    const context = child(root, NS.oxrsm, 'ExchangedDocumentContext');
    const profile = profileFrom(guidelineId(context, NS.oxram), undefined);
    const exchanged = child(root, NS.oxrsm, 'ExchangedDocument');
    const typeCode = exchanged && textOf(child(exchanged, NS.oxram, 'TypeCode'));
    const what = ORDER_X_TYPES.get(typeCode ?? '') ?? { fr: 'document', en: 'document' };
    const level = profile ? ` (${profile.name})` : '';
    return {
      kind: 'order-x',
      syntax: undefined,
      root: rootName,
      profile,
      description: {
        fr: `Order-X${level} : ${what.fr} et non une facture.`,
        en: `Order-X${level}: ${what.en}, not an invoice.`,
      },
    };
  }
  return {
    kind: 'other',
    syntax: undefined,
    root: rootName,
    profile: undefined,
    description: otherDescription(root),
  };
}

/** Order-X document types by UNTDID 1001 code. */
const ORDER_X_TYPES: ReadonlyMap<string, LocalizedText> = new Map([
  ['220', { fr: 'une commande', en: 'an order' }],
  ['230', { fr: 'une modification de commande', en: 'an order change' }],
  ['231', { fr: 'une réponse à une commande', en: 'an order response' }],
]);

function guidelineId(context: XmlElement | undefined, ram: string): string | undefined {
  const parameter = context && child(context, ram, 'GuidelineSpecifiedDocumentContextParameter');
  return textOf(parameter && child(parameter, ram, 'ID'));
}

function profileFrom(
  id: string | undefined,
  syntax: ProfileSyntax | undefined,
): Profile | undefined {
  return id === undefined || id === '' ? undefined : profileOf(id, syntax);
}

function invoiceDescription(what: LocalizedText, profile: Profile | undefined): LocalizedText {
  if (profile === undefined) {
    return {
      fr: `${what.fr}, sans identifiant de spécification (BT-24) : le profil ne peut pas être déterminé.`,
      en: `${what.en}, without a specification identifier (BT-24): the profile cannot be determined.`,
    };
  }
  return {
    fr: `${what.fr}. ${capitalise(profile.description.fr)}`,
    en: `${what.en}. ${capitalise(profile.description.en)}`,
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** French names of the UBL documents a supplier may send by mistake; others keep their UBL name. */
const UBL_DOCUMENTS: ReadonlyMap<string, LocalizedText> = new Map([
  ['Order', { fr: 'une commande', en: 'an order' }],
  ['OrderResponse', { fr: 'une réponse à une commande', en: 'an order response' }],
  ['OrderChange', { fr: 'une modification de commande', en: 'an order change' }],
  ['DespatchAdvice', { fr: "un avis d'expédition", en: 'a despatch advice' }],
  ['ReceiptAdvice', { fr: 'un avis de réception', en: 'a receipt advice' }],
  [
    'ApplicationResponse',
    {
      fr: 'une réponse applicative (accusé ou rejet)',
      en: 'an application response (acknowledgement or rejection)',
    },
  ],
  ['Catalogue', { fr: 'un catalogue', en: 'a catalogue' }],
  ['Quotation', { fr: 'un devis', en: 'a quotation' }],
  [
    'SelfBilledInvoice',
    {
      fr: 'une autofacture UBL (SelfBilledInvoice)',
      en: 'a UBL self-billed invoice (SelfBilledInvoice)',
    },
  ],
  ['DebitNote', { fr: 'une note de débit UBL (DebitNote)', en: 'a UBL debit note (DebitNote)' }],
  ['Reminder', { fr: 'une relance', en: 'a reminder' }],
]);

function ublOtherDescription(documentType: string): LocalizedText {
  const what = UBL_DOCUMENTS.get(documentType) ?? {
    fr: `un document UBL « ${documentType} »`,
    en: `a UBL "${documentType}" document`,
  };
  return {
    fr: `Document UBL 2 : ${what.fr}, pas une facture (Invoice) ni un avoir (CreditNote).`,
    en: `UBL 2 document: ${what.en}, neither an invoice (Invoice) nor a credit note (CreditNote).`,
  };
}

/** Root names that look like an invoice but sit in the wrong namespace: worth a precise hint. */
const EXPECTED_NAMESPACE: ReadonlyMap<string, string> = new Map([
  ['Invoice', NS.ubl],
  ['CreditNote', NS.cn],
  ['CrossIndustryInvoice', NS.rsm],
]);

function otherDescription(root: XmlElement): LocalizedText {
  const name = shown(root.localName);
  const namespace = shown(root.namespace, 120);
  const where =
    root.namespace === ''
      ? { fr: 'sans espace de noms', en: 'in no namespace' }
      : {
          fr: `dans l'espace de noms « ${namespace} »`,
          en: `in the namespace "${namespace}"`,
        };
  const expected = EXPECTED_NAMESPACE.get(root.localName);
  if (expected !== undefined) {
    return {
      fr: `Document XML <${name}> ${where.fr} : une facture <${name}> doit être dans l'espace de noms « ${expected} » (vérifiez l'attribut xmlns).`,
      en: `XML document <${name}> ${where.en}: an invoice <${name}> must be in the namespace "${expected}" (check the xmlns attribute).`,
    };
  }
  return {
    fr: `Document XML <${name}> ${where.fr} : ce n'est ni une facture UBL ni une facture CII.`,
    en: `XML document <${name}> ${where.en}: neither a UBL nor a CII invoice.`,
  };
}
