/**
 * What the edge's /v1/validate relies on to read an invoice once: the validation hands back the
 * model it read, and asks for the rule options that depend on it (the recipient looked up from
 * BT-47) before its rules run.
 */
import { describe, expect, it } from 'vitest';
import type { Invoice } from '../../../shared/model';
import type { RecipientObligations } from '../../../shared/rules/rule';
import { validateDocument, validateDocumentRun } from '../../../shared/rules/validate-document';
import { FACTURX_PDF, facturxOf, fixture, modelOfXml, UBL } from './support';

const STRICT: RecipientObligations = {
  name: 'COMMUNE DE TEST',
  siret: '21310555400017',
  serviceCodeRequired: true,
  engagementRequired: false,
  engagementOrServiceRequired: false,
};

describe('validateDocumentRun', () => {
  it('gives the model it read, of an XML file or of the XML in a PDF', async () => {
    const xml = await validateDocumentRun(fixture(UBL));
    expect(xml.invoice).toEqual(modelOfXml(fixture(UBL)));
    const pdf = fixture(FACTURX_PDF);
    const inPdf = await validateDocumentRun(pdf);
    expect(inPdf.report.format).toBe('pdf');
    expect(inPdf.invoice).toEqual(modelOfXml((await facturxOf(pdf)).xml));
  });

  it('keeps the report as validateDocument gives it, with no model inside', async () => {
    const run = await validateDocumentRun(fixture(UBL));
    expect(run.report).toEqual(await validateDocument(fixture(UBL)));
    expect(JSON.stringify(run.report)).not.toContain('"BT-1"');
  });

  it('asks for rule options with the model it read, before the rules run', async () => {
    const seen: Invoice[] = [];
    const run = await validateDocumentRun(fixture(UBL), {
      rules: ['chorus'],
      ruleOptions: { today: '2026-01-01' },
      ruleOptionsFor: async (invoice) => {
        seen.push(invoice);
        return { recipient: STRICT };
      },
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBe(run.invoice);
    // The example has no service code (BT-10): the obligations given by the hook were applied.
    const finding = run.report.findings.find((f) => f.rule === 'CHORUS-23');
    expect(finding?.message.fr).toContain(STRICT.name);

    const without = await validateDocumentRun(fixture(UBL), { rules: ['chorus'] });
    expect(without.report.findings.map((f) => f.rule)).not.toContain('CHORUS-23');
  });

  it('gives no model, and never asks, when there is no invoice to read', async () => {
    let asked = 0;
    const ruleOptionsFor = async () => {
      asked++;
      return {};
    };
    const order = '<Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>';
    for (const text of ['<Invoice><pas fermé', order]) {
      const run = await validateDocumentRun(new TextEncoder().encode(text), { ruleOptionsFor });
      expect(run.invoice).toBeUndefined();
      expect(run.report.verdict).not.toBe('valid');
    }
    expect(asked).toBe(0);
  });
});
