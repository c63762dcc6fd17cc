/**
 * The `pdf` validation layer: what the Factur-X container says about itself, checked against
 * Factur-X 1.0 and PDF/A-3 (see rule-table.ts for the rules and why each has its severity), and
 * against the embedded XML (profile, file name). The rules only read what `readFacturxPdf`
 * found; they never open the PDF again.
 */
import type { LocalizedText } from '../i18n/text';
import type { Finding } from '../rules/finding';
import type { PdfReadError, PdfReadErrorCode } from './errors';
import { baseName } from './invoice-attachment';
import type { FacturxPdf } from './read';
import { PDF_RULES, type PdfRuleId } from './rule-table';
import type { DetectedXml } from './xmp-schemas';
import {
  type ContainerFamily,
  conformanceLevelOf,
  expectedFileName,
  FACTURX_SCHEMA,
  familyOfDocument,
  INVOICE_XMP_PROPERTIES,
  schemaOfFamily,
} from './xmp-schemas';

function finding(id: PdfRuleId, message: LocalizedText, bt: readonly string[] = []): Finding {
  const rule = PDF_RULES[id];
  return { rule: id, severity: rule.severity, layer: 'pdf', message, bt };
}

const READ_ERROR_RULES: Record<PdfReadErrorCode, PdfRuleId> = {
  'pdf-no-invoice': 'PDF-01',
  'pdf-several-invoices': 'PDF-02',
  'pdf-encrypted': 'PDF-03',
  'pdf-not-pdf': 'PDF-04',
  'pdf-too-large': 'PDF-04',
  'pdf-too-complex': 'PDF-04',
  'pdf-damaged': 'PDF-04',
  'pdf-attachment-unreadable': 'PDF-04',
};

/** The finding that stands for a PDF the reader could not take an invoice from. */
export function pdfReadErrorFinding(error: PdfReadError): Finding {
  return finding(READ_ERROR_RULES[error.code], error.message);
}

/** The `pdf` findings of a Factur-X PDF, given what its embedded XML turned out to be. */
export function checkFacturxPdf(pdf: FacturxPdf, detectedXml?: DetectedXml): Finding[] {
  return [
    ...checkAttachment(pdf, detectedXml),
    ...checkOthers(pdf),
    ...checkXmp(pdf, detectedXml),
    ...checkPdfa(pdf),
  ];
}

const RELATIONSHIPS = ['Data', 'Source', 'Alternative'];
const XML_MIME_TYPES = ['text/xml', 'application/xml'];

function checkAttachment(pdf: FacturxPdf, detected: DetectedXml | undefined): Finding[] {
  const found: Finding[] = [];
  const { attachment } = pdf;
  const name = attachment.name;

  const expected = detected ? expectedFileName(detected) : FACTURX_SCHEMA.fileName;
  if (expected !== undefined && baseName(name) !== expected) {
    found.push(
      finding('PDF-05', {
        fr: `La facture XML est jointe sous le nom « ${name} » ; le nom attendu est « ${expected} ». Des logiciels qui la cherchent par son nom ne la trouveront pas.`,
        en: `The XML invoice is attached as "${name}"; the expected name is "${expected}". Software that looks for it by name will not find it.`,
      }),
    );
  }

  if (attachment.relationship === undefined) {
    found.push(
      finding('PDF-06', {
        fr: `La pièce jointe « ${name} » n'a pas d'entrée /AFRelationship : PDF/A-3 l'exige pour tout fichier intégré. Factur-X attend Data (usage français), Source ou Alternative.`,
        en: `The attachment "${name}" has no /AFRelationship entry: PDF/A-3 requires one for every embedded file. Factur-X expects Data (French usage), Source or Alternative.`,
      }),
    );
  } else if (!RELATIONSHIPS.includes(attachment.relationship)) {
    found.push(
      finding('PDF-07', {
        fr: `La relation de « ${name} » au document est ${attachment.relationship} ; Factur-X attend Data (usage français), Source ou Alternative.`,
        en: `The relationship of "${name}" to the document is ${attachment.relationship}; Factur-X expects Data (French usage), Source or Alternative.`,
      }),
    );
  }

  if (!attachment.inCatalogAf && !attachment.inPageAf) {
    found.push(
      finding('PDF-08', {
        fr: `« ${name} » n'est listé dans aucun tableau /AF : PDF/A-3 exige qu'un fichier intégré soit associé au document (tableau /AF du catalogue).`,
        en: `"${name}" is listed in no /AF array: PDF/A-3 requires an embedded file to be associated with the document (catalog /AF array).`,
      }),
    );
  } else if (!attachment.inCatalogAf) {
    found.push(
      finding('PDF-09', {
        fr: `« ${name} » est associé à une page et non au document : Factur-X le veut dans le tableau /AF du catalogue.`,
        en: `"${name}" is associated with a page, not with the document: Factur-X wants it in the catalog /AF array.`,
      }),
    );
  }

  if (!attachment.inNames) {
    found.push(
      finding('PDF-10', {
        fr: `« ${name} » ne figure pas dans la liste des pièces jointes du PDF (/Names/EmbeddedFiles) : la plupart des logiciels, et les lecteurs PDF, ne le verront pas.`,
        en: `"${name}" is not in the PDF's list of attachments (/Names/EmbeddedFiles): most software, and PDF viewers, will not see it.`,
      }),
    );
  }

  if (attachment.mimeType === undefined) {
    found.push(
      finding('PDF-11', {
        fr: `Le type MIME de « ${name} » n'est pas indiqué (/Subtype du fichier intégré) : PDF/A-3 l'exige ; la valeur attendue est text/xml.`,
        en: `The MIME type of "${name}" is not given (/Subtype of the embedded file): PDF/A-3 requires it; the expected value is text/xml.`,
      }),
    );
  } else if (!XML_MIME_TYPES.includes(attachment.mimeType.toLowerCase())) {
    found.push(
      finding('PDF-12', {
        fr: `Le type MIME de « ${name} » est ${attachment.mimeType} ; la valeur attendue est text/xml.`,
        en: `The MIME type of "${name}" is ${attachment.mimeType}; the expected value is text/xml.`,
      }),
    );
  }
  return found;
}

function checkOthers(pdf: FacturxPdf): Finding[] {
  const invoices = pdf.others.filter((o) => o.invoiceLike).map((o) => o.name);
  if (invoices.length === 0) return [];
  const list = invoices.join(', ');
  return [
    finding('PDF-23', {
      fr: `Outre « ${pdf.attachment.name} », le PDF joint d'autres factures XML (${list}) : seule « ${pdf.attachment.name} » est lue et vérifiée.`,
      en: `Besides "${pdf.attachment.name}", the PDF attaches other XML invoices (${list}): only "${pdf.attachment.name}" is read and checked.`,
    }),
  ];
}

function checkXmp(pdf: FacturxPdf, detected: DetectedXml | undefined): Finding[] {
  const { xmp } = pdf;
  if (!xmp) {
    const reason = pdf.xmpUnreadable;
    return [
      finding(
        'PDF-13',
        reason
          ? {
              fr: `Les métadonnées XMP du PDF sont illisibles : ${reason.fr}`,
              en: `The PDF's XMP metadata cannot be read: ${reason.en}`,
            }
          : {
              fr: "Le PDF n'a pas de métadonnées XMP (/Metadata du catalogue) : PDF/A-3 les exige, et Factur-X y déclare le profil et le nom de la facture.",
              en: "The PDF has no XMP metadata (catalog /Metadata): PDF/A-3 requires it, and Factur-X declares the invoice's profile and name there.",
            },
      ),
    ];
  }
  const wanted: ContainerFamily = (detected && familyOfDocument(detected)) ?? 'factur-x';
  const wantedSchema = schemaOfFamily(wanted);
  if (!xmp.schema) {
    return [
      finding('PDF-14', {
        fr: `Les métadonnées XMP ne contiennent pas le schéma Factur-X (espace de noms ${wantedSchema.namespace}) : profil, nom et type de la facture n'y sont pas déclarés.`,
        en: `The XMP metadata does not hold the Factur-X schema (namespace ${wantedSchema.namespace}): the invoice's profile, name and type are not declared.`,
      }),
    ];
  }
  const found: Finding[] = [];
  if (detected && familyOfDocument(detected) && xmp.schema.family !== wanted) {
    found.push(
      finding('PDF-15', {
        fr: `Les métadonnées XMP utilisent le schéma ${familyLabel(xmp.schema.family)} (${xmp.schema.namespace}) alors que la facture XML relève de ${familyLabel(wanted)} (${wantedSchema.namespace}).`,
        en: `The XMP metadata uses the ${familyLabel(xmp.schema.family)} schema (${xmp.schema.namespace}) while the XML invoice is ${familyLabel(wanted)} (${wantedSchema.namespace}).`,
      }),
    );
  }
  found.push(...checkConformanceLevel(xmp.conformanceLevel, detected));

  const name = pdf.attachment.name;
  if (xmp.documentFileName === undefined) {
    found.push(
      finding('PDF-17', {
        fr: `Les métadonnées XMP n'indiquent pas le nom du fichier de la facture (DocumentFileName) ; il devrait être « ${name} ».`,
        en: `The XMP metadata does not give the invoice file name (DocumentFileName); it should be "${name}".`,
      }),
    );
  } else if (xmp.documentFileName !== name) {
    found.push(
      finding('PDF-17', {
        fr: `Les métadonnées XMP nomment la facture « ${xmp.documentFileName} » (DocumentFileName) mais la pièce jointe s'appelle « ${name} ».`,
        en: `The XMP metadata names the invoice "${xmp.documentFileName}" (DocumentFileName) but the attachment is called "${name}".`,
      }),
    );
  }

  const expectedTypes = xmp.schema.family === 'order-x' ? ORDER_TYPES : ['INVOICE'];
  if (xmp.documentType === undefined || !expectedTypes.includes(xmp.documentType)) {
    const shown = xmp.documentType === undefined ? 'absent' : `« ${xmp.documentType} »`;
    const shownEn = xmp.documentType === undefined ? 'missing' : `"${xmp.documentType}"`;
    found.push(
      finding('PDF-18', {
        fr: `Le type de document XMP (DocumentType) est ${shown} ; la valeur attendue est ${expectedTypes.join(' ou ')}.`,
        en: `The XMP document type (DocumentType) is ${shownEn}; the expected value is ${expectedTypes.join(' or ')}.`,
      }),
    );
  }
  if (xmp.schema.family === 'factur-x' && xmp.version !== '1.0') {
    const shown = xmp.version === undefined ? 'absente' : `« ${xmp.version} »`;
    const shownEn = xmp.version === undefined ? 'missing' : `"${xmp.version}"`;
    found.push(
      finding('PDF-19', {
        fr: `La version XMP (Version) est ${shown} ; Factur-X 1.0 écrit 1.0.`,
        en: `The XMP version (Version) is ${shownEn}; Factur-X 1.0 writes 1.0.`,
      }),
    );
  }

  const described = xmp.extensionProperties;
  const used = INVOICE_XMP_PROPERTIES.filter((p) => present(xmp, p));
  const undescribed = described ? used.filter((p) => !described.includes(p)) : used;
  if (!described || undescribed.length > 0) {
    found.push(
      finding(
        'PDF-20',
        !described
          ? {
              fr: `Aucun schéma d'extension PDF/A ne décrit l'espace de noms ${xmp.schema.namespace} : un validateur PDF/A rejette ces propriétés XMP non déclarées.`,
              en: `No PDF/A extension schema describes the namespace ${xmp.schema.namespace}: a PDF/A validator rejects these undeclared XMP properties.`,
            }
          : {
              fr: `Le schéma d'extension PDF/A de ${xmp.schema.namespace} ne décrit pas ${undescribed.join(', ')}.`,
              en: `The PDF/A extension schema of ${xmp.schema.namespace} does not describe ${undescribed.join(', ')}.`,
            },
      ),
    );
  }
  return found;
}

const ORDER_TYPES = ['ORDER', 'ORDER_RESPONSE', 'ORDER_CHANGE'];

function present(xmp: NonNullable<FacturxPdf['xmp']>, property: string): boolean {
  switch (property) {
    case 'DocumentFileName':
      return xmp.documentFileName !== undefined;
    case 'DocumentType':
      return xmp.documentType !== undefined;
    case 'Version':
      return xmp.version !== undefined;
    default:
      return xmp.conformanceLevel !== undefined;
  }
}

function familyLabel(family: ContainerFamily): string {
  switch (family) {
    case 'factur-x':
      return 'Factur-X 1.0 / ZUGFeRD 2.1+';
    case 'zugferd-2.0':
      return 'ZUGFeRD 2.0';
    case 'zugferd-1':
      return 'ZUGFeRD 1.0';
    case 'order-x':
      return 'Order-X';
  }
}

function checkConformanceLevel(
  level: string | undefined,
  detected: DetectedXml | undefined,
): Finding[] {
  const profile = detected?.profile;
  const expected = profile ? conformanceLevelOf(profile.id) : undefined;
  if (expected === undefined) {
    const about = profile
      ? {
          fr: `le profil de la facture (${profile.name}) n'a pas de niveau Factur-X`,
          en: `the invoice profile (${profile.name}) has no Factur-X level`,
        }
      : {
          fr: "le profil de la facture (BT-24) n'est pas connu",
          en: 'the invoice profile (BT-24) is not known',
        };
    return [
      finding(
        'PDF-24',
        {
          fr: `Niveau de conformité XMP non comparé (${level ?? 'absent'}) : ${about.fr}.`,
          en: `XMP conformance level not compared (${level ?? 'missing'}): ${about.en}.`,
        },
        ['BT-24'],
      ),
    ];
  }
  if (level === expected) return [];
  return [
    finding(
      'PDF-16',
      level === undefined
        ? {
            fr: `Les métadonnées XMP ne déclarent pas de niveau de conformité (ConformanceLevel) ; la facture est au profil ${profile?.name}, soit « ${expected} ».`,
            en: `The XMP metadata declares no conformance level (ConformanceLevel); the invoice is ${profile?.name}, i.e. "${expected}".`,
          }
        : {
            fr: `Les métadonnées XMP déclarent le niveau « ${level} » mais la facture XML est au profil ${profile?.name} (BT-24) : le niveau attendu est « ${expected} ».`,
            en: `The XMP metadata declares level "${level}" but the XML invoice is ${profile?.name} (BT-24): the expected level is "${expected}".`,
          },
      ['BT-24'],
    ),
  ];
}

function checkPdfa(pdf: FacturxPdf): Finding[] {
  const found: Finding[] = [];
  const part = pdf.xmp?.pdfaPart;
  if (pdf.xmp && part !== '3') {
    found.push(
      finding(
        'PDF-21',
        part === undefined
          ? {
              fr: 'Le PDF ne se déclare pas PDF/A (pdfaid:part absent des métadonnées XMP) : Factur-X exige PDF/A-3, seule version qui admet une facture XML jointe.',
              en: 'The PDF does not declare PDF/A (no pdfaid:part in the XMP metadata): Factur-X requires PDF/A-3, the only version that allows an attached XML invoice.',
            }
          : {
              fr: `Le PDF se déclare PDF/A-${part} : Factur-X exige PDF/A-3, seule version qui admet une facture XML jointe.`,
              en: `The PDF declares PDF/A-${part}: Factur-X requires PDF/A-3, the only version that allows an attached XML invoice.`,
            },
      ),
    );
  }
  if (!pdf.outputIntents.includes('GTS_PDFA1')) {
    found.push(
      finding('PDF-22', {
        fr: "Le PDF n'a pas de profil de couleur de sortie PDF/A (OutputIntent GTS_PDFA1) : PDF/A-3 l'exige dès qu'une page utilise des couleurs RVB ou CMJN non calibrées, ce qui est presque toujours le cas.",
        en: 'The PDF has no PDF/A output intent (GTS_PDFA1): PDF/A-3 requires one as soon as a page uses uncalibrated RGB or CMYK colours, which is nearly always.',
      }),
    );
  }
  return found;
}
