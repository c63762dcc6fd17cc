/**
 * The body of /v1/convert → the EN 16931 model: UBL or CII XML, the XML of a Factur-X PDF, a plain
 * PDF through extraction, or the model's JSON. Anything that cannot be read is thrown as a
 * problem; what was read with reservations comes back as warnings.
 */
import type { ConversionWarning, ConvertSource } from '../../shared/api/conversion';
import { extractInvoice } from '../../shared/extract';
import type { LocalizedText } from '../../shared/i18n/text';
import { type Invoice, parseInvoiceJson } from '../../shared/model';
import { readFacturxPdf } from '../../shared/pdf';
import { detectDocument } from '../../shared/syntax/detect';
import { readInvoice } from '../../shared/syntax/read';
import { parseXml } from '../../shared/xml';
import { ProblemError } from '../http/problem';
import type { DocumentBody } from './body';
import { extractionProblem } from './extraction';
import type { DocumentLimits } from './limits';
import { pdfProblem, xmlProblem } from './problems';

export interface SourceInvoice {
  readonly from: ConvertSource;
  readonly invoice: Invoice;
  /** The PDF the invoice came in: `to=facturx` attaches the XML to it instead of drawing one. */
  readonly pdf?: Uint8Array;
  readonly warnings: readonly ConversionWarning[];
}

const BODY_FORMAT_OF: Readonly<Record<ConvertSource, DocumentBody['format']>> = {
  pdf: 'pdf',
  facturx: 'pdf',
  ubl: 'xml',
  cii: 'xml',
  json: 'json',
};

/** `from` names what the body must be; the bytes say what it is. */
function contradiction(from: ConvertSource, found: string): ProblemError {
  return new ProblemError('invalid-request', {
    fr: `from=${from} ne correspond pas au document envoyé, qui est ${found}. Corrigez from, ou omettez-le pour qu'il soit reconnu.`,
    en: `from=${from} does not match the document sent, which is ${found}. Fix from, or leave it out to have it recognised.`,
  });
}

const FORMAT_WORDS: Readonly<Record<string, string>> = {
  pdf: 'un PDF / a PDF',
  xml: 'du XML / XML',
  json: 'du JSON / JSON',
  ubl: 'une facture UBL / a UBL invoice',
  cii: 'une facture CII / a CII invoice',
};

export async function readSource(
  body: DocumentBody,
  from: ConvertSource | undefined,
  limits: DocumentLimits,
): Promise<SourceInvoice> {
  if (from !== undefined && BODY_FORMAT_OF[from] !== body.format) {
    throw contradiction(from, FORMAT_WORDS[body.format] ?? body.format);
  }
  switch (body.format) {
    case 'json':
      return readJson(body.bytes);
    case 'xml': {
      const read = readXmlInvoice(body.bytes, limits, false);
      if (from !== undefined && read.syntax !== from) {
        throw contradiction(from, FORMAT_WORDS[read.syntax] ?? read.syntax);
      }
      return { from: read.syntax, invoice: read.invoice, warnings: read.warnings };
    }
    case 'pdf':
      return from === 'pdf'
        ? readPlainPdf(body.bytes, limits)
        : readPdf(body.bytes, from === 'facturx' ? from : undefined, limits);
  }
}

function readXmlInvoice(xml: Uint8Array, limits: DocumentLimits, insidePdf: boolean) {
  const parsed = parseXml(xml, limits.xml);
  if (!parsed.ok) throw xmlProblem(parsed.error.code, parsed.error.message, insidePdf);
  const read = readInvoice(parsed.document);
  if ('error' in read) {
    throw new ProblemError('not-an-invoice', read.error, { reason: read.detected.kind });
  }
  return {
    // readInvoice read it, so it is one of the two syntaxes.
    syntax: detectDocument(parsed.document.root).syntax ?? 'cii',
    invoice: read.invoice,
    warnings: read.findings.map((finding) => ({
      code: finding.rule,
      ...(finding.bt[0] !== undefined ? { term: finding.bt[0] } : {}),
      message: finding.message,
    })),
  } as const;
}

async function readPdf(
  bytes: Uint8Array,
  from: 'facturx' | undefined,
  limits: DocumentLimits,
): Promise<SourceInvoice> {
  const container = await readFacturxPdf(bytes, { limits: limits.pdf });
  if (container.ok) {
    const read = readXmlInvoice(container.xml, limits, true);
    return { from: 'facturx', invoice: read.invoice, pdf: bytes, warnings: read.warnings };
  }
  // A PDF with no invoice inside is read from its text, unless the caller said it had one.
  if (container.error.code === 'pdf-no-invoice' && from === undefined) {
    return readPlainPdf(bytes, limits);
  }
  throw pdfProblem(container.error);
}

async function readPlainPdf(bytes: Uint8Array, limits: DocumentLimits): Promise<SourceInvoice> {
  const extraction = await extractInvoice(bytes, { maxBytes: limits.maxBytes });
  if (extraction.error) throw extractionProblem(extraction.error);
  const fields = Object.values(extraction.fields);
  if (fields.length === 0 && extraction.lines.length === 0) {
    throw new ProblemError(
      'extraction-failed',
      {
        fr: "PDF sans facture XML, et aucune donnée de facture n'a été trouvée dans son texte.",
        en: 'PDF without an XML invoice, and no invoice data was found in its text.',
      },
      { reason: 'nothing-found' },
    );
  }
  const summary: LocalizedText = {
    fr: `PDF sans facture XML : ${fields.length} donnée(s) et ${extraction.lines.length} ligne(s) lues dans son texte ; à vérifier avant tout envoi.`,
    en: `PDF without an XML invoice: ${fields.length} value(s) and ${extraction.lines.length} line(s) read from its text; check them before sending anything.`,
  };
  return {
    from: 'pdf',
    invoice: extraction.invoice,
    pdf: bytes,
    warnings: [
      { code: 'extracted', message: summary },
      ...extraction.warnings.map((warning) => ({
        code: warning.code,
        ...(warning.term !== undefined ? { term: warning.term } : {}),
        message: warning.message,
      })),
    ],
  };
}

function readJson(bytes: Uint8Array): SourceInvoice {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ProblemError(
      'document-unreadable',
      { fr: "Le JSON n'est pas en UTF-8.", en: 'The JSON is not UTF-8.' },
      { reason: 'json-encoding' },
    );
  }
  const parsed = parseInvoiceJson(text);
  if (parsed.ok) return { from: 'json', invoice: parsed.invoice, warnings: [] };
  const syntax = parsed.issues.find((issue) => issue.code === 'json-syntax');
  if (syntax)
    throw new ProblemError('document-unreadable', syntax.message, { reason: 'json-syntax' });
  const first = parsed.issues[0];
  const more = parsed.issues.length - 1;
  throw new ProblemError(
    'invalid-invoice',
    {
      fr: `Le JSON ne suit pas le modèle de facture : ${first?.message.fr ?? ''}${more > 0 ? ` (et ${more} autre(s) écart(s), listés dans errors)` : ''}`,
      en: `The JSON does not fit the invoice model: ${first?.message.en ?? ''}${more > 0 ? ` (and ${more} more, listed in errors)` : ''}`,
    },
    {
      errors: parsed.issues.map((issue) => ({
        path: issue.path || '/',
        message: issue.message.fr,
      })),
    },
  );
}
