import { describe, expect, it } from 'vitest';
import { check, ubl } from './support';

const values = (id: string, body: string) =>
  check(id, ubl(body)).map((v) => (v.node?.kind === 'element' ? v.node.text : v.node?.name));

describe('UBL-DT-01: amounts with two decimals at most', () => {
  it('passes on 0, 1 or 2 decimals, and on amounts without a dot', () => {
    const body =
      '<cac:LegalMonetaryTotal><cbc:LineExtensionAmount>10</cbc:LineExtensionAmount>' +
      '<cbc:TaxExclusiveAmount>10.5</cbc:TaxExclusiveAmount><cbc:PayableAmount>10.50</cbc:PayableAmount>' +
      '</cac:LegalMonetaryTotal>';
    expect(check('UBL-DT-01', ubl(body))).toEqual([]);
  });

  it('fails on more decimals, with the value in the message', () => {
    const body = '<cac:TaxTotal><cbc:TaxAmount>1.234</cbc:TaxAmount></cac:TaxTotal>';
    const violations = check('UBL-DT-01', ubl(body));
    expect(violations).toHaveLength(1);
    expect(violations[0]?.message?.fr).toContain('« 1.234 »');
    expect(violations[0]?.message?.fr).toContain('3 caractères');
  });

  it('counts the characters after the first dot as written, spaces included', () => {
    expect(values('UBL-DT-01', '<cbc:Amount>1.2 </cbc:Amount>')).toEqual([]);
    expect(values('UBL-DT-01', '<cbc:Amount>1.23 </cbc:Amount>')).toEqual(['1.23 ']);
    expect(values('UBL-DT-01', '<cbc:Amount>1.2.3</cbc:Amount>')).toEqual(['1.2.3']);
  });

  it('counts characters, not UTF-16 units: a surrogate pair after the dot is one', () => {
    expect(values('UBL-DT-01', '<cbc:Amount>1.\u{1D7D9}\u{1D7D9}</cbc:Amount>')).toEqual([]);
    const [violation] = check('UBL-DT-01', ubl('<cbc:Amount>1.5\u{1D7D9}\u{1D7D9}</cbc:Amount>'));
    expect(violation?.message?.fr).toContain('3 caractères');
  });

  it('applies to any element whose name ends with Amount, in any namespace', () => {
    const body = '<x:TotalAmount xmlns:x="urn:x">1.999</x:TotalAmount>';
    expect(values('UBL-DT-01', body)).toEqual(['1.999']);
  });

  it('leaves out prices, and every amount under a price that has an allowance', () => {
    const line = (price: string) =>
      `<cac:InvoiceLine><cbc:LineExtensionAmount>1.00</cbc:LineExtensionAmount><cac:Price>${price}</cac:Price></cac:InvoiceLine>`;
    const discounted = line(
      '<cbc:PriceAmount>1.2345</cbc:PriceAmount><cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator>' +
        '<cbc:Amount>0.0001</cbc:Amount><cbc:BaseAmount>1.2346</cbc:BaseAmount></cac:AllowanceCharge>',
    );
    expect(values('UBL-DT-01', discounted)).toEqual([]);
    // Without an allowance in the price, a BaseAmount there is an ordinary amount.
    const plain = line(
      '<cbc:PriceAmount>1.2345</cbc:PriceAmount><cbc:BaseAmount>1.234</cbc:BaseAmount>',
    );
    expect(values('UBL-DT-01', plain)).toEqual(['1.234']);
  });

  it('still checks line allowances (outside the price)', () => {
    const body =
      '<cac:InvoiceLine><cac:AllowanceCharge><cbc:Amount>1.001</cbc:Amount></cac:AllowanceCharge></cac:InvoiceLine>';
    expect(values('UBL-DT-01', body)).toEqual(['1.001']);
  });
});

describe('UBL-DT-06 and UBL-DT-07: binary objects with mimeCode and filename', () => {
  const attachment = (attributes: string) =>
    `<cac:AdditionalDocumentReference><cbc:ID>1</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject${attributes}>QUJD</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>`;

  it('pass when both attributes are there', () => {
    const body = attachment(' mimeCode="application/pdf" filename="a.pdf"');
    expect(check('UBL-DT-06', ubl(body))).toEqual([]);
    expect(check('UBL-DT-07', ubl(body))).toEqual([]);
  });

  it('fail each on its own missing attribute', () => {
    expect(values('UBL-DT-06', attachment(' filename="a.pdf"'))).toEqual(['QUJD']);
    expect(values('UBL-DT-07', attachment(' filename="a.pdf"'))).toEqual([]);
    expect(values('UBL-DT-07', attachment(' mimeCode="application/pdf"'))).toEqual(['QUJD']);
    expect(values('UBL-DT-06', attachment(' mimeCode="application/pdf"'))).toEqual([]);
  });

  it('apply to any element whose name ends with BinaryObject', () => {
    expect(
      values(
        'UBL-DT-06',
        '<x:OtherBinaryObject xmlns:x="urn:x" filename="f">Z</x:OtherBinaryObject>',
      ),
    ).toEqual(['Z']);
  });
});
