import { describe, expect, it } from 'vitest';
import { findingsOf, lineOf, nodeValidator, readFixture, replaceOnce } from './helpers';

const validator = nodeValidator();
const ubl = readFixture('en16931/examples/ubl/ubl-tc434-example1.xml');
const cii = readFixture('en16931/examples/cii/CII_example1.xml');

const ISSUE_DATE = '<cbc:IssueDate>2015-01-09</cbc:IssueDate>';
const PAYABLE = '<cbc:PayableAmount currencyID="EUR">250.33</cbc:PayableAmount>';

async function onlyFinding(xml: string, set: Parameters<typeof validator.validate>[1]) {
  const findings = findingsOf(await validator.validate(xml, set));
  expect(findings).toHaveLength(1);
  const [finding] = findings;
  if (finding === undefined) throw new Error('no finding');
  expect(finding).toMatchObject({ severity: 'fatal', layer: 'xsd', bt: [] });
  return finding;
}

describe('UBL documents that break the schema', () => {
  it('an unknown element: where it is and what was expected there', async () => {
    const xml = replaceOnce(ubl, ISSUE_DATE, `${ISSUE_DATE}\n    <cbc:Bogus>x</cbc:Bogus>`);
    const finding = await onlyFinding(xml, 'ubl-invoice');
    expect(finding.rule).toBe('XSD-ELEMENT-UNEXPECTED');
    expect(finding.location).toEqual({ line: lineOf(xml, '<cbc:Bogus>'), xpath: '/*/cbc:Bogus' });
    expect(finding.message.fr).toMatch(
      /^L'élément cbc:Bogus n'est pas attendu à cet endroit ; attendu ici : .*cbc:DueDate/,
    );
    expect(finding.message.en).toMatch(
      /^Element cbc:Bogus is not expected here; expected here: .*cbc:DueDate/,
    );
  });

  it('a misplaced element: reported where it stands, naming what belongs there', async () => {
    const currency = '<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>';
    const xml = replaceOnce(
      replaceOnce(ubl, currency, ''),
      ISSUE_DATE,
      `${currency}\n    ${ISSUE_DATE}`,
    );
    const finding = await onlyFinding(xml, 'ubl-invoice');
    expect(finding.rule).toBe('XSD-ELEMENT-UNEXPECTED');
    expect(finding.location?.line).toBe(lineOf(xml, currency));
    expect(finding.message.fr).toContain('cbc:DocumentCurrencyCode');
    expect(finding.message.fr).toContain('cbc:IssueDate');
  });

  it('a missing mandatory element in a sequence: the next element is out of place', async () => {
    const xml = replaceOnce(ubl, ISSUE_DATE, '');
    const finding = await onlyFinding(xml, 'ubl-invoice');
    expect(finding.rule).toBe('XSD-ELEMENT-UNEXPECTED');
    expect(finding.location?.line).toBe(lineOf(xml, '<cbc:DueDate>'));
    expect(finding.message.fr).toContain('cbc:IssueDate');
  });

  it('a missing mandatory last child', async () => {
    const xml = replaceOnce(ubl, PAYABLE, '');
    const finding = await onlyFinding(xml, 'ubl-invoice');
    expect(finding.rule).toBe('XSD-ELEMENT-MISSING');
    expect(finding.location).toEqual({
      line: lineOf(xml, '<cac:LegalMonetaryTotal>'),
      xpath: '/*/cac:LegalMonetaryTotal',
    });
    expect(finding.message.fr).toBe(
      'Il manque un élément obligatoire dans cac:LegalMonetaryTotal ; attendu : cbc:AllowanceTotalAmount, cbc:ChargeTotalAmount, cbc:PrepaidAmount, cbc:PayableRoundingAmount ou cbc:PayableAmount.',
    );
  });

  it('a date that is not a date', async () => {
    const xml = replaceOnce(ubl, ISSUE_DATE, '<cbc:IssueDate>2015-13-45</cbc:IssueDate>');
    const finding = await onlyFinding(xml, 'ubl-invoice');
    expect(finding.rule).toBe('XSD-VALUE-TYPE');
    expect(finding.location?.line).toBe(lineOf(xml, '2015-13-45'));
    expect(finding.message.fr).toBe(
      "La valeur « 2015-13-45 » de cbc:IssueDate n'est pas valide ; valeur attendue : une date AAAA-MM-JJ (ex. 2024-03-31).",
    );
  });

  it('an empty date', async () => {
    const xml = replaceOnce(ubl, ISSUE_DATE, '<cbc:IssueDate></cbc:IssueDate>');
    const finding = await onlyFinding(xml, 'ubl-invoice');
    expect(finding.message.fr).toBe(
      "L'élément cbc:IssueDate est vide ; valeur attendue : une date AAAA-MM-JJ (ex. 2024-03-31).",
    );
  });

  it('a decimal written the French way, with the fix spelt out', async () => {
    const xml = replaceOnce(
      ubl,
      PAYABLE,
      '<cbc:PayableAmount currencyID="EUR">250,33</cbc:PayableAmount>',
    );
    const finding = await onlyFinding(xml, 'ubl-invoice');
    expect(finding.rule).toBe('XSD-VALUE-TYPE');
    expect(finding.location).toEqual({
      line: lineOf(xml, '250,33'),
      xpath: '/*/cac:LegalMonetaryTotal/cbc:PayableAmount',
    });
    expect(finding.message.fr).toBe(
      "La valeur « 250,33 » de cbc:PayableAmount n'est pas valide ; valeur attendue : un nombre écrit avec un point décimal (ex. 1234.56). Remplacez la virgule par un point : 250.33.",
    );
    expect(finding.message.en).toContain('Use a point instead of the comma: 250.33.');
  });

  it('a quantity that is not a number', async () => {
    const quantity = '<cbc:InvoicedQuantity unitCode="EA">3</cbc:InvoicedQuantity>';
    const xml = replaceOnce(
      ubl,
      quantity,
      '<cbc:InvoicedQuantity unitCode="EA">three</cbc:InvoicedQuantity>',
    );
    const finding = await onlyFinding(xml, 'ubl-invoice');
    expect(finding.location?.line).toBe(lineOf(xml, '>three<'));
    expect(finding.message.en).toBe(
      'Value "three" of cbc:InvoicedQuantity is not valid; expected: a number written with a decimal point (e.g. 1234.56).',
    );
  });

  it('a missing mandatory attribute, and an attribute the schema does not know', async () => {
    const missing = await onlyFinding(
      replaceOnce(ubl, PAYABLE, '<cbc:PayableAmount>250.33</cbc:PayableAmount>'),
      'ubl-invoice',
    );
    expect(missing.rule).toBe('XSD-ATTRIBUTE-MISSING');
    expect(missing.message.fr).toBe(
      "L'attribut obligatoire currencyID manque sur cbc:PayableAmount.",
    );

    const unknown = await onlyFinding(
      replaceOnce(
        ubl,
        PAYABLE,
        '<cbc:PayableAmount currencyID="EUR" rate="1">250.33</cbc:PayableAmount>',
      ),
      'ubl-invoice',
    );
    expect(unknown.rule).toBe('XSD-ATTRIBUTE-UNEXPECTED');
    expect(unknown.message.fr).toBe("L'attribut rate n'est pas permis sur cbc:PayableAmount.");
  });

  it('every fault of a document, each on its own line', async () => {
    const xml = replaceOnce(
      replaceOnce(ubl, PAYABLE, '<cbc:PayableAmount currencyID="EUR">x</cbc:PayableAmount>'),
      ISSUE_DATE,
      '<cbc:IssueDate>09/01/2015</cbc:IssueDate>',
    );
    const findings = findingsOf(await validator.validate(xml, 'ubl-invoice'));
    expect(findings.map((finding) => finding.location?.line)).toEqual([
      lineOf(xml, '09/01/2015'),
      lineOf(xml, '>x</cbc:PayableAmount>'),
    ]);
  });

  it('a credit note checked as an invoice: the root does not match', async () => {
    const creditNote = readFixture('en16931/examples/ubl/ubl-tc434-creditnote1.xml');
    const finding = await onlyFinding(creditNote, 'ubl-invoice');
    expect(finding.rule).toBe('XSD-ROOT');
    expect(finding.message.fr).toContain('CreditNote');
    expect(findingsOf(await validator.validate(creditNote, 'ubl-creditnote'))).toEqual([]);
  });
});

describe('CII documents that break the schema', () => {
  it('a code list attribute with another value than the fixed one', async () => {
    const xml = replaceOnce(
      cii,
      '<ram:TypeCode>380</ram:TypeCode>',
      '<ram:TypeCode listID="99">380</ram:TypeCode>',
    );
    const finding = await onlyFinding(xml, 'cii-d16b');
    expect(finding.rule).toBe('XSD-VALUE-FIXED');
    expect(finding.location?.line).toBe(lineOf(xml, 'listID="99"'));
    expect(finding.message.fr).toBe(
      "La valeur « 99 » de l'attribut listID de ram:TypeCode doit être « 1001 ».",
    );
  });

  it('text where only elements may stand', async () => {
    const xml = replaceOnce(cii, '<rsm:ExchangedDocument>', '<rsm:ExchangedDocument>Facture');
    const finding = await onlyFinding(xml, 'cii-d16b');
    expect(finding.rule).toBe('XSD-CONTENT');
    expect(finding.message.fr).toBe(
      "L'élément rsm:ExchangedDocument ne doit contenir que des éléments, pas de texte.",
    );
  });

  it('a UBL invoice checked as CII', async () => {
    const finding = await onlyFinding(ubl, 'cii-d16b');
    // libxml2 gives an element the line where its start tag ends; this one spans several lines.
    const startTagEnd = lineOf(ubl, 'UBL-Invoice-2.1.xsd">');
    expect(lineOf(ubl, '<Invoice')).toBeLessThan(startTagEnd);
    expect(finding).toMatchObject({ rule: 'XSD-ROOT', location: { line: startTagEnd } });
  });
});

describe('documents that are not XML', () => {
  it('a broken tag is reported with its line, never as valid', async () => {
    const xml = replaceOnce(cii, '</rsm:ExchangedDocument>', '</rsm:ExchangedDocumen>');
    const findings = findingsOf(await validator.validate(xml, 'cii-d16b'));
    expect(findings[0]).toMatchObject({
      rule: 'XSD-NOT-WELL-FORMED',
      severity: 'fatal',
      location: { line: lineOf(xml, '</rsm:ExchangedDocumen>') },
    });
  });

  it.each(['', '  \n', new Uint8Array()])('empty input %#', async (empty) => {
    const findings = findingsOf(await validator.validate(empty, 'cii-d16b'));
    expect(findings).toEqual([
      expect.objectContaining({
        rule: 'XSD-NOT-WELL-FORMED',
        message: expect.objectContaining({ fr: 'Le document est vide.' }),
      }),
    ]);
  });

  it('bytes are read in the encoding the XML declaration names', async () => {
    const latin1 = replaceOnce(ubl, 'encoding="UTF-8"', 'encoding="ISO-8859-1"').replace(
      'Alle leveringen',
      'Livraisons é',
    );
    const bytes = Uint8Array.from(latin1, (char) => char.charCodeAt(0));
    expect(await validator.validate(bytes, 'ubl-invoice')).toMatchObject({
      status: 'ran',
      findings: [],
    });
  });
});
