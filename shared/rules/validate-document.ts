import type { Invoice } from '../model';
import { checkFacturxPdf, type PdfLimits, pdfReadErrorFinding, readFacturxPdf } from '../pdf';
import { ARTEFACTS } from './artefacts';
import { type ValidateOptions, validateXmlRun } from './engine';
import type { Finding } from './finding';
import { countFindings, type LayerReport, type ValidationReport, verdictOf } from './report';

/** What a user may hand in: an XML invoice (UBL, CII) or a Factur-X / ZUGFeRD PDF. */
export type DocumentFormat = 'xml' | 'pdf';

/** `%PDF-` within the first kilobyte, as PDF readers accept it; anything else is read as XML. */
export function formatOf(bytes: Uint8Array): DocumentFormat {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 4 < head.length; i++) {
    if (
      head[i] === 0x25 &&
      head[i + 1] === 0x50 &&
      head[i + 2] === 0x44 &&
      head[i + 3] === 0x46 &&
      head[i + 4] === 0x2d
    ) {
      return 'pdf';
    }
  }
  return 'xml';
}

export interface ValidateDocumentOptions extends ValidateOptions {
  readonly pdfLimits?: Partial<PdfLimits>;
}

export type DocumentReport = ValidationReport & { readonly format: DocumentFormat };

/**
 * Validates an XML invoice, or a Factur-X PDF: the embedded XML goes through every layer like an
 * XML file, and the container is checked in the `pdf` layer (attachment, relationship, XMP, PDF/A).
 * A PDF with no readable invoice inside gives its reason as a `pdf` finding. Never throws.
 */
export async function validateDocument(
  bytes: Uint8Array,
  options: ValidateDocumentOptions = {},
): Promise<DocumentReport> {
  return (await validateDocumentRun(bytes, options)).report;
}

/** validateDocument, with the model it read (see validateXmlRun). */
export async function validateDocumentRun(
  bytes: Uint8Array,
  options: ValidateDocumentOptions = {},
): Promise<{ readonly report: DocumentReport; readonly invoice?: Invoice }> {
  if (formatOf(bytes) === 'xml') {
    const run = await validateXmlRun(bytes, options);
    return { ...run, report: { ...run.report, format: 'xml' } };
  }

  const pdf = await readFacturxPdf(bytes, options.pdfLimits ? { limits: options.pdfLimits } : {});
  if ('error' in pdf) {
    const findings = [pdfReadErrorFinding(pdf.error)];
    return { report: { ...withPdfLayer([], findings, 'ran'), format: 'pdf' } };
  }
  const { report, invoice } = await validateXmlRun(pdf.xml, options);
  const pdfFindings = checkFacturxPdf(pdf, report.document);
  return {
    report: {
      ...withPdfLayer(report.layers, [...report.findings, ...pdfFindings], 'ran', report),
      format: 'pdf',
    },
    ...(invoice ? { invoice } : {}),
  };
}

function withPdfLayer(
  layers: readonly LayerReport[],
  findings: Finding[],
  status: LayerReport['status'],
  base?: ValidationReport,
): ValidationReport {
  const pdfLayer: LayerReport = {
    layer: 'pdf',
    status,
    artefact: ARTEFACTS.pdf,
    counts: countFindings(findings, 'pdf'),
    rules: 1,
  };
  const all = [...layers, pdfLayer];
  return {
    ...(base?.document ? { document: base.document } : {}),
    layers: all,
    findings,
    verdict: verdictOf(all, findings),
  };
}
