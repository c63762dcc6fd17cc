/**
 * Makes a Factur-X PDF/A-3 from an existing PDF and a CII invoice: the XML embedded as
 * `factur-x.xml` (`xrechnung.xml` for the XRECHNUNG profile) with its relationship, listed in the
 * catalog `/AF` and in `/Names/EmbeddedFiles`; XMP with the Factur-X properties, their PDF/A
 * extension schema and the PDF/A-3 identification; an sRGB output intent when the file has no
 * PDF/A one; a file identifier. Pages are not touched: their objects are written back as they
 * were. An invoice XML already attached (any known name) is replaced, never duplicated.
 *
 * What this cannot do: make an arbitrary PDF truly PDF/A (fonts must be embedded, no
 * transparency groups without a blending space…). The container is right; the page content is
 * the caller's. See docs/facturx-pdf.md.
 */
import {
  getDefaultSRGBProfile,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHeader,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
} from '@cantoo/pdf-lib';
import type { DetectedDocument } from '../syntax/detect';
import { detectDocument } from '../syntax/detect';
import type { ProfileId } from '../syntax/profiles';
import { parseXml } from '../xml';
import { encodeUtf8 } from '../xsd/utf8';
import { fileIdentifier } from './file-id';
import { isKnownInvoiceName } from './invoice-attachment';
import { type PdfLimits, resolvePdfLimits } from './limits';
import { loadPdf } from './load';
import { arrayAt, dictAt, itemOf, nameAt, refAt, textAt, textOfString } from './objects';
import type { PdfWriteError } from './write-errors';
import { writeError } from './write-errors';
import { readCatalogXmp } from './xmp-read';
import {
  conformanceLevelOf,
  FACTURX_SCHEMA,
  familyOfDocument,
  XRECHNUNG_FILE_NAME,
} from './xmp-schemas';
import { buildXmpPacket } from './xmp-write';

export type AfRelationship = 'Data' | 'Source' | 'Alternative';

export interface AttachFacturxOptions {
  /** The profile the XML is expected to have; refused when its BT-24 says otherwise. */
  readonly profile?: ProfileId;
  /** `/AFRelationship` of the XML: Data (French reference tools, default), Source or Alternative. */
  readonly relationship?: AfRelationship;
  /** Permanent identifier of the document: `xmpMM:DocumentID`, and `/ID` when the file has none. */
  readonly documentId?: string;
  readonly title?: string;
  readonly author?: string;
  readonly subject?: string;
  readonly keywords?: string;
  /** Description of the attachment (`/Desc`). */
  readonly description?: string;
  /** Date of this modification; defaults to now. Tests pass one to get reproducible bytes. */
  readonly date?: Date;
  readonly limits?: Partial<PdfLimits>;
}

export type AttachFacturxResult =
  | { readonly ok: true; readonly pdf: Uint8Array }
  | { readonly ok: false; readonly error: PdfWriteError };

const PRODUCER = 'Chorus Assist';

export async function attachFacturx(
  pdfBytes: Uint8Array,
  xml: Uint8Array,
  options: AttachFacturxOptions = {},
): Promise<AttachFacturxResult> {
  const target = invoiceTarget(xml, options.profile);
  if (!target.ok) return target;
  const loaded = await loadPdf(pdfBytes, resolvePdfLimits(options.limits));
  if (!loaded.ok) return loaded;
  const { document } = loaded;
  const date = options.date ?? new Date();
  try {
    removeInvoiceAttachments(document);
    embedInvoice(document, xml, target.fileName, options, date);
    ensureOutputIntent(document);
    writeMetadata(document, target, options, date);
    setFileIdentifier(document, xml, options, date);
    raiseHeaderVersion(document);
    const pdf = await document.save({ useObjectStreams: true, addDefaultPage: false });
    return { ok: true, pdf };
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message.slice(0, 160) : String(cause);
    return {
      ok: false,
      error: writeError(
        'facturx-write-failed',
        `L'écriture du PDF Factur-X a échoué (détail technique : ${detail}).`,
        `Writing the Factur-X PDF failed (technical detail: ${detail}).`,
      ),
    };
  }
}

interface InvoiceTarget {
  readonly ok: true;
  readonly detected: DetectedDocument;
  readonly conformanceLevel: string;
  readonly fileName: string;
}

/** What the XML is, and the conformance level and file name it calls for. */
function invoiceTarget(
  xml: Uint8Array,
  profile: ProfileId | undefined,
): InvoiceTarget | { readonly ok: false; readonly error: PdfWriteError } {
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    return {
      ok: false,
      error: {
        code: 'facturx-xml-unreadable',
        message: {
          fr: `La facture XML à joindre est illisible : ${parsed.error.message.fr}`,
          en: `The XML invoice to attach cannot be read: ${parsed.error.message.en}`,
        },
      },
    };
  }
  const detected = detectDocument(parsed.document.root);
  if (detected.kind !== 'cii-invoice') {
    return {
      ok: false,
      error: writeError(
        'facturx-not-cii',
        `Factur-X n'intègre que des factures CII ; ce document est : ${detected.description.fr}`,
        `Factur-X embeds CII invoices only; this document is: ${detected.description.en}`,
      ),
    };
  }
  const actual = detected.profile;
  const level = actual ? conformanceLevelOf(actual.id) : undefined;
  if (!actual || level === undefined || familyOfDocument(detected) !== 'factur-x') {
    const shown = actual?.specificationId ?? '(absent)';
    return {
      ok: false,
      error: writeError(
        'facturx-profile-unsupported',
        `L'identifiant de spécification de la facture (BT-24 « ${shown} ») n'est pas celui d'un profil Factur-X 1.0 (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG) : le niveau de conformité du PDF ne peut pas en être déduit.`,
        `The invoice's specification identifier (BT-24 "${shown}") is not that of a Factur-X 1.0 profile (MINIMUM, BASIC WL, BASIC, EN 16931, EXTENDED, XRECHNUNG): the PDF's conformance level cannot be derived from it.`,
      ),
    };
  }
  if (profile !== undefined && profile !== actual.id) {
    return {
      ok: false,
      error: writeError(
        'facturx-profile-mismatch',
        `Le profil demandé (${profile}) n'est pas celui de la facture XML (${actual.name}, BT-24).`,
        `The profile asked for (${profile}) is not the XML invoice's (${actual.name}, BT-24).`,
      ),
    };
  }
  return {
    ok: true,
    detected,
    conformanceLevel: level,
    fileName: actual.id === 'xrechnung' ? XRECHNUNG_FILE_NAME : FACTURX_SCHEMA.fileName,
  };
}

/**
 * Takes every invoice XML attachment (known names) out of the name tree and the `/AF` arrays,
 * and drops its objects. The name tree is rebuilt flat and sorted, which is valid for any size
 * an invoice PDF has and spares re-balancing `/Kids`.
 */
function removeInvoiceAttachments(document: PDFDocument): void {
  const { catalog, context } = document;
  const doomed = new Set<PDFDict>();
  const kept: Array<[PDFString | PDFHexString, PDFRef | PDFDict]> = [];
  const names = dictAt(catalog, 'Names');
  const tree = names && dictAt(names, 'EmbeddedFiles');
  if (tree) {
    for (const [key, value, spec] of nameTreeEntries(tree)) {
      const name = (spec && (textAt(spec, 'UF') ?? textAt(spec, 'F'))) ?? textOfString(key) ?? '';
      if (spec && (isKnownInvoiceName(name) || isKnownInvoiceName(textOfString(key) ?? ''))) {
        doomed.add(spec);
      } else {
        kept.push([key, value]);
      }
    }
  }
  const afArrays = [
    arrayAt(catalog, 'AF'),
    ...document.getPages().map((p) => arrayAt(p.node, 'AF')),
  ];
  for (const af of afArrays) {
    if (!af) continue;
    for (let i = af.size() - 1; i >= 0; i--) {
      const spec = itemOf(af, i);
      if (!(spec instanceof PDFDict)) continue;
      const name = textAt(spec, 'UF') ?? textAt(spec, 'F') ?? '';
      if (doomed.has(spec) || isKnownInvoiceName(name)) {
        doomed.add(spec);
        af.remove(i);
      }
    }
  }
  if (tree && names) {
    kept.sort(([a], [b]) => compareBytes(a.asBytes(), b.asBytes()));
    const flat = context.obj([]) as PDFArray;
    for (const [key, value] of kept) {
      flat.push(key);
      flat.push(value);
    }
    names.set(PDFName.of('EmbeddedFiles'), context.obj({ Names: flat }));
  }
  for (const spec of doomed) dropFileSpec(document, spec);
}

/** Leaves of a name tree: key, value as written, value resolved when it is a dictionary. */
function nameTreeEntries(
  root: PDFDict,
): Array<[PDFString | PDFHexString, PDFRef | PDFDict, PDFDict | undefined]> {
  const out: Array<[PDFString | PDFHexString, PDFRef | PDFDict, PDFDict | undefined]> = [];
  const seen = new Set<PDFDict>();
  const pending = [root];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    const pairs = arrayAt(node, 'Names');
    for (let i = 0; pairs && i + 1 < pairs.size(); i += 2) {
      const key = pairs.get(i);
      const raw = pairs.get(i + 1);
      const value = itemOf(pairs, i + 1);
      if (
        (key instanceof PDFString || key instanceof PDFHexString) &&
        (raw instanceof PDFRef || raw instanceof PDFDict)
      ) {
        out.push([key, raw, value instanceof PDFDict ? value : undefined]);
      }
    }
    const kids = arrayAt(node, 'Kids');
    for (let i = 0; kids && i < kids.size(); i++) {
      const kid = itemOf(kids, i);
      if (kid instanceof PDFDict) pending.push(kid);
    }
  }
  return out;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const diff = (a[i] as number) - (b[i] as number);
    if (diff !== 0) return diff;
  }
  return a.length - b.length;
}

/** Deletes a file specification and its embedded streams, when they are indirect objects. */
function dropFileSpec(document: PDFDocument, spec: PDFDict): void {
  const { context } = document;
  const files = dictAt(spec, 'EF');
  if (files) {
    for (const key of ['F', 'UF']) {
      const ref = refAt(files, key);
      if (ref) context.delete(ref);
    }
  }
  for (const [ref, object] of context.enumerateIndirectObjects()) {
    if (object === spec) context.delete(ref);
  }
}

function embedInvoice(
  document: PDFDocument,
  xml: Uint8Array,
  fileName: string,
  options: AttachFacturxOptions,
  date: Date,
): void {
  const { context, catalog } = document;
  const stream = context.flateStream(xml, {
    Type: 'EmbeddedFile',
    Subtype: 'text/xml',
    Params: { Size: xml.length, ModDate: PDFString.fromDate(date) },
  });
  const streamRef = context.register(stream);
  const spec = context.obj({
    Type: 'Filespec',
    F: PDFString.of(fileName),
    UF: PDFHexString.fromText(fileName),
    Desc: PDFHexString.fromText(options.description ?? 'Facture Factur-X'),
    AFRelationship: options.relationship ?? 'Data',
    EF: { F: streamRef, UF: streamRef },
  });
  const specRef = context.register(spec);

  let names = dictAt(catalog, 'Names');
  if (!names) {
    names = context.obj({}) as PDFDict;
    catalog.set(PDFName.of('Names'), names);
  }
  let tree = dictAt(names, 'EmbeddedFiles');
  if (!tree) {
    tree = context.obj({ Names: [] }) as PDFDict;
    names.set(PDFName.of('EmbeddedFiles'), tree);
  }
  let pairs = arrayAt(tree, 'Names');
  if (!pairs) {
    pairs = context.obj([]) as PDFArray;
    tree.set(PDFName.of('Names'), pairs);
  }
  insertSorted(pairs, PDFString.of(fileName), specRef);

  let af = arrayAt(catalog, 'AF');
  if (!af) {
    af = context.obj([]) as PDFArray;
    catalog.set(PDFName.of('AF'), af);
  }
  af.push(specRef);
}

/** Inserts a key/value pair into a flat name-tree `/Names` array, keeping keys in order. */
function insertSorted(pairs: PDFArray, key: PDFString, value: PDFRef): void {
  const bytes = key.asBytes();
  let at = pairs.size();
  for (let i = 0; i + 1 < pairs.size(); i += 2) {
    const existing = pairs.get(i);
    if (
      (existing instanceof PDFString || existing instanceof PDFHexString) &&
      compareBytes(bytes, existing.asBytes()) < 0
    ) {
      at = i;
      break;
    }
  }
  pairs.insert(at, key);
  pairs.insert(at + 1, value);
}

/** Adds the sRGB output intent PDF/A needs, unless the file already has a PDF/A one. */
function ensureOutputIntent(document: PDFDocument): void {
  const { catalog, context } = document;
  const intents = arrayAt(catalog, 'OutputIntents');
  for (let i = 0; intents && i < intents.size(); i++) {
    const intent = itemOf(intents, i);
    if (intent instanceof PDFDict && nameAt(intent, 'S') === 'GTS_PDFA1') return;
  }
  // The profile bundled by the PDF library: sRGB IEC61966-2.1 (HP, freely redistributable).
  const profile = context.flateStream(getDefaultSRGBProfile(), { N: 3 });
  const intent = context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: context.register(profile),
  });
  const ref = context.register(intent);
  if (intents) intents.push(ref);
  else catalog.set(PDFName.of('OutputIntents'), context.obj([ref]));
}

/**
 * Fills the document information dictionary and writes the XMP packet from it, so that the two
 * agree as PDF/A requires. The previous packet is replaced: what it held beyond the document
 * information (history, thumbnails, custom schemas) is not carried over.
 */
function writeMetadata(
  document: PDFDocument,
  target: InvoiceTarget,
  options: AttachFacturxOptions,
  date: Date,
): void {
  if (options.title !== undefined) document.setTitle(options.title);
  if (options.author !== undefined) document.setAuthor(options.author);
  if (options.subject !== undefined) document.setSubject(options.subject);
  if (options.keywords !== undefined) document.setKeywords([options.keywords]);
  if (safe(() => document.getProducer()) === undefined) document.setProducer(PRODUCER);
  // A creation date the library cannot read (some writers use `+00:00`) is rewritten, or Info and
  // XMP could not be made to agree.
  const created = safe(() => document.getCreationDate()) ?? date;
  document.setCreationDate(created);
  document.setModificationDate(date);

  const previous = readCatalogXmp(document.catalog);
  const previousConformance = previous.status === 'read' ? previous.xmp : undefined;
  const keepLevel =
    previousConformance?.pdfaPart === '3' &&
    (previousConformance.pdfaConformance === 'A' || previousConformance.pdfaConformance === 'U');

  const title = safe(() => document.getTitle());
  const author = safe(() => document.getAuthor());
  const subject = safe(() => document.getSubject());
  const keywords = safe(() => document.getKeywords());
  const creatorTool = safe(() => document.getCreator());
  const producer = safe(() => document.getProducer());
  const packet = buildXmpPacket({
    pdfaPart: 3,
    pdfaConformance: keepLevel ? (previousConformance?.pdfaConformance as 'A' | 'U') : 'B',
    ...(title !== undefined ? { title } : {}),
    ...(author !== undefined ? { author } : {}),
    ...(subject !== undefined ? { subject } : {}),
    ...(keywords !== undefined ? { keywords } : {}),
    ...(creatorTool !== undefined ? { creatorTool } : {}),
    ...(producer !== undefined ? { producer } : {}),
    createDate: created,
    modifyDate: date,
    ...(options.documentId !== undefined ? { documentId: options.documentId } : {}),
    facturx: {
      schema: FACTURX_SCHEMA,
      documentType: 'INVOICE',
      documentFileName: target.fileName,
      version: '1.0',
      conformanceLevel: target.conformanceLevel,
    },
  });
  // Unfiltered, so that tools that are not PDF readers can still see it (PDF/A-1 required it).
  const stream = document.context.stream(encodeUtf8(packet), { Type: 'Metadata', Subtype: 'XML' });
  const existing = refAt(document.catalog, 'Metadata');
  if (existing) document.context.assign(existing, stream);
  else document.catalog.set(PDFName.of('Metadata'), document.context.register(stream));
}

function safe<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * `/ID`: the first element is the document's permanent identifier and is kept when present; the
 * second changes with each revision (ISO 32000-1 §14.4).
 */
function setFileIdentifier(
  document: PDFDocument,
  xml: Uint8Array,
  options: AttachFacturxOptions,
  date: Date,
): void {
  const { context } = document;
  const current = context.lookup(context.trailerInfo.ID);
  const revision = fileIdentifier(xml, encodeUtf8(date.toISOString()));
  let permanent: PDFHexString | PDFString | undefined;
  if (current instanceof PDFArray) {
    const first = current.get(0);
    if (first instanceof PDFHexString || first instanceof PDFString) permanent = first;
  }
  permanent ??= PDFHexString.fromBytes(
    options.documentId !== undefined ? fileIdentifier(encodeUtf8(options.documentId)) : revision,
  );
  context.trailerInfo.ID = context.obj([permanent, PDFHexString.fromBytes(revision)]);
}

/** PDF/A-3 rests on PDF 1.7; an older header is raised, a newer one left alone. */
function raiseHeaderVersion(document: PDFDocument): void {
  const match = /%PDF-(\d+)\.(\d+)/.exec(document.context.header.toString());
  const major = Number(match?.[1] ?? 1);
  const minor = Number(match?.[2] ?? 0);
  if (major === 1 && minor < 7) document.context.header = PDFHeader.forVersion(1, 7);
}
