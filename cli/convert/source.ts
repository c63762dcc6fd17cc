/**
 * Reads whatever a user hands to `convert` into the EN 16931 model: UBL or CII XML, a Factur-X
 * PDF (its embedded XML), the BT-keyed JSON form, or a plain PDF (its visible text, through the
 * extraction of shared/extract). Never throws: a file that cannot be read is a failure value.
 */
import { extractInvoice } from '../../shared/extract';
import type { LocalizedText } from '../../shared/i18n/text';
import { type Invoice, parseInvoiceJson } from '../../shared/model';
import { readFacturxPdf } from '../../shared/pdf';
import { formatOf } from '../../shared/rules/validate-document';
import { detectDocument } from '../../shared/syntax/detect';
import { readInvoice } from '../../shared/syntax/read';
import { parseXml } from '../../shared/xml';
import { type ConversionFailure, failure } from './failure';

export const SOURCE_FORMATS = ['ubl', 'cii', 'facturx', 'json', 'pdf'] as const;
/** `facturx`: a PDF with an embedded invoice; `pdf`: a PDF without one, read from its text. */
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface SourceInvoice {
  readonly ok: true;
  readonly from: SourceFormat;
  readonly invoice: Invoice;
  /** The PDF the invoice came in, kept so that `--to facturx` attaches to it instead of redrawing. */
  readonly pdf?: Uint8Array;
  /** What reading left aside or could only guess: the user must hear of it. */
  readonly notes: readonly LocalizedText[];
}

export type SourceResult = SourceInvoice | ConversionFailure;

/** Shown with no more than this many JSON issues; the rest are counted. */
const JSON_ISSUES_SHOWN = 3;

export async function readSource(bytes: Uint8Array): Promise<SourceResult> {
  if (formatOf(bytes) === 'pdf') return readPdf(bytes);
  return startsLikeJson(bytes) ? readJson(bytes) : readXmlInvoice(bytes, 'xml');
}

/** First character that is not white space (nor a byte order mark) is `{`. */
function startsLikeJson(bytes: Uint8Array): boolean {
  for (const byte of bytes.subarray(0, 1024)) {
    if (byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d) continue;
    if (byte === 0xef || byte === 0xbb || byte === 0xbf) continue;
    return byte === 0x7b;
  }
  return false;
}

function readXmlInvoice(xml: Uint8Array, container: 'xml' | 'pdf'): SourceResult {
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    const where = parsed.error.line === undefined ? '' : ` (ligne ${parsed.error.line})`;
    const whereEn = parsed.error.line === undefined ? '' : ` (line ${parsed.error.line})`;
    return failure('xml-unreadable', {
      fr: `XML illisible${where} : ${parsed.error.message.fr}`,
      en: `Unreadable XML${whereEn}: ${parsed.error.message.en}`,
    });
  }
  const read = readInvoice(parsed.document);
  if ('error' in read) return failure('not-an-invoice', read.error);
  const syntax = detectDocument(parsed.document.root).syntax ?? 'cii';
  const from: SourceFormat = container === 'pdf' ? 'facturx' : syntax;
  return {
    ok: true,
    from,
    invoice: read.invoice,
    notes: read.findings.map((finding) => finding.message),
  };
}

function readJson(bytes: Uint8Array): SourceResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failure('json-unreadable', {
      fr: "Le fichier JSON n'est pas en UTF-8.",
      en: 'The JSON file is not UTF-8.',
    });
  }
  const parsed = parseInvoiceJson(text);
  if (parsed.ok) return { ok: true, from: 'json', invoice: parsed.invoice, notes: [] };
  const shown = parsed.issues.slice(0, JSON_ISSUES_SHOWN);
  const more = parsed.issues.length - shown.length;
  const list = (language: 'fr' | 'en') =>
    shown.map((issue) => `${issue.path || '/'} : ${issue.message[language]}`).join(' ; ');
  return failure('json-invalid', {
    fr: `JSON non conforme au modèle de facture : ${list('fr')}${more > 0 ? ` (et ${more} autre(s))` : ''}`,
    en: `JSON does not fit the invoice model: ${list('en')}${more > 0 ? ` (and ${more} more)` : ''}`,
  });
}

async function readPdf(bytes: Uint8Array): Promise<SourceResult> {
  const container = await readFacturxPdf(bytes);
  if (container.ok) {
    const read = readXmlInvoice(container.xml, 'pdf');
    return read.ok ? { ...read, pdf: bytes } : read;
  }
  if (container.error.code !== 'pdf-no-invoice') {
    return failure(container.error.code, container.error.message);
  }
  return readPlainPdf(bytes);
}

/** A PDF without XML: the invoice as its visible text shows it, every value to be checked. */
async function readPlainPdf(bytes: Uint8Array): Promise<SourceResult> {
  const extraction = await extractInvoice(bytes);
  if (extraction.error) {
    return failure(`extract-${extraction.error.code}`, {
      fr: `PDF sans facture XML, et son texte n'a pas pu être lu : ${extraction.error.message.fr}`,
      en: `PDF without an XML invoice, and its text could not be read: ${extraction.error.message.en}`,
    });
  }
  const fields = Object.values(extraction.fields);
  if (fields.length === 0 && extraction.lines.length === 0) {
    return failure('extract-nothing', {
      fr: "PDF sans facture XML, et aucune donnée de facture n'a été trouvée dans son texte.",
      en: 'PDF without an XML invoice, and no invoice data was found in its text.',
    });
  }
  const lowest = Math.min(...fields.map((field) => field.confidence));
  const percent = Number.isFinite(lowest) ? Math.round(lowest * 100) : undefined;
  const summary: LocalizedText = {
    fr: `PDF sans facture XML : ${fields.length} donnée(s) et ${extraction.lines.length} ligne(s) lues dans son texte${percent === undefined ? '' : ` (confiance la plus basse : ${percent} %)`} ; à vérifier avant tout envoi.`,
    en: `PDF without an XML invoice: ${fields.length} value(s) and ${extraction.lines.length} line(s) read from its text${percent === undefined ? '' : ` (lowest confidence: ${percent} %)`}; check them before sending anything.`,
  };
  return {
    ok: true,
    from: 'pdf',
    invoice: extraction.invoice,
    pdf: bytes,
    notes: [summary, ...extraction.warnings.map((warning) => warning.message)],
  };
}
