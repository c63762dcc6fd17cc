import { describe, expect, it } from 'vitest';
import { parseInvoiceJson } from '../../../../shared/model';
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
      expectSourcesToMatch(result, document.root);
    }
  });
});
