import { describe, expect, it } from 'vitest';
import { check, parse, ubl } from './support';

const fired = (id: string, body: string, root: 'Invoice' | 'CreditNote' = 'Invoice') =>
  check(id, ubl(body, root));

const names = (id: string, body: string, root: 'Invoice' | 'CreditNote' = 'Invoice') =>
  fired(id, body, root).map((v) => v.node?.name);

describe('UBL-CR-002: UBLVersionID absent or 2.1', () => {
  it('passes without a version, or with 2.1', () => {
    expect(fired('UBL-CR-002', '<cbc:ID>1</cbc:ID>')).toEqual([]);
    expect(fired('UBL-CR-002', '<cbc:UBLVersionID>2.1</cbc:UBLVersionID>')).toEqual([]);
  });

  it('fails on another version, naming it', () => {
    const violations = fired('UBL-CR-002', '<cbc:UBLVersionID>2.0</cbc:UBLVersionID>');
    expect(violations).toHaveLength(1);
    expect(violations[0]?.message?.fr).toContain('« 2.0 »');
    expect(violations[0]?.message?.en).toContain('"2.0"');
  });

  it('compares the value as written, as XPath does (no trimming)', () => {
    expect(fired('UBL-CR-002', '<cbc:UBLVersionID> 2.1</cbc:UBLVersionID>')).toHaveLength(1);
  });

  it('passes when one of several versions is 2.1 (general comparison)', () => {
    const body = '<cbc:UBLVersionID>2.0</cbc:UBLVersionID><cbc:UBLVersionID>2.1</cbc:UBLVersionID>';
    expect(fired('UBL-CR-002', body)).toEqual([]);
  });

  it('looks at the root element only', () => {
    const body = '<cac:InvoiceLine><cbc:UBLVersionID>2.0</cbc:UBLVersionID></cac:InvoiceLine>';
    expect(fired('UBL-CR-002', body)).toEqual([]);
  });
});

describe('UBL-CR-412: PaymentMeans/PaymentDueDate in invoices only', () => {
  const body =
    '<cac:PaymentMeans><cbc:PaymentDueDate>2026-01-01</cbc:PaymentDueDate></cac:PaymentMeans>';
  it('fails in an invoice', () => {
    expect(names('UBL-CR-412', body)).toEqual(['cbc:PaymentDueDate']);
  });
  it('passes in a credit note, and in an invoice without it', () => {
    expect(fired('UBL-CR-412', body, 'CreditNote')).toEqual([]);
    expect(fired('UBL-CR-412', '<cac:PaymentMeans/>')).toEqual([]);
  });
});

const adr = (inner: string) =>
  `<cac:AdditionalDocumentReference>${inner}</cac:AdditionalDocumentReference>`;

describe('UBL-CR-665: ADR ID scheme only on code 130', () => {
  it('passes on an invoiced object (130) with a scheme, and on a reference without scheme', () => {
    const ok = adr(
      '<cbc:ID schemeID="AAA">1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode>',
    );
    expect(fired('UBL-CR-665', ok)).toEqual([]);
    expect(fired('UBL-CR-665', adr('<cbc:ID>1</cbc:ID>'))).toEqual([]);
  });

  it('fails with a scheme and no type code, or another type code', () => {
    expect(names('UBL-CR-665', adr('<cbc:ID schemeID="AAA">1</cbc:ID>'))).toEqual(['schemeID']);
    const other = adr(
      '<cbc:ID schemeID="AAA">1</cbc:ID><cbc:DocumentTypeCode>916</cbc:DocumentTypeCode>',
    );
    expect(names('UBL-CR-665', other)).toEqual(['schemeID']);
  });

  it('fails when one of two type codes is not 130 (`!=` is existential)', () => {
    const both = adr(
      '<cbc:ID schemeID="AAA">1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode><cbc:DocumentTypeCode>916</cbc:DocumentTypeCode>',
    );
    expect(fired('UBL-CR-665', both)).toHaveLength(1);
  });

  it('applies to references at any depth (`//`)', () => {
    const deep = `<cac:InvoiceLine>${adr('<cbc:ID schemeID="A">1</cbc:ID>')}</cac:InvoiceLine>`;
    expect(fired('UBL-CR-665', deep)).toHaveLength(1);
  });
});

describe('UBL-CR-666 and UBL-CR-673: no attachment or description on an invoiced object', () => {
  const object = (extra: string, code = '130') =>
    adr(`<cbc:ID>1</cbc:ID><cbc:DocumentTypeCode>${code}</cbc:DocumentTypeCode>${extra}`);
  it('fail on code 130', () => {
    expect(names('UBL-CR-666', object('<cac:Attachment/>'))).toEqual(['cac:Attachment']);
    expect(
      names('UBL-CR-673', object('<cbc:DocumentDescription>d</cbc:DocumentDescription>')),
    ).toEqual(['cbc:DocumentDescription']);
  });
  it('pass on other references', () => {
    expect(fired('UBL-CR-666', object('<cac:Attachment/>', '916'))).toEqual([]);
    expect(fired('UBL-CR-666', adr('<cbc:ID>1</cbc:ID><cac:Attachment/>'))).toEqual([]);
    expect(
      fired('UBL-CR-673', object('<cbc:DocumentDescription>d</cbc:DocumentDescription>', ' 130')),
    ).toEqual([]);
  });
});

describe('UBL-DT-18: the name attribute on payment means codes only', () => {
  it('passes on cbc:PaymentMeansCode', () => {
    const body =
      '<cac:PaymentMeans><cbc:PaymentMeansCode name="Virement">30</cbc:PaymentMeansCode></cac:PaymentMeans>';
    expect(fired('UBL-DT-18', body)).toEqual([]);
  });
  it('fails on any other element, the root included', () => {
    expect(names('UBL-DT-18', '<cbc:Note name="n">x</cbc:Note>')).toEqual(['name']);
    const onRoot = parse(
      '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" name="r"/>',
    );
    expect(check('UBL-DT-18', onRoot).map((v) => v.node?.name)).toEqual(['name']);
  });
  it('ignores a namespaced name attribute (`@name` is in no namespace)', () => {
    expect(fired('UBL-DT-18', '<cbc:Note xmlns:x="urn:x" x:name="n">x</cbc:Note>')).toEqual([]);
  });
});
