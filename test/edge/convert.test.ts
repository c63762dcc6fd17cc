import { describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../shared/api/base64';
import { type Conversion, ConversionSchema } from '../../shared/api/conversion';
import { ValidationResultSchema } from '../../shared/api/validation';
import { type Invoice, parseInvoiceJson } from '../../shared/model';
import { readFacturxPdf } from '../../shared/pdf';
import { modelOfXml } from '../support/model-of-xml';
import { ciiExample, facturxMinimumPdf, plainPdf, post, ublExample } from './support/documents';
import type { Harness } from './support/harness';
import { harness } from './support/harness';
import { expectProblem } from './support/problems';

const JSON_ACCEPT = { accept: 'application/json' };

async function convert(
  h: Harness,
  query: string,
  body: string | Uint8Array,
  contentType?: string,
): Promise<Response> {
  return h.request(`/v1/convert?${query}`, post(body, contentType));
}

async function envelopeOf(
  h: Harness,
  query: string,
  body: string | Uint8Array,
  contentType?: string,
): Promise<Conversion> {
  const response = await h.request(`/v1/convert?${query}`, post(body, contentType, JSON_ACCEPT));
  expect(response.status).toBe(200);
  return ConversionSchema.parse(await response.json());
}

function modelOfJson(text: string): Invoice {
  const parsed = parseInvoiceJson(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.invoice;
}

describe('POST /v1/convert', () => {
  it('UBL → CII → UBL keeps the number, the date and every total', async () => {
    const h = await harness();
    const toCii = await convert(h, 'to=cii', ublExample, 'application/xml');
    expect(toCii.status).toBe(200);
    expect(toCii.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(toCii.headers.get('content-disposition')).toBe(
      'attachment; filename="12115118.cii.xml"',
    );
    expect(toCii.headers.get('x-converted-from')).toBe('ubl');
    const cii = await toCii.text();
    expect(cii).toContain('CrossIndustryInvoice');

    const toUbl = await convert(h, 'to=ubl&from=cii', cii, 'application/xml');
    expect(toUbl.headers.get('x-converted-from')).toBe('cii');
    const back = modelOfXml(await toUbl.text());
    const original = modelOfXml(ublExample);
    expect(back['BT-1']).toBe('12115118');
    expect(back['BT-2']).toBe('2015-01-09');
    expect(back['BT-1']).toBe(original['BT-1']);
    expect(back['BT-2']).toBe(original['BT-2']);
    expect(back['BG-22']).toEqual(original['BG-22']);
    expect(back['BG-22']?.['BT-112']).toBe('250.33');
  });

  it('writes the model as JSON, and reads it back from JSON', async () => {
    const h = await harness();
    const response = await convert(h, 'to=json', ciiExample, 'text/xml');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const invoice = modelOfJson(await response.text());
    expect(invoice).toEqual(modelOfXml(ciiExample));

    // No media type: the first character says JSON.
    const again = await convert(h, 'to=ubl', JSON.stringify(invoice));
    expect(again.status).toBe(200);
    expect(again.headers.get('x-converted-from')).toBe('json');
    expect(modelOfXml(await again.text())['BG-22']).toEqual(invoice['BG-22']);
  });

  it('draws a Factur-X PDF from XML that readFacturxPdf reads back, and that validates', async () => {
    const h = await harness();
    const response = await convert(h, 'to=facturx', ublExample, 'application/xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('x-facturx-profile')).toBe('en16931');
    const pdf = new Uint8Array(await response.arrayBuffer());
    const read = await readFacturxPdf(pdf);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.attachment.name).toBe('factur-x.xml');
    const invoice = modelOfXml(read.xml);
    expect(invoice['BT-1']).toBe('12115118');
    expect(invoice['BG-22']).toEqual(modelOfXml(ublExample)['BG-22']);

    const validated = await h.request('/v1/validate?xsd=false', post(pdf, 'application/pdf'));
    const report = ValidationResultSchema.parse(await validated.json());
    expect(report.layers.find((l) => l.layer === 'pdf')?.status).toBe('ran');
    expect(report.findings.filter((f) => f.layer === 'pdf' && f.severity === 'fatal')).toEqual([]);
  });

  it('keeps the original PDF of a Factur-X input and replaces its XML', async () => {
    const h = await harness();
    const envelope = await envelopeOf(h, 'to=facturx&profile=minimum', facturxMinimumPdf);
    expect(envelope).toMatchObject({
      from: 'facturx',
      to: 'facturx',
      profile: 'minimum',
      contentType: 'application/pdf',
      encoding: 'base64',
    });
    const pdf = decodeBase64(envelope.output);
    expect(pdf).toBeDefined();
    const read = await readFacturxPdf(pdf ?? new Uint8Array());
    expect(read.ok && read.pages).toBeGreaterThan(0);
    const original = await readFacturxPdf(facturxMinimumPdf);
    if (!read.ok || !original.ok) throw new Error('unreadable');
    expect(read.pages).toBe(original.pages);
    expect(modelOfXml(read.xml)['BT-1']).toBe(modelOfXml(original.xml)['BT-1']);
  });

  it('lists dropped terms in the envelope and, as pointers, in the headers', async () => {
    const h = await harness();
    const envelope = await envelopeOf(h, 'to=cii&profile=minimum', ublExample, 'application/xml');
    expect(envelope.encoding).toBe('utf-8');
    expect(envelope.output).toContain('urn:factur-x.eu:1p0:minimum');
    expect(envelope.dropped.length).toBeGreaterThan(0);
    expect(envelope.dropped.every((term) => term.message.fr.length > 0)).toBe(true);
    expect(envelope.dropped.map((term) => term.term)).toContain('BG-25');

    const raw = await convert(h, 'to=cii&profile=minimum', ublExample, 'application/xml');
    expect(raw.headers.get('x-dropped-terms')).toBe(
      envelope.dropped.map((term) => term.pointer).join(','),
    );
    expect(raw.headers.get('x-conversion-warnings')).toBe('0');
    expect(await raw.text()).toBe(envelope.output);
  });

  it('reads a plain PDF through extraction, with its warnings', async () => {
    const h = await harness();
    const envelope = await envelopeOf(h, 'to=json', plainPdf, 'application/pdf');
    expect(envelope.from).toBe('pdf');
    expect(envelope.warnings[0]?.code).toBe('extracted');
    const invoice = modelOfJson(envelope.output);
    expect(invoice['BT-1']).toBe('2023-6013');
    // pdf.js loads on the first extraction of an isolate.
  }, 60_000);

  it('refuses what it cannot read, with the reason', async () => {
    const h = await harness();
    const notJson = await expectProblem(
      await convert(h, 'to=cii', '{"BT-1": 5, "BT-999": "x"}', 'application/json'),
      422,
      'invalid-invoice',
    );
    expect(notJson.errors?.map((error) => error.path)).toEqual(
      expect.arrayContaining(['/BT-1', '/BT-999']),
    );
    const broken = await expectProblem(
      await convert(h, 'to=cii', '{"BT-1": ', 'application/json'),
      422,
      'document-unreadable',
    );
    expect(broken.reason).toBe('json-syntax');
    const order = await expectProblem(
      await convert(
        h,
        'to=ubl',
        '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>',
        'application/xml',
      ),
      422,
      'not-an-invoice',
    );
    expect(order.reason).toBe('ubl-other');
    const doctype = await expectProblem(
      await convert(h, 'to=ubl', '<!DOCTYPE x><x/>', 'application/xml'),
      422,
      'document-refused',
    );
    expect(doctype.reason).toBe('xml-doctype');
    const noXml = await expectProblem(
      await convert(h, 'to=cii&from=facturx', plainPdf, 'application/pdf'),
      422,
      'not-an-invoice',
    );
    expect(noXml.reason).toBe('pdf-no-invoice');
  });

  it('refuses contradictory or missing parameters with 400', async () => {
    const h = await harness();
    await expectProblem(await convert(h, 'to=ubl&from=ubl', ciiExample), 400, 'invalid-request');
    await expectProblem(await convert(h, 'to=ubl&from=json', ublExample), 400, 'invalid-request');
    await expectProblem(
      await convert(h, 'to=ubl&profile=basic', ublExample),
      400,
      'invalid-request',
    );
    await expectProblem(await convert(h, 'from=ubl', ublExample), 400, 'invalid-request');
    await expectProblem(await convert(h, 'to=pdf', ublExample), 400, 'invalid-request');
  });
});
