import type { DocumentKind } from '../syntax/detect';
import type { ProfileId } from '../syntax/profiles';

/**
 * The schema sets the XSD layer validates against. UBL 2.1 has one root schema per document type;
 * CII D16B is the EN 16931 subset (uncoupled code lists); each Factur-X profile restricts CII with
 * its own schemas, so an EXTENDED-only element is refused by a MINIMUM schema.
 */
export const XSD_SCHEMA_SETS = [
  'ubl-invoice',
  'ubl-creditnote',
  'cii-d16b',
  'cii-d22b',
  'facturx-minimum',
  'facturx-basicwl',
  'facturx-basic',
  'facturx-en16931',
  'facturx-extended',
] as const;
export type XsdSchemaSet = (typeof XSD_SCHEMA_SETS)[number];

/** Factur-X profiles, as told apart by the guideline id (BT-24). */
export const FACTURX_PROFILES = ['minimum', 'basicwl', 'basic', 'en16931', 'extended'] as const;
export type FacturxProfile = (typeof FACTURX_PROFILES)[number];

/** The syntax of a document as the XSD layer needs it: UBL has one schema per root element. */
export type XsdSyntax = 'ubl-invoice' | 'ubl-creditnote' | 'cii';

/**
 * The schema set for a syntax and, for CII, a Factur-X profile. A CII document with no Factur-X
 * profile (a plain EN 16931 CII invoice, XRechnung) is checked against CII D16B; UBL ignores the
 * profile.
 */
export function schemaSetFor(syntax: XsdSyntax, profile?: FacturxProfile): XsdSchemaSet {
  if (syntax !== 'cii') return syntax;
  return profile === undefined ? 'cii-d16b' : `facturx-${profile}`;
}

/** The Factur-X profile schema for a CII invoice's specification identifier (BT-24). */
const FACTURX_SET_OF_PROFILE: Partial<Readonly<Record<ProfileId, XsdSchemaSet>>> = {
  minimum: 'facturx-minimum',
  'basic-wl': 'facturx-basicwl',
  basic: 'facturx-basic',
  en16931: 'facturx-en16931',
  extended: 'facturx-extended',
  // The French CTC extension is written within the EXTENDED schema.
  'extended-ctc-fr': 'facturx-extended',
};

/**
 * The schema set for a document as `detectDocument` (shared/syntax) describes it, or `undefined` when no schema
 * of ours applies (ZUGFeRD 1.0, Order-X, other documents): the layer then has nothing to run.
 * A CII invoice with no Factur-X profile (XRechnung, Peppol, an unknown or missing BT-24) is
 * checked against the EN 16931 CII D16B schema.
 */
export function schemaSetForDocument(
  kind: DocumentKind,
  profile?: ProfileId,
): XsdSchemaSet | undefined {
  switch (kind) {
    case 'ubl-invoice':
      return 'ubl-invoice';
    case 'ubl-credit-note':
      return 'ubl-creditnote';
    case 'cii-invoice':
      return (profile === undefined ? undefined : FACTURX_SET_OF_PROFILE[profile]) ?? 'cii-d16b';
    default:
      return undefined;
  }
}

export function isXsdSchemaSet(value: string): value is XsdSchemaSet {
  return (XSD_SCHEMA_SETS as readonly string[]).includes(value);
}
