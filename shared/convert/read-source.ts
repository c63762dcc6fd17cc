/**
 * A file → the EN 16931 model: UBL or CII XML, the XML of a Factur-X PDF, a plain PDF through
 * extraction (read-text.ts), or the model's JSON. Never throws: what cannot be read is a failure
 * value; what was read with reservations comes back as notes.
 */
import type { LocalizedText } from '../i18n/text';
import { type Invoice, type InvoiceJsonIssue, parseInvoiceJson } from '../model';
import { type PdfLimits, readFacturxPdf } from '../pdf';
import { detectDocument } from '../syntax/detect';
import type { ProfileSyntax } from '../syntax/profiles';
import { readInvoice } from '../syntax/read';
import { parseXml, type XmlLimits } from '../xml';
import { decodeBytes } from '../xml/decode';
import { type Failed, failed, inEmbeddedXml } from './failure';
import { CONTAINER_OF, type Container, type SourceFormat } from './formats';
import { readText } from './read-text';
import { sniffFormat } from './sniff';

/** Something reading had to say about a value: a term it could not take in, a guess. */
export interface SourceNote {
  /** The reader's rule id (VALUE-FORMAT…), the extraction's warning code, or `extracted`. */
  readonly code: string;
  readonly term?: string;
  readonly message: LocalizedText;
}

export interface SourceInvoice {
  readonly ok: true;
  readonly from: SourceFormat;
  readonly invoice: Invoice;
  /** The PDF the invoice came in: `to: 'facturx'` attaches the XML to it instead of drawing one. */
  readonly pdf?: Uint8Array;
  /** What reading left aside or could only guess: the user must hear of it. */
  readonly notes: readonly SourceNote[];
}

export type SourceResult = SourceInvoice | Failed;

/** Bounds of the readers; the domain defaults where absent. The PDF size bounds extraction too. */
export interface ReadLimits {
  readonly xml?: Partial<XmlLimits>;
  readonly pdf?: Partial<PdfLimits>;
}

export interface ReadSourceOptions {
  /** What the file must be; absent, the bytes tell. Given, it must match them. */
  readonly from?: SourceFormat;
  /**
   * What the caller already knows the bytes are (the edge sniffed the body, or took its media
   * type when the bytes show nothing). Absent, they are sniffed here; bytes that show nothing are
   * read as XML, whose reader says best what is wrong with them.
   */
  readonly container?: Container;
  readonly limits?: ReadLimits;
}

/** Shown with no more than this many JSON issues; the rest are counted. */
const JSON_ISSUES_SHOWN = 3;

export async function readSource(
  bytes: Uint8Array,
  options: ReadSourceOptions = {},
): Promise<SourceResult> {
  const { from, limits = {} } = options;
  const container = options.container ?? containerOf(bytes);
  if (from !== undefined && CONTAINER_OF[from] !== container) return mismatch(from, container);
  switch (container) {
    case 'json':
      return readJson(bytes);
    case 'xml': {
      const read = readXml(bytes, limits, false);
      if (!read.ok) return read;
      if (from !== undefined && read.syntax !== from) return mismatch(from, read.syntax);
      return { ok: true, from: read.syntax, invoice: read.invoice, notes: read.notes };
    }
    case 'pdf':
      return from === 'pdf'
        ? readText(bytes, limits, 'asked')
        : readPdf(bytes, from === 'facturx' ? from : undefined, limits);
  }
}

function containerOf(bytes: Uint8Array): Container {
  const sniffed = sniffFormat(bytes);
  return sniffed === 'unknown' ? 'xml' : sniffed;
}

const FOUND_WORDS: Readonly<Record<Container | ProfileSyntax, LocalizedText>> = {
  pdf: { fr: 'un PDF', en: 'a PDF' },
  xml: { fr: 'du XML', en: 'XML' },
  json: { fr: 'du JSON', en: 'JSON' },
  ubl: { fr: 'une facture UBL', en: 'a UBL invoice' },
  cii: { fr: 'une facture CII', en: 'a CII invoice' },
};

function mismatch(from: SourceFormat, found: Container | ProfileSyntax): Failed {
  const words = FOUND_WORDS[found];
  return failed({
    stage: 'request',
    code: 'from-mismatch',
    message: {
      fr: `from=${from} ne correspond pas au document, qui est ${words.fr}. Corrigez from, ou omettez-le pour qu'il soit reconnu.`,
      en: `from=${from} does not match the document, which is ${words.en}. Fix from, or leave it out to have it recognised.`,
    },
  });
}

function readXml(
  xml: Uint8Array,
  limits: ReadLimits,
  insidePdf: boolean,
):
  | {
      readonly ok: true;
      readonly syntax: ProfileSyntax;
      readonly invoice: Invoice;
      readonly notes: readonly SourceNote[];
    }
  | Failed {
  const where = (message: LocalizedText) => (insidePdf ? inEmbeddedXml(message) : message);
  const parsed = parseXml(xml, limits.xml);
  if (!parsed.ok) {
    return failed({ stage: 'read', code: parsed.error.code, message: where(parsed.error.message) });
  }
  const read = readInvoice(parsed.document);
  if ('error' in read) {
    return failed({
      stage: 'read',
      code: 'not-an-invoice',
      message: where(read.error),
      detected: read.detected.kind,
    });
  }
  return {
    ok: true,
    // readInvoice read it, so it is in one of the two syntaxes.
    syntax: detectDocument(parsed.document.root).syntax ?? 'cii',
    invoice: read.invoice,
    notes: read.findings.map((finding) => ({
      code: finding.rule,
      ...(finding.bt[0] !== undefined ? { term: finding.bt[0] } : {}),
      message: finding.message,
    })),
  };
}

async function readPdf(
  bytes: Uint8Array,
  from: 'facturx' | undefined,
  limits: ReadLimits,
): Promise<SourceResult> {
  const container = await readFacturxPdf(bytes, limits.pdf ? { limits: limits.pdf } : {});
  if (container.ok) {
    const read = readXml(container.xml, limits, true);
    if (!read.ok) return read;
    return { ok: true, from: 'facturx', invoice: read.invoice, pdf: bytes, notes: read.notes };
  }
  // A PDF with no invoice inside is read from its text, unless the caller said it had one.
  if (container.error.code === 'pdf-no-invoice' && from === undefined) {
    return readText(bytes, limits, 'no-xml');
  }
  return failed({ stage: 'read', code: container.error.code, message: container.error.message });
}

function readJson(bytes: Uint8Array): SourceResult {
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) {
    return failed({
      stage: 'read',
      code: 'json-encoding',
      message: { fr: "Le JSON n'est pas en UTF-8.", en: 'The JSON is not UTF-8.' },
    });
  }
  const parsed = parseInvoiceJson(decoded.value.text);
  if (parsed.ok) return { ok: true, from: 'json', invoice: parsed.invoice, notes: [] };
  const syntax = parsed.issues.find((issue) => issue.code === 'json-syntax');
  if (syntax) return failed({ stage: 'read', code: 'json-syntax', message: syntax.message });
  return failed({
    stage: 'read',
    code: 'json-invalid',
    message: jsonIssuesMessage(parsed.issues),
    issues: parsed.issues,
  });
}

function jsonIssuesMessage(issues: readonly InvoiceJsonIssue[]): LocalizedText {
  const shown = issues.slice(0, JSON_ISSUES_SHOWN);
  const more = issues.length - shown.length;
  const list = (language: 'fr' | 'en') =>
    shown.map((issue) => `${issue.path || '/'} : ${issue.message[language]}`).join(' ; ');
  return {
    fr: `Le JSON ne suit pas le modèle de facture : ${list('fr')}${more > 0 ? ` (et ${more} autre(s))` : ''}`,
    en: `The JSON does not fit the invoice model: ${list('en')}${more > 0 ? ` (and ${more} more)` : ''}`,
  };
}
