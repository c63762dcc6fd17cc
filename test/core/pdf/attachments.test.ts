import {
  AFRelationship,
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFString,
} from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { readFacturxPdf } from '../../../shared/pdf';
import { firstFileSpec, GOOD, mutate, samplePdf, sampleXml } from './support';

const good = () => samplePdf(GOOD.profile, GOOD.name);
const xml = () => sampleXml(GOOD.profile, GOOD.name);
const otherXml = () => sampleXml('Basic', 'Avoir_FR_type381_BASIC');

function rename(name: string) {
  return mutate(good(), (doc) => {
    const spec = firstFileSpec(doc);
    spec.set(PDFName.of('F'), PDFString.of(name));
    spec.set(PDFName.of('UF'), PDFHexString.fromText(name));
    const tree = doc.catalog
      .lookup(PDFName.of('Names'), PDFDict)
      .lookup(PDFName.of('EmbeddedFiles'), PDFDict);
    tree.lookup(PDFName.of('Names'), PDFArray).set(0, PDFString.of(name));
  });
}

describe('which attachment is the invoice', () => {
  it('takes a known name other than factur-x.xml (ZUGFeRD)', async () => {
    const result = await readFacturxPdf(await rename('ZUGFeRD-invoice.xml'));
    expect(result.ok && result.attachment.name).toBe('ZUGFeRD-invoice.xml');
  });

  it('finds the invoice by its content when the name is unknown', async () => {
    const result = await readFacturxPdf(await rename('facture-2017-0010.xml'));
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.attachment.name).toBe('facture-2017-0010.xml');
    expect(Buffer.from(result.xml).equals(Buffer.from(xml()))).toBe(true);
  });

  it('says there is no invoice when the only attachment is not XML', async () => {
    const bytes = await mutate(samplePdf('Custom', '2023-6013_facture'), async (doc) => {
      await doc.attach(new TextEncoder().encode('%PDF-1.4 not an invoice'), 'annexe.pdf', {
        mimeType: 'application/pdf',
        afRelationship: AFRelationship.Supplement,
      });
    });
    const result = await readFacturxPdf(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('pdf-no-invoice');
      expect(result.error.message.fr).toContain('annexe.pdf');
    }
  });

  it('refuses two different invoices under known names and lists them', async () => {
    const bytes = await mutate(good(), async (doc) => {
      await doc.attach(otherXml(), 'xrechnung.xml', {
        mimeType: 'text/xml',
        afRelationship: AFRelationship.Alternative,
      });
    });
    const result = await readFacturxPdf(bytes);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('pdf-several-invoices');
    expect(result.error.attachments).toEqual(['factur-x.xml', 'xrechnung.xml']);
  });

  it('refuses two different invoices found by content', async () => {
    const bytes = await mutate(await rename('a.xml'), async (doc) => {
      await doc.attach(otherXml(), 'b.xml', { mimeType: 'text/xml' });
    });
    const result = await readFacturxPdf(bytes);
    expect(!result.ok && result.error.code).toBe('pdf-several-invoices');
  });

  it('takes one invoice listed twice with the same bytes', async () => {
    const bytes = await mutate(good(), async (doc) => {
      await doc.attach(xml(), 'zugferd-invoice.xml', { mimeType: 'text/xml' });
    });
    const result = await readFacturxPdf(bytes);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.attachment.name).toBe('factur-x.xml');
  });

  it('keeps the other attachments and marks those that are invoices too', async () => {
    const bytes = await mutate(good(), async (doc) => {
      await doc.attach(new TextEncoder().encode('<bon/>'), 'bon-de-livraison.xml', {
        mimeType: 'text/xml',
        afRelationship: AFRelationship.Supplement,
      });
      await doc.attach(otherXml(), 'copie.xml', { mimeType: 'text/xml' });
    });
    const result = await readFacturxPdf(bytes);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.attachment.name).toBe('factur-x.xml');
    expect(result.others).toEqual([
      expect.objectContaining({ name: 'bon-de-livraison.xml', relationship: 'Supplement' }),
      expect.objectContaining({ name: 'copie.xml', invoiceLike: true }),
    ]);
    expect(result.others[0]?.invoiceLike).toBeUndefined();
  });

  it('finds an attachment listed only in the catalog /AF', async () => {
    const bytes = await mutate(good(), (doc) => {
      doc.catalog
        .lookup(PDFName.of('Names'), PDFDict)
        .set(PDFName.of('EmbeddedFiles'), doc.context.obj({ Names: [] }));
    });
    const result = await readFacturxPdf(bytes);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.attachment).toMatchObject({ source: 'af', inNames: false, inCatalogAf: true });
  });

  it('finds an attachment associated with a page only', async () => {
    const bytes = await mutate(good(), (doc) => {
      const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
      doc.getPages()[0]?.node.set(PDFName.of('AF'), doc.context.obj([af.get(0)]));
      doc.catalog.delete(PDFName.of('AF'));
      doc.catalog.delete(PDFName.of('Names'));
    });
    const result = await readFacturxPdf(bytes);
    if (!result.ok) throw new Error(result.error.message.en);
    expect(result.attachment).toMatchObject({
      source: 'af',
      inNames: false,
      inCatalogAf: false,
      inPageAf: true,
    });
  });

  it('reads a name tree split into /Kids', async () => {
    const bytes = await mutate(good(), (doc) => {
      const tree = doc.catalog
        .lookup(PDFName.of('Names'), PDFDict)
        .lookup(PDFName.of('EmbeddedFiles'), PDFDict);
      const pairs = tree.get(PDFName.of('Names'));
      const leaf = doc.context.register(
        doc.context.obj({ Names: pairs, Limits: ['factur-x.xml', 'factur-x.xml'] }),
      );
      tree.delete(PDFName.of('Names'));
      tree.set(PDFName.of('Kids'), doc.context.obj([leaf]));
      doc.catalog.delete(PDFName.of('AF'));
    });
    const result = await readFacturxPdf(bytes);
    expect(result.ok && result.attachment).toMatchObject({ inNames: true, source: 'names' });
  });
});
