import { describe, expect, it } from 'vitest';
import { parseInvoiceJson, toInvoiceJson } from '../../../../shared/model';
import { readUbl, readUblElement } from '../../../../shared/syntax/ubl/read';
import { officialUblFiles, parseFixture, unitTestDocuments } from './documents';
import { expectSourcesToMatch } from './source-checks';

describe('official UBL examples and test files', () => {
  const files = officialUblFiles();

  it('are all here', () => {
    // 19 examples and 29 test files (Peppol BIS Billing samples and one TC 434 test).
    expect(files).toHaveLength(48);
  });

  it.each(files)('%s reads into a valid model, every value located', (path) => {
    const document = parseFixture(path);
    const result = readUbl(document);
    expect(result.findings).toEqual([]);
    const parsed = parseInvoiceJson(JSON.parse(JSON.stringify(result.invoice)));
    expect(parsed.ok ? [] : parsed.issues).toEqual([]);
    // Built in the catalogue's key order: the canonical JSON is the model as read.
    expect(JSON.stringify(result.invoice, null, 2)).toBe(toInvoiceJson(result.invoice));
    expectSourcesToMatch(result, document.root);
  });
});

describe('official UBL unit tests', () => {
  const documents = unitTestDocuments();

  it('hold every test of both folders', () => {
    expect(documents.length).toBeGreaterThan(1000);
    expect(documents.filter((d) => d.id.startsWith('CreditNote-unit-UBL/')).length).toBeGreaterThan(
      200,
    );
  });

  it('each test document reads into a valid model, every value located', () => {
    for (const document of documents) {
      const result = readUblElement(document.root);
      const parsed = parseInvoiceJson(JSON.parse(JSON.stringify(result.invoice)));
      expect(parsed.ok ? [] : parsed.issues, document.id).toEqual([]);
      expect(JSON.stringify(result.invoice), document.id).toBe(toInvoiceJson(result.invoice, 0));
      expectSourcesToMatch(result, document.root);
    }
  });

  it('report values only in the tests written with values the model cannot hold', () => {
    const reported = documents.flatMap((document) =>
      readUblElement(document.root).findings.map((finding) => [
        document.id,
        finding.rule,
        finding.bt.join(),
        finding.message.en.match(/"(.*)"/)?.[1],
      ]),
    );
    // Read off the test files: "123" as issue date and as currency (BR-03, BR-05: presence
    // only), a country code "ÅÅ" (BR-CL-14, which expects an error).
    expect(reported).toEqual([
      ['Invoice-unit-UBL/BR-03.xml#1', 'VALUE-FORMAT', 'BT-2', '123'],
      ['Invoice-unit-UBL/BR-05.xml#1', 'VALUE-FORMAT', 'BT-5', '123'],
      ['Invoice-unit-UBL/BR-CL-14.xml#2', 'VALUE-FORMAT', 'BT-69', 'ÅÅ'],
      ['CreditNote-unit-UBL/BR-03.xml#1', 'VALUE-FORMAT', 'BT-2', '123'],
      ['CreditNote-unit-UBL/BR-05.xml#1', 'VALUE-FORMAT', 'BT-5', '123'],
    ]);
  });
});
