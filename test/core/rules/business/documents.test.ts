import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUSINESS_RULES } from '../../../../shared/rules/en16931/business';
import type { Finding } from '../../../../shared/rules/finding';
import type { RuleContext } from '../../../../shared/rules/rule';
import { runRules } from '../../../../shared/rules/run-rules';
import { detectDocument } from '../../../../shared/syntax/detect';
import { readInvoice } from '../../../../shared/syntax/read';
import { parseXml } from '../../../../shared/xml';
import { loadExamples, SUITE_DIR } from '../../../support/en16931-suite';

/** The business rules on a document, as the engine runs them (parse, read, rules of its syntax). */
function businessFindings(xml: string | Uint8Array): Finding[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const detected = detectDocument(parsed.document.root);
  const read = readInvoice(parsed.document);
  if ('error' in read) throw new Error(read.error.en);
  const context: RuleContext = {
    invoice: read.invoice,
    sources: read.sources,
    rejected: read.rejected ?? new Map(),
    profile: detected.profile,
    options: {},
    memo: new Map(),
    xml: { document: parsed.document, syntax: detected.syntax ?? 'ubl', detected },
  };
  const rules = BUSINESS_RULES.filter(
    (r) => r.syntax === undefined || r.syntax === detected.syntax,
  );
  const run = runRules('en16931', rules, context);
  if (run.failures.length > 0) throw new Error(JSON.stringify(run.failures));
  return run.findings;
}

function example(name: string): string {
  return readFileSync(`${SUITE_DIR}/examples/${name}`, 'utf8');
}

function replaced(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('business rules on official documents', () => {
  it('find nothing in any of the 34 official examples', () => {
    const found = loadExamples().flatMap((e) =>
      businessFindings(e.xml).map((f) => `${e.name}: ${f.rule} ${f.message.en}`),
    );
    expect(found).toEqual([]);
  });

  it('BR-CO-14 (UBL): each tax total with subtotals is checked with its own amount, whatever its currency', () => {
    const text = example('ubl/ubl-tc434-example1.xml');
    expect(businessFindings(text).map((f) => f.rule)).not.toContain('BR-CO-14');
    const noCurrency = text.replace(
      /<cbc:TaxAmount currencyID="EUR">([\d.]+)<\/cbc:TaxAmount>(\s*<cac:TaxSubtotal>)/,
      '<cbc:TaxAmount>$1</cbc:TaxAmount>$2',
    );
    expect(noCurrency).not.toBe(text);
    expect(businessFindings(noCurrency).map((f) => f.rule)).not.toContain('BR-CO-14');
    const wrong = text.replace(
      /<cbc:TaxAmount currencyID="EUR">([\d.]+)<\/cbc:TaxAmount>(\s*<cac:TaxSubtotal>)/,
      '<cbc:TaxAmount currencyID="EUR">1.00</cbc:TaxAmount>$2',
    );
    const finding = businessFindings(wrong).find((f) => f.rule === 'BR-CO-14');
    expect(finding?.message.en).toMatch(/is 1\.00/);
    expect(finding?.location?.xpath).toMatch(/cac:TaxTotal/);
  });

  it('BR-CO-15: a VAT total given twice in the invoice currency fails', () => {
    const text = example('ubl/ubl-tc434-example1.xml');
    const twice = text.replace(
      /(<cac:TaxTotal>\s*<cbc:TaxAmount currencyID="EUR">[\d.]+<\/cbc:TaxAmount>)/,
      '$1<cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount>',
    );
    expect(twice).not.toBe(text);
    expect(businessFindings(text).map((f) => f.rule)).not.toContain('BR-CO-15');
    const finding = businessFindings(twice).find((f) => f.rule === 'BR-CO-15');
    expect(finding?.message.fr).toContain('2 fois');
  });

  it('BR-CO-10: the CII rounding-issue example passes, and fails once its total is wrong', () => {
    const text = example('cii/CII-BR-CO-10-RoundingIssue.xml');
    expect(businessFindings(text).map((f) => f.rule)).not.toContain('BR-CO-10');
    const wrong = replaced(
      text,
      '<ram:LineTotalAmount>0.00</ram:LineTotalAmount>',
      '<ram:LineTotalAmount>0.01</ram:LineTotalAmount>',
    );
    const finding = businessFindings(wrong).find((f) => f.rule === 'BR-CO-10');
    expect(finding?.severity).toBe('fatal');
    expect(finding?.message.fr).toContain('0.01');
    // Located at the header's LineTotalAmount, through the source map.
    expect(finding?.location?.xpath).toMatch(/SpecifiedTradeSettlementHeaderMonetarySummation/);
  });

  it('BR-CO-13 in UBL points at the total without VAT, with both values', () => {
    const text = example('ubl/ubl-tc434-example1.xml');
    const wrong = text.replace(
      /<cbc:TaxExclusiveAmount currencyID="EUR">[^<]*</,
      '<cbc:TaxExclusiveAmount currencyID="EUR">1.00<',
    );
    const finding = businessFindings(wrong).find((f) => f.rule === 'BR-CO-13');
    expect(finding?.location?.xpath).toMatch(/TaxExclusiveAmount/);
    expect(finding?.location?.line).toBeGreaterThan(1);
    expect(finding?.message.en).toMatch(/is 1\.00 but/);
  });

  it('BR-51: a full card number is a warning in UBL and fatal in CII, as flagged by each artefact', () => {
    const card = '4970101234567890';
    const ubl = replaced(
      example('ubl/ubl-tc434-example1.xml'),
      '<cbc:PaymentID>Deb. 10202 / Fact. 12115118</cbc:PaymentID>',
      `<cbc:PaymentID>Deb. 10202 / Fact. 12115118</cbc:PaymentID><cac:CardAccount><cbc:PrimaryAccountNumberID>${card}</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID></cac:CardAccount>`,
    );
    const cii = replaced(
      example('cii/CII_example1.xml'),
      '<ram:SpecifiedTradeSettlementPaymentMeans>',
      `<ram:SpecifiedTradeSettlementPaymentMeans><ram:ApplicableTradeSettlementFinancialCard><ram:ID>${card}</ram:ID></ram:ApplicableTradeSettlementFinancialCard>`,
    );
    const severities = (xml: string) =>
      businessFindings(xml)
        .filter((f) => f.rule === 'BR-51')
        .map((f) => f.severity);
    expect(severities(ubl)).toEqual(['warning']);
    expect(severities(cii)).toEqual(['fatal']);
  });
});
