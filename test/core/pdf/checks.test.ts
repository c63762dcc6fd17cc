import { AFRelationship, PDFArray, PDFName, PDFString } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  checkFacturxPdf,
  type FacturxPdf,
  PDF_RULE_IDS,
  PDF_RULES,
  pdfReadErrorFinding,
  readFacturxPdf,
} from '../../../shared/pdf';
import type { Finding } from '../../../shared/rules/finding';
import {
  detect,
  embeddedStream,
  firstFileSpec,
  GOOD,
  mutate,
  SAMPLE_PDFS,
  samplePdf,
  sampleXml,
  setXmp,
  xmpText,
} from './support';

async function read(bytes: Uint8Array): Promise<FacturxPdf> {
  const result = await readFacturxPdf(bytes);
  if (!result.ok) throw new Error(result.error.message.en);
  return result;
}

/** The findings of a file, checked against its own embedded XML. */
async function findingsOf(bytes: Uint8Array): Promise<Finding[]> {
  const pdf = await read(bytes);
  return checkFacturxPdf(pdf, detect(pdf.xml));
}

const rules = (findings: readonly Finding[]) => findings.map((f) => `${f.rule}:${f.severity}`);
const good = () => samplePdf(GOOD.profile, GOOD.name);

function editXmp(change: (xmp: string) => string) {
  return mutate(good(), (doc) => setXmp(doc, change(xmpText(doc))));
}

describe('pdf layer on the FNFE samples', () => {
  for (const sample of SAMPLE_PDFS.filter((s) => s.embedsXml)) {
    it(`${sample.profile}/${sample.name}: no finding`, async () => {
      expect(await findingsOf(samplePdf(sample.profile, sample.name))).toEqual([]);
    });
  }

  for (const sample of SAMPLE_PDFS.filter((s) => !s.embedsXml)) {
    it(`${sample.profile}/${sample.name}: PDF-01, a plain PDF`, async () => {
      const result = await readFacturxPdf(samplePdf(sample.profile, sample.name));
      if (result.ok) throw new Error('expected a plain PDF');
      const finding = pdfReadErrorFinding(result.error);
      expect(finding).toMatchObject({ rule: 'PDF-01', severity: 'fatal', layer: 'pdf' });
    });
  }
});

describe('pdf layer on broken containers', () => {
  it('PDF-05: another attachment name is a warning naming it', async () => {
    const bytes = await mutate(good(), (doc) => {
      const spec = firstFileSpec(doc);
      spec.set(PDFName.of('F'), PDFString.of('zugferd-invoice.xml'));
      spec.set(PDFName.of('UF'), PDFString.of('zugferd-invoice.xml'));
      setXmp(doc, xmpText(doc).replace('>factur-x.xml<', '>zugferd-invoice.xml<'));
    });
    const findings = await findingsOf(bytes);
    expect(rules(findings)).toEqual(['PDF-05:warning']);
    expect(findings[0]?.message.fr).toContain('« zugferd-invoice.xml »');
  });

  it('PDF-06: a missing /AFRelationship is fatal', async () => {
    const bytes = await mutate(good(), (doc) => {
      firstFileSpec(doc).delete(PDFName.of('AFRelationship'));
    });
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-06:fatal']);
  });

  it('PDF-07: a relationship other than Data, Source, Alternative is a warning', async () => {
    const bytes = await mutate(good(), (doc) => {
      firstFileSpec(doc).set(PDFName.of('AFRelationship'), PDFName.of('Unspecified'));
    });
    const findings = await findingsOf(bytes);
    expect(rules(findings)).toEqual(['PDF-07:warning']);
    expect(findings[0]?.message.en).toContain('Unspecified');
  });

  it('accepts Alternative and Source without a finding', async () => {
    for (const value of ['Alternative', 'Source']) {
      const bytes = await mutate(good(), (doc) => {
        firstFileSpec(doc).set(PDFName.of('AFRelationship'), PDFName.of(value));
      });
      expect(await findingsOf(bytes)).toEqual([]);
    }
  });

  it('PDF-08: an attachment in no /AF array is fatal', async () => {
    const bytes = await mutate(good(), (doc) => {
      doc.catalog.delete(PDFName.of('AF'));
    });
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-08:fatal']);
  });

  it('PDF-09: associated with a page only is a warning', async () => {
    const bytes = await mutate(good(), (doc) => {
      const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
      doc.getPages()[0]?.node.set(PDFName.of('AF'), doc.context.obj([af.get(0)]));
      doc.catalog.delete(PDFName.of('AF'));
    });
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-09:warning']);
  });

  it('PDF-10: an attachment missing from /Names/EmbeddedFiles is fatal', async () => {
    const bytes = await mutate(good(), (doc) => {
      doc.catalog.delete(PDFName.of('Names'));
    });
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-10:fatal']);
  });

  it('PDF-11: a missing MIME type is fatal; PDF-12: another one is a warning', async () => {
    const missing = await mutate(good(), (doc) => {
      embeddedStream(firstFileSpec(doc)).dict.delete(PDFName.of('Subtype'));
    });
    expect(rules(await findingsOf(missing))).toEqual(['PDF-11:fatal']);
    const other = await mutate(good(), (doc) => {
      embeddedStream(firstFileSpec(doc)).dict.set(
        PDFName.of('Subtype'),
        PDFName.of('application/octet-stream'),
      );
    });
    expect(rules(await findingsOf(other))).toEqual(['PDF-12:warning']);
    const applicationXml = await mutate(good(), (doc) => {
      embeddedStream(firstFileSpec(doc)).dict.set(
        PDFName.of('Subtype'),
        PDFName.of('application/xml'),
      );
    });
    expect(await findingsOf(applicationXml)).toEqual([]);
  });

  it('PDF-13: no XMP at all stops the XMP checks there', async () => {
    const bytes = await mutate(good(), (doc) => {
      doc.catalog.delete(PDFName.of('Metadata'));
    });
    const findings = await findingsOf(bytes);
    expect(rules(findings)).toEqual(['PDF-13:fatal']);
    expect(findings[0]?.message.fr).toContain("n'a pas de métadonnées XMP");
  });

  it('PDF-13: an XMP packet that is not XML is reported with the reason', async () => {
    const bytes = await mutate(good(), (doc) => setXmp(doc, '<x:xmpmeta><rdf:RDF>'));
    const findings = await findingsOf(bytes);
    expect(rules(findings)).toEqual(['PDF-13:fatal']);
    expect(findings[0]?.message.fr).toContain('illisibles');
  });

  it('PDF-13: an XMP packet with a DTD is refused by the hardened parser', async () => {
    const bytes = await mutate(good(), (doc) =>
      setXmp(doc, `<!DOCTYPE x [<!ENTITY a "aaaa">]>${xmpText(doc)}`),
    );
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-13:fatal']);
  });

  it('PDF-14: XMP without the Factur-X schema', async () => {
    const bytes = await editXmp((xmp) =>
      xmp.replace(/<rdf:Description xmlns:fx=[\s\S]*?<\/rdf:Description>/, ''),
    );
    const findings = await findingsOf(bytes);
    expect(rules(findings)).toEqual(['PDF-14:fatal']);
  });

  it('PDF-15: ZUGFeRD 2.0 metadata on a Factur-X invoice is a warning', async () => {
    const bytes = await editXmp((xmp) =>
      xmp.replaceAll(
        'urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#',
        'urn:zugferd:pdfa:CrossIndustryDocument:invoice:2p0#',
      ),
    );
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-15:warning']);
  });

  it('PDF-16: a conformance level that is not the XML profile is fatal and names BT-24', async () => {
    const bytes = await editXmp((xmp) => xmp.replace('>EN 16931<', '>BASIC<'));
    const findings = await findingsOf(bytes);
    expect(rules(findings)).toEqual(['PDF-16:fatal']);
    expect(findings[0]?.bt).toEqual(['BT-24']);
    expect(findings[0]?.message.fr).toContain('« BASIC »');
    expect(findings[0]?.message.fr).toContain('« EN 16931 »');
  });

  it('PDF-16: a missing conformance level is fatal too', async () => {
    const bytes = await editXmp((xmp) =>
      xmp.replace(/<fx:ConformanceLevel>.*<\/fx:ConformanceLevel>/, ''),
    );
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-16:fatal']);
  });

  it('PDF-17: DocumentFileName other than the attachment name', async () => {
    const bytes = await editXmp((xmp) => xmp.replace('>factur-x.xml<', '>invoice.xml<'));
    const findings = await findingsOf(bytes);
    expect(rules(findings)).toEqual(['PDF-17:fatal']);
    expect(findings[0]?.message.en).toContain('"invoice.xml"');
  });

  it('PDF-18 and PDF-19: document type and version', async () => {
    const bytes = await editXmp((xmp) =>
      xmp
        .replace('<fx:DocumentType>INVOICE<', '<fx:DocumentType>ORDER<')
        .replace('<fx:Version>1.0<', '<fx:Version>2.0<'),
    );
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-18:warning', 'PDF-19:warning']);
  });

  it('reads properties written as attributes of rdf:Description', async () => {
    const bytes = await editXmp((xmp) =>
      xmp.replace(
        /<rdf:Description xmlns:fx=[\s\S]*?<\/rdf:Description>/,
        '<rdf:Description rdf:about="" xmlns:fx="urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#" fx:DocumentType="INVOICE" fx:DocumentFileName="factur-x.xml" fx:Version="1.0" fx:ConformanceLevel="EN 16931"/>',
      ),
    );
    expect(await findingsOf(bytes)).toEqual([]);
  });

  it('PDF-20: no PDF/A extension schema, or one that leaves a property out', async () => {
    const none = await editXmp((xmp) =>
      xmp.replace(/<rdf:Description[^>]*pdfaExtension[\s\S]*?<\/rdf:Description>/, ''),
    );
    expect(rules(await findingsOf(none))).toEqual(['PDF-20:fatal']);
    const partial = await editXmp((xmp) =>
      xmp.replace(
        /<rdf:li rdf:parseType="Resource">\s*<pdfaProperty:name>Version<\/pdfaProperty:name>[\s\S]*?<\/rdf:li>/,
        '',
      ),
    );
    const findings = await findingsOf(partial);
    expect(rules(findings)).toEqual(['PDF-20:fatal']);
    expect(findings[0]?.message.en).toContain('does not describe Version');
  });

  it('PDF-21: PDF/A-2 or no PDF/A identification', async () => {
    const two = await editXmp((xmp) => xmp.replace('<pdfaid:part>3<', '<pdfaid:part>2<'));
    const findings = await findingsOf(two);
    expect(rules(findings)).toEqual(['PDF-21:fatal']);
    expect(findings[0]?.message.fr).toContain('PDF/A-2');
    const none = await editXmp((xmp) => xmp.replace(/<pdfaid:part>3<\/pdfaid:part>/, ''));
    expect(rules(await findingsOf(none))).toEqual(['PDF-21:fatal']);
  });

  it('PDF-22: no PDF/A output intent is a warning', async () => {
    const bytes = await mutate(good(), (doc) => {
      doc.catalog.delete(PDFName.of('OutputIntents'));
    });
    expect(rules(await findingsOf(bytes))).toEqual(['PDF-22:warning']);
  });

  it('PDF-23: another attachment holding an invoice is a warning', async () => {
    const bytes = await mutate(good(), async (doc) => {
      await doc.attach(sampleXml('Basic', 'Avoir_FR_type381_BASIC'), 'ancienne-version.xml', {
        mimeType: 'text/xml',
        afRelationship: AFRelationship.Supplement,
      });
    });
    const findings = await findingsOf(bytes);
    expect(rules(findings)).toEqual(['PDF-23:warning']);
    expect(findings[0]?.message.fr).toContain('ancienne-version.xml');
  });

  it('PDF-24: without the XML, the conformance level is not compared (info)', async () => {
    const pdf = await read(good());
    expect(rules(checkFacturxPdf(pdf))).toEqual(['PDF-24:info']);
  });

  it('compares with the profile the XML declares, whatever the PDF says', async () => {
    const pdf = await read(good());
    const basic = detect(sampleXml('Basic', 'Avoir_FR_type381_BASIC'));
    expect(rules(checkFacturxPdf(pdf, basic))).toEqual(['PDF-16:fatal']);
  });

  it('expects xrechnung.xml and XRECHNUNG for an XRechnung CII invoice', async () => {
    const xrechnung = new TextEncoder().encode(
      new TextDecoder()
        .decode(sampleXml(GOOD.profile, GOOD.name))
        .replace(
          'urn:cen.eu:en16931:2017',
          'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
        ),
    );
    const pdf = await read(good());
    expect(rules(checkFacturxPdf(pdf, detect(xrechnung)))).toEqual([
      'PDF-05:warning',
      'PDF-16:fatal',
    ]);
  });
});

describe('the rule table', () => {
  it('has one entry per id, whose id and severity the findings carry', async () => {
    expect(Object.keys(PDF_RULES).sort()).toEqual([...PDF_RULE_IDS].sort());
    for (const id of PDF_RULE_IDS) {
      expect(PDF_RULES[id].id).toBe(id);
      expect(PDF_RULES[id].title.fr).not.toBe(PDF_RULES[id].title.en);
    }
    const bytes = await mutate(good(), (doc) => {
      doc.catalog.delete(PDFName.of('OutputIntents'));
      firstFileSpec(doc).delete(PDFName.of('AFRelationship'));
    });
    for (const finding of await findingsOf(bytes)) {
      expect(finding.layer).toBe('pdf');
      expect(finding.severity).toBe(PDF_RULES[finding.rule as keyof typeof PDF_RULES].severity);
    }
  });

  it('maps every read error to a rule', async () => {
    const notPdf = await readFacturxPdf(new TextEncoder().encode('hello'));
    if (notPdf.ok) throw new Error('expected an error');
    expect(pdfReadErrorFinding(notPdf.error)).toMatchObject({ rule: 'PDF-04', severity: 'fatal' });
  });
});
