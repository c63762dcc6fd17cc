import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatOf, validateDocument } from '../../shared/rules/validate-document';

const PDF_DIR = 'test/fixtures/facturx-pdf';
const read = (path: string) => new Uint8Array(readFileSync(path));

describe('validateDocument', () => {
  it('tells PDF from XML by the %PDF- header', () => {
    expect(formatOf(new TextEncoder().encode('%PDF-1.7\n'))).toBe('pdf');
    expect(formatOf(new TextEncoder().encode('<?xml version="1.0"?><a/>'))).toBe('xml');
  });

  it('validates the XML inside a Factur-X PDF and checks the container in the pdf layer', async () => {
    const report = await validateDocument(
      read(`${PDF_DIR}/EN16931/Facture_F20260025-LE_FOURNISSEUR-POUR-LE_CLIENT_EN_16931.pdf`),
      { rules: ['en16931'] },
    );
    expect(report.format).toBe('pdf');
    expect(report.document?.syntax).toBe('cii');
    expect(report.layers.map((l) => l.layer)).toEqual(['xml', 'xsd', 'en16931', 'pdf']);
    expect(report.layers.find((l) => l.layer === 'pdf')?.status).toBe('ran');
    expect(report.findings.filter((f) => f.severity === 'fatal')).toEqual([]);
    expect(report.verdict).toBe('valid');
  });

  it('says a plain PDF holds no invoice, and never calls it valid', async () => {
    const report = await validateDocument(read(`${PDF_DIR}/Custom/2023-6013_facture.pdf`));
    expect(report.verdict).toBe('invalid');
    expect(report.findings.map((f) => f.layer)).toEqual(['pdf']);
    expect(report.findings[0]?.message.fr).toMatch(/PDF/);
  });

  it('reports a broken PDF as a pdf finding instead of throwing', async () => {
    const truncated = read(`${PDF_DIR}/Minimum/Avoir_FR_type381_MINIMUM.pdf`).subarray(0, 2000);
    const report = await validateDocument(truncated);
    expect(report.verdict).not.toBe('valid');
    expect(report.findings.some((f) => f.layer === 'pdf' && f.severity === 'fatal')).toBe(true);
  });
});
