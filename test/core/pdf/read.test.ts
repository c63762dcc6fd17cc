import { describe, expect, it } from 'vitest';
import { readFacturxPdf } from '../../../shared/pdf';
import { SAMPLE_PDFS, samplePdf, sampleXml } from './support';

describe('readFacturxPdf on the FNFE samples', () => {
  for (const sample of SAMPLE_PDFS.filter((s) => s.embedsXml)) {
    it(`${sample.profile}/${sample.name}: the embedded XML is byte for byte the extracted one`, async () => {
      const result = await readFacturxPdf(samplePdf(sample.profile, sample.name));
      if (!result.ok) throw new Error(result.error.message.en);
      expect(
        Buffer.from(result.xml).equals(Buffer.from(sampleXml(sample.profile, sample.name))),
      ).toBe(true);
      expect(result.attachment).toMatchObject({
        name: 'factur-x.xml',
        mimeType: 'text/xml',
        source: 'both',
        inNames: true,
        inCatalogAf: true,
      });
      expect(result.attachment.declaredSize).toBe(result.xml.length);
      expect(result.xmp).toMatchObject({
        schema: { family: 'factur-x' },
        documentType: 'INVOICE',
        documentFileName: 'factur-x.xml',
        version: '1.0',
        pdfaPart: '3',
        pdfaConformance: 'B',
      });
      expect(result.xmp?.extensionProperties).toEqual(
        expect.arrayContaining(['DocumentFileName', 'DocumentType', 'Version', 'ConformanceLevel']),
      );
      expect(result.pages).toBe(1);
      expect(result.encrypted).toBe(false);
      expect(result.outputIntents).toEqual(['GTS_PDFA1']);
    });
  }

  it('reads the conformance level of each profile as the FNFE samples write it', async () => {
    const levels: Record<string, string> = {};
    for (const sample of SAMPLE_PDFS.filter((s) => s.embedsXml)) {
      const result = await readFacturxPdf(samplePdf(sample.profile, sample.name));
      if (result.ok)
        levels[`${sample.profile}/${sample.name}`] = result.xmp?.conformanceLevel ?? '';
    }
    expect(levels).toEqual({
      'Minimum/Avoir_FR_type381_MINIMUM': 'MINIMUM',
      'BasicWL/Avoir_FR_type381_BASICWL': 'BASIC WL',
      'Basic/Avoir_FR_type381_BASIC': 'BASIC',
      'EN16931/Avoir_FR_type381_EN16931': 'EN 16931',
      'EN16931/Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931': 'EN 16931',
      'Extended/Avoir_FR_type381_EXTENDED': 'EXTENDED',
      'Custom/2023-6013_facture_facturx_en16931': 'EN 16931',
    });
  });

  it('keeps the relationship as written: Data in the 2017 samples, Source in the 2026 EN 16931 ones', async () => {
    const data = await readFacturxPdf(samplePdf('EN16931', 'Avoir_FR_type381_EN16931'));
    const source = await readFacturxPdf(
      samplePdf('EN16931', 'Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931'),
    );
    expect(data.ok && data.attachment.relationship).toBe('Data');
    expect(source.ok && source.attachment.relationship).toBe('Source');
  });

  for (const sample of SAMPLE_PDFS.filter((s) => !s.embedsXml)) {
    it(`${sample.profile}/${sample.name}: a plain PDF is named as such`, async () => {
      const result = await readFacturxPdf(samplePdf(sample.profile, sample.name));
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('pdf-no-invoice');
      expect(result.error.message.fr).toContain('PDF sans facture intégrée');
      expect(result.error.message.en).toContain('PDF without embedded invoice');
    });
  }
});
