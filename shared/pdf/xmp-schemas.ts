/**
 * Facts of the specifications about the Factur-X container: XMP namespaces, the values of the
 * `ConformanceLevel` property per profile, and the expected attachment names. Sources: Factur-X
 * 1.0 (FNFE-MPE, the XMP extension schema it defines and its §6.2 on the data relationship);
 * ZUGFeRD 2.0 and 1.0 (FeRD), whose namespaces and file names readers still meet; Order-X 1.0.
 */
import type { DetectedDocument } from '../syntax/detect';

/** What the checks need to know of the embedded XML: its kind and profile. */
export type DetectedXml = Pick<DetectedDocument, 'kind' | 'profile'>;

import type { ProfileId } from '../syntax/profiles';

export const XMP_NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  x: 'adobe:ns:meta/',
  pdfaid: 'http://www.aiim.org/pdfa/ns/id/',
  pdfaExtension: 'http://www.aiim.org/pdfa/ns/extension/',
  pdfaSchema: 'http://www.aiim.org/pdfa/ns/schema#',
  pdfaProperty: 'http://www.aiim.org/pdfa/ns/property#',
  dc: 'http://purl.org/dc/elements/1.1/',
  xmp: 'http://ns.adobe.com/xap/1.0/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  xmpMM: 'http://ns.adobe.com/xap/1.0/mm/',
} as const;

/** Which specification an XMP invoice schema, or an embedded XML, belongs to. */
export type ContainerFamily = 'factur-x' | 'zugferd-2.0' | 'zugferd-1' | 'order-x';

export interface InvoiceXmpSchema {
  readonly family: ContainerFamily;
  readonly namespace: string;
  /** The prefix the specification binds it to (`pdfaSchema:prefix`). */
  readonly prefix: string;
  /** The name of the attachment it expects. */
  readonly fileName: string;
}

/**
 * In order of preference when a packet carries several (a file converted from ZUGFeRD 2.0 may
 * keep the old block next to the new one). ZUGFeRD 2.1 and later use the Factur-X namespace.
 */
export const INVOICE_XMP_SCHEMAS: readonly InvoiceXmpSchema[] = [
  {
    family: 'factur-x',
    namespace: 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#',
    prefix: 'fx',
    fileName: 'factur-x.xml',
  },
  {
    family: 'zugferd-2.0',
    namespace: 'urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#',
    prefix: 'zf',
    fileName: 'zugferd-invoice.xml',
  },
  {
    family: 'zugferd-1',
    namespace: 'urn:ferd:pdfa:CrossIndustryDocument:invoice:1p0#',
    prefix: 'zf',
    fileName: 'ZUGFeRD-invoice.xml',
  },
  {
    family: 'order-x',
    namespace: 'urn:factur-x:pdfa:CrossIndustryDocument:1p0#',
    prefix: 'fx',
    fileName: 'order-x.xml',
  },
];

export const FACTURX_SCHEMA = INVOICE_XMP_SCHEMAS[0] as InvoiceXmpSchema;

/** The four properties of the invoice schema, as PDF/A extension schemas describe them. */
export const INVOICE_XMP_PROPERTIES = [
  'DocumentFileName',
  'DocumentType',
  'Version',
  'ConformanceLevel',
] as const;

/** The name XRechnung-profile Factur-X files give their attachment (Factur-X 1.0.06 and later). */
export const XRECHNUNG_FILE_NAME = 'xrechnung.xml';

/**
 * Attachment names of the invoice XML, in order of preference, compared without regard to case
 * (`ZUGFeRD-invoice.xml` and `zugferd-invoice.xml` are both met).
 */
export const KNOWN_INVOICE_FILE_NAMES: readonly string[] = [
  'factur-x.xml',
  'zugferd-invoice.xml',
  'xrechnung.xml',
  'order-x.xml',
];

/** `fx:ConformanceLevel` for each profile, as Factur-X 1.0 and ZUGFeRD write it. */
const CONFORMANCE_LEVELS: Partial<Record<ProfileId, string>> = {
  minimum: 'MINIMUM',
  'basic-wl': 'BASIC WL',
  basic: 'BASIC',
  en16931: 'EN 16931',
  extended: 'EXTENDED',
  // The French CTC extension is an EXTENDED profile; its own XMP value, if any, is not published
  // yet (verify against XP Z12-012 when it is).
  'extended-ctc-fr': 'EXTENDED',
  xrechnung: 'XRECHNUNG',
  'zugferd-1-basic': 'BASIC',
  'zugferd-1-comfort': 'COMFORT',
  'zugferd-1-extended': 'EXTENDED',
  'order-x-basic': 'BASIC',
  'order-x-comfort': 'COMFORT',
  'order-x-extended': 'EXTENDED',
};

export function conformanceLevelOf(profile: ProfileId): string | undefined {
  return CONFORMANCE_LEVELS[profile];
}

/** The container family an embedded XML calls for. */
export function familyOfDocument(detected: DetectedXml): ContainerFamily | undefined {
  if (detected.kind === 'zugferd-1') return 'zugferd-1';
  if (detected.kind === 'order-x') return 'order-x';
  if (detected.kind !== 'cii-invoice') return undefined;
  // ZUGFeRD 2.0 identifiers (urn:zugferd.de:2p0:…) are the legacy ones of the CII profiles.
  const profile = detected.profile;
  if (profile?.legacy && profile.specificationId.toLowerCase().includes('zugferd.de:2p0')) {
    return 'zugferd-2.0';
  }
  return 'factur-x';
}

export function schemaOfFamily(family: ContainerFamily): InvoiceXmpSchema {
  return INVOICE_XMP_SCHEMAS.find((s) => s.family === family) ?? FACTURX_SCHEMA;
}

/** The attachment name the specification expects for this XML. */
export function expectedFileName(detected: DetectedXml): string | undefined {
  const family = familyOfDocument(detected);
  if (!family) return undefined;
  if (detected.profile?.id === 'xrechnung') return XRECHNUNG_FILE_NAME;
  return schemaOfFamily(family).fileName;
}
