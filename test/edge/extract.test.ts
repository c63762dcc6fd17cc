import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../shared/api/extraction';
import { facturxEn16931Pdf, plainPdf, post, ublExample } from './support/documents';
import { harness } from './support/harness';
import { expectProblem } from './support/problems';

/** A one-page PDF with no text at all, as a scanner without OCR makes (here: an empty page). */
function pdfWithoutText(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let text = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) text += `${String(offset).padStart(10, '0')} 00000 n \n`;
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(text);
}

describe('POST /v1/extract', () => {
  it('reads the values of a plain PDF with confidence, page and box', async () => {
    const h = await harness();
    const response = await h.request('/v1/extract', post(plainPdf, 'application/pdf'));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const extraction = ExtractionSchema.parse(await response.json());
    const number = extraction.fields['BT-1'];
    expect(number?.value).toBe('2023-6013');
    expect(number?.page).toBe(1);
    expect(number?.confidence).toBeGreaterThan(0.5);
    expect(number?.box).toHaveLength(4);
    expect(extraction.invoice['BT-1']).toBe('2023-6013');
    expect(extraction.lines.length).toBeGreaterThan(0);
    expect(extraction.textLayer).toBe(true);
    expect(extraction.pageCount).toBeGreaterThan(0);
  }, 60_000);

  it('reads the page of a Factur-X PDF too (its XML is not used)', async () => {
    const h = await harness();
    const response = await h.request('/v1/extract', post(facturxEn16931Pdf, undefined));
    const extraction = ExtractionSchema.parse(await response.json());
    expect(extraction.fields['BT-1']?.value).toBe('F20260025');
  }, 60_000);

  it('answers a PDF without text with 422 extraction-failed, reason no-text-layer', async () => {
    const h = await harness();
    const problem = await expectProblem(
      await h.request('/v1/extract', post(pdfWithoutText(), 'application/pdf')),
      422,
      'extraction-failed',
    );
    expect(problem.reason).toBe('no-text-layer');
  }, 60_000);

  it('refuses what is not a PDF', async () => {
    const h = await harness();
    await expectProblem(
      await h.request('/v1/extract', post(ublExample, 'application/xml')),
      415,
      'unsupported-media-type',
    );
    const unreadable = await expectProblem(
      await h.request('/v1/extract', post('%PDF-1.7\nnothing else', 'application/pdf')),
      422,
      'extraction-failed',
    );
    expect(unreadable.reason).toBe('unreadable');
  }, 60_000);
});
