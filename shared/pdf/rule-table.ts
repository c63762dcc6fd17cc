/**
 * The rules of the `pdf` layer: our own ids (the Factur-X specification numbers none), stable
 * once published. Each states what it checks and where the requirement comes from. Severity
 * follows one principle: `fatal` when the file breaks a "shall" of PDF/A-3 (ISO 19005-3) or of
 * Factur-X 1.0 that a conformance checker rejects or that may keep a receiver from finding the
 * invoice; `warning` when it departs from what the specification expects without breaking either.
 */
import type { LocalizedText } from '../i18n/text';
import type { Severity } from '../rules/finding';

export interface PdfRule {
  readonly id: PdfRuleId;
  readonly severity: Severity;
  readonly title: LocalizedText;
  /** The requirement, named in the specification's own terms. */
  readonly basis: string;
}

export type PdfRuleId = (typeof PDF_RULE_IDS)[number];

export const PDF_RULE_IDS = [
  'PDF-01',
  'PDF-02',
  'PDF-03',
  'PDF-04',
  'PDF-05',
  'PDF-06',
  'PDF-07',
  'PDF-08',
  'PDF-09',
  'PDF-10',
  'PDF-11',
  'PDF-12',
  'PDF-13',
  'PDF-14',
  'PDF-15',
  'PDF-16',
  'PDF-17',
  'PDF-18',
  'PDF-19',
  'PDF-20',
  'PDF-21',
  'PDF-22',
  'PDF-23',
  'PDF-24',
] as const;

const rule = (
  id: PdfRuleId,
  severity: Severity,
  fr: string,
  en: string,
  basis: string,
): PdfRule => ({ id, severity, title: { fr, en }, basis });

export const PDF_RULES: Readonly<Record<PdfRuleId, PdfRule>> = {
  'PDF-01': rule(
    'PDF-01',
    'fatal',
    'Le PDF contient une facture XML',
    'The PDF embeds an XML invoice',
    'Factur-X 1.0: a Factur-X file is a PDF/A-3 with the invoice XML embedded',
  ),
  'PDF-02': rule(
    'PDF-02',
    'fatal',
    'Une seule facture XML est intégrée',
    'Exactly one XML invoice is embedded',
    'Factur-X 1.0: one invoice XML per file',
  ),
  'PDF-03': rule(
    'PDF-03',
    'fatal',
    "Le PDF n'est pas chiffré",
    'The PDF is not encrypted',
    'ISO 19005-3 §6.1.3: the trailer shall not contain Encrypt',
  ),
  'PDF-04': rule(
    'PDF-04',
    'fatal',
    'Le PDF et sa pièce jointe sont lisibles',
    'The PDF and its attachment can be read',
    'ISO 32000-1: file structure, filters',
  ),
  'PDF-05': rule(
    'PDF-05',
    'warning',
    'La pièce jointe porte le nom attendu (factur-x.xml)',
    'The attachment has the expected name (factur-x.xml)',
    'Factur-X 1.0: the embedded file is named factur-x.xml (xrechnung.xml for XRECHNUNG)',
  ),
  'PDF-06': rule(
    'PDF-06',
    'fatal',
    'La pièce jointe déclare sa relation au document (/AFRelationship)',
    'The attachment declares its relationship (/AFRelationship)',
    'ISO 19005-3 §6.8: every embedded file specification shall carry AFRelationship',
  ),
  'PDF-07': rule(
    'PDF-07',
    'warning',
    'La relation est Data, Source ou Alternative',
    'The relationship is Data, Source or Alternative',
    'Factur-X 1.0 §6.2.2 (data relationship)',
  ),
  'PDF-08': rule(
    'PDF-08',
    'fatal',
    'La pièce jointe est un fichier associé (/AF)',
    'The attachment is an associated file (/AF)',
    'ISO 19005-3 §6.8: embedded files shall be associated with the document or a part of it',
  ),
  'PDF-09': rule(
    'PDF-09',
    'warning',
    'La pièce jointe est associée au document lui-même (/AF du catalogue)',
    'The attachment is associated with the document itself (catalog /AF)',
    'Factur-X 1.0: the invoice XML is associated with the document through the catalog AF array',
  ),
  'PDF-10': rule(
    'PDF-10',
    'fatal',
    'La pièce jointe figure dans /Names/EmbeddedFiles',
    'The attachment is listed in /Names/EmbeddedFiles',
    'Factur-X 1.0: the embedded file is also listed in the EmbeddedFiles name tree',
  ),
  'PDF-11': rule(
    'PDF-11',
    'fatal',
    'Le type MIME de la pièce jointe est indiqué',
    'The MIME type of the attachment is given',
    'ISO 19005-3 §6.8: the embedded file stream shall give its MIME type in Subtype',
  ),
  'PDF-12': rule(
    'PDF-12',
    'warning',
    'Le type MIME est text/xml',
    'The MIME type is text/xml',
    'Factur-X 1.0: the MIME type of the invoice XML is text/xml',
  ),
  'PDF-13': rule(
    'PDF-13',
    'fatal',
    'Le PDF porte des métadonnées XMP lisibles',
    'The PDF carries readable XMP metadata',
    'ISO 19005-3 §6.6.2.1: the catalog shall contain a Metadata stream conforming to XMP',
  ),
  'PDF-14': rule(
    'PDF-14',
    'fatal',
    'Les métadonnées XMP contiennent le schéma Factur-X (fx)',
    'The XMP metadata holds the Factur-X schema (fx)',
    'Factur-X 1.0: XMP extension schema urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#',
  ),
  'PDF-15': rule(
    'PDF-15',
    'warning',
    'Le schéma XMP correspond à la version de la facture',
    'The XMP schema matches the version of the invoice',
    'Factur-X 1.0, ZUGFeRD 2.0 and 1.0: each version has its own XMP namespace',
  ),
  'PDF-16': rule(
    'PDF-16',
    'fatal',
    'Le niveau de conformité XMP correspond au profil de la facture (BT-24)',
    'The XMP conformance level matches the invoice profile (BT-24)',
    'Factur-X 1.0: fx:ConformanceLevel is the profile of the embedded XML',
  ),
  'PDF-17': rule(
    'PDF-17',
    'fatal',
    'Le nom de fichier XMP est celui de la pièce jointe',
    'The XMP file name is the attachment name',
    'Factur-X 1.0: fx:DocumentFileName is the name of the embedded file',
  ),
  'PDF-18': rule(
    'PDF-18',
    'warning',
    'Le type de document XMP est INVOICE',
    'The XMP document type is INVOICE',
    'Factur-X 1.0: fx:DocumentType is INVOICE (ORDER… for Order-X)',
  ),
  'PDF-19': rule(
    'PDF-19',
    'warning',
    'La version XMP est 1.0',
    'The XMP version is 1.0',
    'Factur-X 1.0: fx:Version is 1.0',
  ),
  'PDF-20': rule(
    'PDF-20',
    'fatal',
    'Le schéma Factur-X est décrit par un schéma d’extension PDF/A',
    'The Factur-X schema is described by a PDF/A extension schema',
    'ISO 19005-3 (XMP extension schemas): custom properties shall be described by an extension schema',
  ),
  'PDF-21': rule(
    'PDF-21',
    'fatal',
    'Le PDF se déclare PDF/A-3',
    'The PDF declares PDF/A-3',
    'Factur-X 1.0: the container is PDF/A-3; ISO 19005-3 §6.6.4: pdfaid:part = 3',
  ),
  'PDF-22': rule(
    'PDF-22',
    'warning',
    'Le PDF a un profil de couleur de sortie PDF/A (OutputIntent)',
    'The PDF has a PDF/A output intent',
    'ISO 19005-3 (output intent, device colour spaces): device colours require a GTS_PDFA1 output intent',
  ),
  'PDF-23': rule(
    'PDF-23',
    'warning',
    'Aucune autre pièce jointe n’est une facture XML',
    'No other attachment is an XML invoice',
    'Factur-X 1.0: one invoice XML per file',
  ),
  'PDF-24': rule(
    'PDF-24',
    'info',
    'Le profil de la facture est connu',
    'The invoice profile is known',
    'Factur-X 1.0: ConformanceLevel values MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG',
  ),
};
