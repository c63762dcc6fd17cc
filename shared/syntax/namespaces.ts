/**
 * Namespace URIs of the invoice syntaxes, and the one conventional prefix given to each. Findings
 * print XPaths with these prefixes whatever a document itself uses (`ns2:ID`, a default
 * namespace…), and rule authors write paths with them, so both stay stable across producers.
 *
 * Each URI has exactly one prefix and each prefix one URI. Where two syntaxes use the same
 * customary prefix for different URIs (`rsm`, `ram`… in ZUGFeRD 1.0 and Order-X), the invoice
 * syntax we validate (CII D16B) keeps the short one and the other gets a qualified prefix.
 */
export const NS = {
  // XML itself
  xml: 'http://www.w3.org/XML/1998/namespace',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  ds: 'http://www.w3.org/2000/09/xmldsig#',

  // UBL 2.1 (the same URIs serve UBL 2.2 and 2.3)
  ubl: 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2',
  cn: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2',
  cac: 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2',
  cbc: 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2',
  ext: 'urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2',
  sig: 'urn:oasis:names:specification:ubl:schema:xsd:CommonSignatureComponents-2',
  sac: 'urn:oasis:names:specification:ubl:schema:xsd:SignatureAggregateComponents-2',
  sbc: 'urn:oasis:names:specification:ubl:schema:xsd:SignatureBasicComponents-2',

  // UN/CEFACT Cross Industry Invoice D16B (Factur-X, ZUGFeRD 2.x, XRechnung CII)
  rsm: 'urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100',
  ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100',
  udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100',
  qdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:100',

  // ZUGFeRD 1.0 (Cross Industry Document), recognised but not validated
  zf1rsm: 'urn:ferd:CrossIndustryDocument:invoice:1p0',
  zf1ram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12',
  zf1udt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15',

  // Order-X (Cross Industry Order, ram/udt/qdt version 128), recognised but not validated
  oxrsm: 'urn:un:unece:uncefact:data:SCRDMCCBDACIOMessageStructure:100',
  oxram: 'urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:128',
  oxudt: 'urn:un:unece:uncefact:data:standard:UnqualifiedDataType:128',
  oxqdt: 'urn:un:unece:uncefact:data:standard:QualifiedDataType:128',
} as const;

export type ConventionalPrefix = keyof typeof NS;

const PREFIX_OF_NAMESPACE: ReadonlyMap<string, string> = new Map(
  Object.entries(NS).map(([prefix, uri]) => [uri, prefix]),
);
const NAMESPACE_OF_PREFIX: ReadonlyMap<string, string> = new Map(Object.entries(NS));

/** The conventional prefix of a namespace URI, if it is one of ours. */
export function conventionalPrefix(namespace: string): string | undefined {
  return PREFIX_OF_NAMESPACE.get(namespace);
}

/** The namespace URI of a conventional prefix, if it is one of ours. */
export function namespaceOfPrefix(prefix: string): string | undefined {
  return NAMESPACE_OF_PREFIX.get(prefix);
}

/** Root of every UBL 2 document namespace: `…:xsd:<DocumentType>-2`. */
export const UBL_DOCUMENT_NAMESPACE =
  /^urn:oasis:names:specification:ubl:schema:xsd:([A-Za-z]+)-2$/;
