import { describe, expect, it } from 'vitest';
import { type ValidationResult, ValidationResultSchema } from '../../shared/api/validation';
import {
  ciiExample,
  facturxEn16931Pdf,
  officialExamples,
  plainPdf,
  post,
  ublCreditNote,
  ublExample,
} from './support/documents';
import { harness } from './support/harness';
import { expectProblem } from './support/problems';

async function reportOf(response: Response): Promise<ValidationResult> {
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('application/json');
  return ValidationResultSchema.parse(await response.json());
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`${needle} not in the document`);
  return text.slice(0, index).split('\n').length;
}

const fatalRules = (report: ValidationResult) =>
  report.findings.filter((f) => f.severity === 'fatal').map((f) => f.rule);

describe('POST /v1/validate', () => {
  it('declares the official UBL and CII examples valid, XSD included', async () => {
    const h = await harness();
    for (const [xml, syntax] of [
      [ublExample, 'ubl'],
      [ublCreditNote, 'ubl'],
      [ciiExample, 'cii'],
    ] as const) {
      const report = await reportOf(await h.request('/v1/validate', post(xml, 'application/xml')));
      expect(fatalRules(report)).toEqual([]);
      expect(report.verdict).toBe('valid');
      expect(report.format).toBe('xml');
      expect(report.document?.syntax).toBe(syntax);
      expect(report.layers.map((l) => [l.layer, l.status])).toEqual([
        ['xml', 'ran'],
        ['xsd', 'ran'],
        ['en16931', 'ran'],
        // BT-24 urn:cen.eu:en16931:2017 is also the Factur-X EN16931 profile.
        ['profile', 'ran'],
      ]);
      expect(report.checked).toEqual({
        rules: ['en16931', 'profile'],
        xsd: true,
        today: '2026-11-20',
      });
    }
  });

  it('reports a wrong total as invalid, with the rule, its line and its BTs', async () => {
    const h = await harness();
    const xml = ublExample.replace(
      '<cbc:TaxInclusiveAmount currencyID="EUR">250.33</cbc:TaxInclusiveAmount>',
      '<cbc:TaxInclusiveAmount currencyID="EUR">260.33</cbc:TaxInclusiveAmount>',
    );
    const report = await reportOf(await h.request('/v1/validate', post(xml, 'text/xml')));
    expect(report.verdict).toBe('invalid');
    const finding = report.findings.find((f) => f.rule === 'BR-CO-15');
    expect(finding).toMatchObject({
      severity: 'fatal',
      layer: 'en16931',
      location: { line: lineOf(xml, '260.33') },
    });
    expect(finding?.bt).toContain('BT-112');
    expect(report.layers.find((l) => l.layer === 'en16931')?.counts.fatal).toBeGreaterThan(0);
  });

  it('checks the layers asked for, and xsd=false skips the schema', async () => {
    const h = await harness();
    const report = await reportOf(
      await h.request(
        '/v1/validate?rules=fr,chorus&xsd=false&today=2026-01-02',
        post(ciiExample, undefined),
      ),
    );
    expect(report.layers.map((l) => [l.layer, l.status])).toEqual([
      ['xml', 'ran'],
      ['xsd', 'skipped'],
      ['fr', 'ran'],
      ['chorus', 'ran'],
    ]);
    expect(report.checked).toEqual({ rules: ['fr', 'chorus'], xsd: false, today: '2026-01-02' });
  });

  it('skips the schema by default under XSD_DEFAULT=off, and still checks it when asked', async () => {
    const h = await harness({ XSD_DEFAULT: 'off' });
    const layersOf = async (query: string) =>
      (await reportOf(await h.request(`/v1/validate${query}`, post(ciiExample, undefined)))).layers
        .filter((l) => l.layer === 'xsd')
        .map((l) => l.status);
    expect(await layersOf('')).toEqual(['skipped']);
    expect(await layersOf('?xsd=true')).toEqual(['ran']);
    expect(await layersOf('?xsd=false')).toEqual(['skipped']);
    const on = await harness({ XSD_DEFAULT: 'on' });
    const report = await reportOf(await on.request('/v1/validate', post(ciiExample, undefined)));
    expect(report.layers.find((l) => l.layer === 'xsd')?.status).toBe('ran');
    expect(report.checked.xsd).toBe(true);
  });

  it('takes today in Europe/Paris from the Worker clock', async () => {
    const h = await harness();
    // START is 10:00 UTC on 20 November; 14 hours later it is past midnight in Paris.
    h.advance(14 * 3600);
    const report = await reportOf(
      await h.request('/v1/validate?xsd=false', post(ublExample, 'application/xml')),
    );
    expect(report.checked.today).toBe('2026-11-21');
  });

  it('validates every official example without a server error', async () => {
    const h = await harness();
    const names = Object.keys(officialExamples);
    expect(names.length).toBeGreaterThan(30);
    for (const name of names) {
      const response = await h.request(
        '/v1/validate?xsd=false',
        post(officialExamples[name] ?? '', 'application/octet-stream'),
      );
      expect(response.status, name).toBe(200);
      const report = ValidationResultSchema.parse(await response.json());
      expect(['valid', 'invalid', 'error'], name).toContain(report.verdict);
    }
  });

  it('validates a Factur-X PDF: the embedded CII through the layers and a pdf layer', async () => {
    const h = await harness();
    const report = await reportOf(
      await h.request('/v1/validate', post(facturxEn16931Pdf, 'application/pdf')),
    );
    expect(report.format).toBe('pdf');
    expect(report.document?.syntax).toBe('cii');
    expect(report.document?.profile?.id).toBe('en16931');
    expect(report.layers.map((l) => l.layer)).toEqual(['xml', 'xsd', 'en16931', 'profile', 'pdf']);
    expect(report.layers.find((l) => l.layer === 'pdf')?.status).toBe('ran');
    expect(fatalRules(report)).toEqual([]);
    expect(report.verdict).toBe('valid');
  });

  it('says a plain PDF carries no invoice, and points to extraction', async () => {
    const h = await harness();
    // Sniffed: no content type at all.
    const report = await reportOf(await h.request('/v1/validate', post(plainPdf, undefined)));
    expect(report.format).toBe('pdf');
    expect(report.verdict).toBe('invalid');
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'PDF-01', layer: 'pdf', severity: 'fatal' }),
    ]);
    expect(report.findings[0]?.message.fr).toMatch(/PDF simple/);
  });

  it('reports an XML document that is not an invoice as not checked, never valid', async () => {
    const h = await harness();
    const order =
      '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"><ID>1</ID></Order>';
    const report = await reportOf(await h.request('/v1/validate', post(order, 'application/xml')));
    expect(report.verdict).toBe('error');
    expect(report.document?.kind).toBe('ubl-other');
    expect(report.layers.find((l) => l.layer === 'en16931')?.status).toBe('error');
  });

  it('answers a truncated PDF with a 422 problem', async () => {
    const h = await harness();
    const response = await h.request(
      '/v1/validate',
      post(facturxEn16931Pdf.subarray(0, 3000), 'application/pdf'),
    );
    const problem = await expectProblem(response, 422, 'document-unreadable');
    expect(problem.reason).toBe('pdf-unreadable');
  });

  it('answers malformed XML with 422 and the line', async () => {
    const h = await harness();
    const xml = ublExample.replace('</cbc:ID>', '</cbc:Id>');
    const problem = await expectProblem(
      await h.request('/v1/validate', post(xml, 'application/xml')),
      422,
      'document-unreadable',
    );
    expect(problem.reason).toBe('xml-malformed');
    expect(problem.detail).toContain(`ligne ${lineOf(xml, '</cbc:Id>')}`);
  });

  it('refuses a DOCTYPE and an absurd depth with 422 document-refused', async () => {
    const h = await harness();
    const doctype = ublExample.replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Invoice [<!ENTITY x "boom">]>',
    );
    const refused = await expectProblem(
      await h.request('/v1/validate', post(doctype, 'application/xml')),
      422,
      'document-refused',
    );
    expect(refused.reason).toBe('xml-doctype');

    const deep = `${'<a>'.repeat(200)}${'</a>'.repeat(200)}`;
    const tooDeep = await expectProblem(
      await h.request('/v1/validate', post(deep, 'application/xml')),
      422,
      'document-refused',
    );
    expect(tooDeep.reason).toBe('xml-too-deep');
  });

  it('answers 413 above MAX_BODY_BYTES', async () => {
    const h = await harness({ MAX_BODY_BYTES: '4096' });
    await expectProblem(
      await h.request('/v1/validate', post(ublExample, 'application/xml')),
      413,
      'payload-too-large',
    );
    await expectProblem(
      await h.request('/v1/validate', post(facturxEn16931Pdf, 'application/pdf')),
      413,
      'payload-too-large',
    );
  });

  it('gives BR-FR findings their assert id, and frSeverity=warning makes them warnings', async () => {
    const h = await harness();
    const fatal = await reportOf(
      await h.request('/v1/validate?rules=fr&xsd=false', post(ublExample, 'application/xml')),
    );
    expect(fatal.verdict).toBe('invalid');
    expect(fatal.findings.length).toBeGreaterThan(0);
    for (const finding of fatal.findings) {
      expect(finding.severity).toBe('fatal');
      expect(finding.assert, finding.rule).toMatch(/^BR-FR-/);
    }
    expect(fatal.checked).toEqual({ rules: ['fr'], xsd: false, today: '2026-11-20' });

    const transition = await reportOf(
      await h.request(
        '/v1/validate?rules=fr&xsd=false&frSeverity=warning',
        post(ublExample, 'application/xml'),
      ),
    );
    expect(transition.verdict).toBe('valid');
    expect(transition.findings.map((f) => [f.rule, f.assert, f.severity])).toEqual(
      fatal.findings.map((f) => [f.rule, f.assert, 'warning']),
    );
    const layer = transition.layers.find((l) => l.layer === 'fr');
    expect(layer?.counts.warning).toBe(fatal.findings.length);
    expect(layer?.reason?.en).toContain('Transition mode');
    expect(transition.checked.frSeverity).toBe('warning');
  });

  it('refuses frSeverity without the fr layer, or with another value', async () => {
    const h = await harness();
    await expectProblem(
      await h.request('/v1/validate?frSeverity=warning', post(ublExample, 'application/xml')),
      400,
      'invalid-request',
    );
    const problem = await expectProblem(
      await h.request('/v1/validate?rules=fr&frSeverity=soft', post(ublExample, 'application/xml')),
      400,
      'invalid-request',
    );
    expect(problem.errors?.[0]?.path).toBe('frSeverity');
  });

  it('refuses an unknown rule layer with 400, naming it', async () => {
    const h = await harness();
    const problem = await expectProblem(
      await h.request('/v1/validate?rules=en16931,peppol', post(ublExample, 'application/xml')),
      400,
      'invalid-request',
    );
    expect(problem.errors).toEqual([{ path: 'rules', message: expect.stringContaining('peppol') }]);
  });

  it('refuses JSON, an empty body and recipient options without the chorus layer', async () => {
    const h = await harness();
    await expectProblem(
      await h.request('/v1/validate', post('{"BT-1":"x"}', 'application/json')),
      415,
      'unsupported-media-type',
    );
    await expectProblem(
      await h.request('/v1/validate', post('', 'application/xml')),
      400,
      'invalid-request',
    );
    await expectProblem(
      await h.request('/v1/validate?lookupRecipient=true', post(ublExample, 'application/xml')),
      400,
      'invalid-request',
    );
  });

  it('sends no-store: reports hold invoice data', async () => {
    const h = await harness();
    const response = await h.request('/v1/validate?xsd=false', post(ublExample, 'application/xml'));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('server-timing')).toBeNull();
  });

  it('times its steps only in TIMING mode', async () => {
    const h = await harness({ TIMING: 'on' });
    const response = await h.request('/v1/validate', post(ublExample, 'application/xml'));
    expect(response.headers.get('server-timing')).toMatch(/^body;dur=[\d.]+, validate;dur=[\d.]+$/);
  });
});
