import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AFRelationship,
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFDocument as PDFDocumentClass,
  type PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
} from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { attachFacturx, checkFacturxPdf, readFacturxPdf } from '../../../shared/pdf';
import {
  detect,
  GOOD,
  mutate,
  open,
  PLAIN,
  samplePdf,
  sampleXml,
  setXmp,
  xmpOf,
  xmpText,
} from './support';

const DATE = new Date('2026-03-02T09:30:00Z');
const plain = () => samplePdf(PLAIN.profile, PLAIN.name);
const xml = (profile: string = GOOD.profile, name: string = GOOD.name) => sampleXml(profile, name);

async function attached(pdf: Uint8Array, invoice: Uint8Array, options = {}): Promise<Uint8Array> {
  const result = await attachFacturx(pdf, invoice, { date: DATE, ...options });
  if (!result.ok) throw new Error(result.error.message.en);
  return result.pdf;
}

async function readBack(bytes: Uint8Array) {
  const result = await readFacturxPdf(bytes);
  if (!result.ok) throw new Error(result.error.message.en);
  return result;
}

/** Raw bytes of every content stream of every page, in order. */
function pageContents(doc: PDFDocument): string[] {
  return doc.getPages().map((page) => {
    const contents = page.node.lookup(PDFName.of('Contents'));
    const streams =
      contents instanceof PDFArray
        ? contents.asArray().map((_, i) => contents.lookup(i, PDFRawStream))
        : [contents as PDFRawStream];
    return streams.map((s) => Buffer.from(s.contents).toString('base64')).join('|');
  });
}

function embeddedFileCount(doc: PDFDocument): number {
  return doc.context
    .enumerateIndirectObjects()
    .filter(
      ([, o]) =>
        o instanceof PDFRawStream && o.dict.get(PDFName.of('Type')) === PDFName.of('EmbeddedFile'),
    ).length;
}

describe('attachFacturx on a plain PDF', () => {
  it('embeds the XML as factur-x.xml, byte for byte, with every Factur-X mark', async () => {
    const out = await attached(plain(), xml());
    const pdf = await readBack(out);
    expect(Buffer.from(pdf.xml).equals(Buffer.from(xml()))).toBe(true);
    expect(pdf.attachment).toEqual({
      name: 'factur-x.xml',
      relationship: 'Data',
      mimeType: 'text/xml',
      description: 'Facture Factur-X',
      declaredSize: xml().length,
      source: 'both',
      inNames: true,
      inCatalogAf: true,
      inPageAf: false,
    });
    expect(pdf.xmp).toEqual({
      schema: {
        namespace: 'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#',
        family: 'factur-x',
      },
      documentType: 'INVOICE',
      documentFileName: 'factur-x.xml',
      version: '1.0',
      conformanceLevel: 'EN 16931',
      pdfaPart: '3',
      pdfaConformance: 'B',
      extensionProperties: ['DocumentFileName', 'DocumentType', 'Version', 'ConformanceLevel'],
      otherSchemas: [],
    });
    expect(pdf.outputIntents).toEqual(['GTS_PDFA1']);
    expect(pdf.pdfVersion).toBe('1.7');
    expect(checkFacturxPdf(pdf, detect(pdf.xml))).toEqual([]);
  });

  it('leaves the pages as they were: same count, same content streams', async () => {
    const before = await open(plain());
    const after = await open(await attached(plain(), xml()));
    expect(after.getPageCount()).toBe(before.getPageCount());
    expect(pageContents(after)).toEqual(pageContents(before));
  });

  it('writes the conformance level of each profile', async () => {
    const cases: Array<[string, string, string]> = [
      ['Minimum', 'Avoir_FR_type381_MINIMUM', 'MINIMUM'],
      ['BasicWL', 'Avoir_FR_type381_BASICWL', 'BASIC WL'],
      ['Basic', 'Avoir_FR_type381_BASIC', 'BASIC'],
      ['EN16931', 'Avoir_FR_type381_EN16931', 'EN 16931'],
      ['Extended', 'Avoir_FR_type381_EXTENDED', 'EXTENDED'],
    ];
    for (const [profile, name, level] of cases) {
      const pdf = await readBack(await attached(plain(), xml(profile, name)));
      expect(pdf.xmp?.conformanceLevel, profile).toBe(level);
      expect(checkFacturxPdf(pdf, detect(pdf.xml)), profile).toEqual([]);
    }
  });

  it('names the file xrechnung.xml for the XRECHNUNG profile', async () => {
    const xrechnung = new TextEncoder().encode(
      new TextDecoder()
        .decode(xml())
        .replace(
          'urn:cen.eu:en16931:2017',
          'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
        ),
    );
    const pdf = await readBack(await attached(plain(), xrechnung));
    expect(pdf.attachment.name).toBe('xrechnung.xml');
    expect(pdf.xmp).toMatchObject({
      conformanceLevel: 'XRECHNUNG',
      documentFileName: 'xrechnung.xml',
    });
    expect(checkFacturxPdf(pdf, detect(pdf.xml))).toEqual([]);
  });

  it('takes the relationship asked for', async () => {
    const pdf = await readBack(await attached(plain(), xml(), { relationship: 'Alternative' }));
    expect(pdf.attachment.relationship).toBe('Alternative');
  });

  it('mirrors the document information in XMP, as PDF/A requires', async () => {
    const out = await attached(plain(), xml(), {
      title: 'Facture FA-2017-0010',
      documentId: 'uuid:1234',
    });
    const doc = await open(out);
    expect(doc.getTitle()).toBe('Facture FA-2017-0010');
    expect(doc.getModificationDate()?.toISOString()).toBe(DATE.toISOString());
    const packet = await xmpOf(out);
    expect(packet).toContain('<rdf:li xml:lang="x-default">Facture FA-2017-0010</rdf:li>');
    expect(packet).toContain('<xmp:ModifyDate>2026-03-02T09:30:00Z</xmp:ModifyDate>');
    expect(packet).toContain(
      `<xmp:CreateDate>${doc.getCreationDate()?.toISOString().slice(0, 19)}Z</xmp:CreateDate>`,
    );
    expect(packet).toContain(`<pdf:Producer>${doc.getProducer()}</pdf:Producer>`);
    expect(packet).toContain('<xmpMM:DocumentID>uuid:1234</xmpMM:DocumentID>');
  });

  it('keeps the permanent file identifier and renews the revision one', async () => {
    const before = await open(plain());
    const after = await open(await attached(plain(), xml()));
    const ids = (doc: PDFDocument) =>
      (doc.context.lookup(doc.context.trailerInfo.ID) as PDFArray)
        .asArray()
        .map((id) => (id as PDFHexString).asString());
    expect(ids(after)[0]).toBe(ids(before)[0]);
    expect(ids(after)[1]).not.toBe(ids(before)[1]);
  });

  it('creates a file identifier when there is none', async () => {
    const doc = await PDFDocumentClass.create({ updateMetadata: false });
    doc.addPage();
    const bare = await doc.save();
    const after = await open(await attached(bare, xml(), { documentId: 'F-1' }));
    const id = after.context.lookup(after.context.trailerInfo.ID) as PDFArray;
    expect(id.size()).toBe(2);
    expect((id.get(0) as PDFHexString).asBytes().length).toBe(16);
  });

  it('writes the same bytes for the same input and date', async () => {
    const first = await attached(plain(), xml());
    const second = await attached(plain(), xml());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
  });
});

describe('attachFacturx on a Factur-X PDF', () => {
  it('replaces the embedded invoice instead of adding a second one', async () => {
    const basic = xml('Basic', 'Avoir_FR_type381_BASIC');
    const out = await attached(samplePdf(GOOD.profile, GOOD.name), basic);
    const pdf = await readBack(out);
    expect(Buffer.from(pdf.xml).equals(Buffer.from(basic))).toBe(true);
    expect(pdf.others).toEqual([]);
    expect(pdf.xmp?.conformanceLevel).toBe('BASIC');
    expect(embeddedFileCount(await open(out))).toBe(1);
    expect(checkFacturxPdf(pdf, detect(pdf.xml))).toEqual([]);
  });

  it('replaces an invoice attached under a ZUGFeRD name and keeps the other attachments', async () => {
    const source = await mutate(samplePdf(GOOD.profile, GOOD.name), async (doc) => {
      const spec = doc.catalog.lookup(PDFName.of('AF'), PDFArray).lookup(0, PDFDict);
      spec.set(PDFName.of('F'), PDFString.of('ZUGFeRD-invoice.xml'));
      spec.set(PDFName.of('UF'), PDFString.of('ZUGFeRD-invoice.xml'));
      await doc.attach(new TextEncoder().encode('bon'), 'bon-de-livraison.txt', {
        mimeType: 'text/plain',
        afRelationship: AFRelationship.Supplement,
      });
    });
    const out = await attached(source, xml());
    const pdf = await readBack(out);
    expect(pdf.attachment.name).toBe('factur-x.xml');
    expect(pdf.others.map((o) => o.name)).toEqual(['bon-de-livraison.txt']);
    expect(embeddedFileCount(await open(out))).toBe(2);
    expect(checkFacturxPdf(pdf, detect(pdf.xml))).toEqual([]);
  });

  it('keeps a PDF/A-3A declaration', async () => {
    const source = await mutate(samplePdf(GOOD.profile, GOOD.name), (doc) => {
      setXmp(doc, xmpText(doc).replace('>B</pdfaid:conformance>', '>A</pdfaid:conformance>'));
    });
    const pdf = await readBack(await attached(source, xml()));
    expect(pdf.xmp?.pdfaConformance).toBe('A');
  });
});

describe('attachFacturx refuses what it cannot make a Factur-X of', () => {
  const codeOf = async (pdf: Uint8Array, invoice: Uint8Array, options = {}) => {
    const result = await attachFacturx(pdf, invoice, options);
    return result.ok ? 'ok' : result.error.code;
  };

  it('a UBL invoice, a malformed XML, an unknown profile, the wrong profile', async () => {
    const ubl = new Uint8Array(
      readFileSync(join(import.meta.dirname, '../../fixtures/facturx-fr/F20260023-UBL.xml')),
    );
    expect(await codeOf(plain(), ubl)).toBe('facturx-not-cii');
    expect(await codeOf(plain(), new TextEncoder().encode('<rsm:CrossIndustryInvoice'))).toBe(
      'facturx-xml-unreadable',
    );
    const unknown = new TextEncoder().encode(
      new TextDecoder().decode(xml()).replace('urn:cen.eu:en16931:2017', 'urn:example:unknown'),
    );
    expect(await codeOf(plain(), unknown)).toBe('facturx-profile-unsupported');
    expect(await codeOf(plain(), xml(), { profile: 'basic' })).toBe('facturx-profile-mismatch');
    expect(await codeOf(plain(), xml(), { profile: 'en16931' })).toBe('ok');
  });

  it('a PDF it cannot open, with the reading codes', async () => {
    expect(await codeOf(new TextEncoder().encode('not a pdf'), xml())).toBe('pdf-not-pdf');
    const doc = await PDFDocumentClass.create();
    doc.addPage();
    doc.encrypt({ userPassword: 'u', ownerPassword: 'o' });
    expect(await codeOf(await doc.save(), xml())).toBe('pdf-encrypted');
  });
});
