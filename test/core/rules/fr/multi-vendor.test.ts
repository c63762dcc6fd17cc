/**
 * BR-FR-MV-* and BR-FR-BD-*: multi-vendor (S8) and bidirectional (S9) invoices. The base is the
 * FNFE sample F20260023 (CII, and its UBL twin) whose lines are replaced by two sub-invoices, each
 * a GROUP line with one DETAIL line: the main seller's (numbered like the invoice) and a second
 * seller's (a third party in S8, the buyer in S9). Each case changes one thing in it and runs on
 * both syntaxes.
 */
import { describe, expect, it } from 'vitest';
import { FR_RULES } from '../../../../shared/rules/fr';
import { assertIdOf } from '../../../../shared/rules/fr/assert-ids';
import { CII_BASE, edit, frAsserts, UBL_BASE } from './support';

interface Seller {
  readonly name: string | undefined;
  readonly id: string | undefined;
  readonly country: string | undefined;
}

interface SubLine {
  readonly id: string;
  readonly status: string | undefined;
  readonly parent: string | undefined;
  readonly seller: Seller;
  readonly afl: string;
  readonly avv: string | undefined;
  readonly net: string;
  readonly vat: string | undefined;
  readonly gross: string | undefined;
  readonly reason: string | undefined;
  readonly price: string;
  /** References to original invoices (EXT-FR-FE-136/138). */
  readonly originals: readonly { readonly id: string; readonly date: string }[];
}

interface Breakdown {
  readonly reason: string;
  readonly base: string;
  readonly amount: string;
}

interface Variant {
  readonly frame: string;
  readonly type: string;
  readonly lines: readonly SubLine[];
  readonly breakdowns: readonly Breakdown[];
}

const MAIN: Seller = { name: 'LE FOURNISSEUR', id: '123456782', country: 'FR' };
const THIRD: Seller = { name: 'VENDEUR TIERS', id: '552100554', country: 'FR' };
const BUYER: Seller = { name: 'LE CLIENT', id: '987654321', country: 'FR' };

function group(id: string, seller: Seller, afl: string, net: string, vat: string): SubLine {
  const gross = (Number(net) + Number(vat)).toFixed(2);
  return {
    id,
    status: 'GROUP',
    parent: undefined,
    seller,
    afl,
    avv: 'S1',
    net,
    vat,
    gross,
    reason: undefined,
    price: net,
    originals: [],
  };
}

function detail(id: string, parent: string, seller: Seller, afl: string, net: string): SubLine {
  return {
    id,
    status: 'DETAIL',
    parent,
    seller,
    afl,
    avv: undefined,
    net,
    vat: undefined,
    gross: undefined,
    reason: `#${afl}#Prestation`,
    price: net,
    originals: [],
  };
}

const MULTI_VENDOR: Variant = {
  frame: 'S8',
  type: '380',
  lines: [
    group('1', MAIN, 'F20260023', '100.00', '20.00'),
    detail('2', '1', MAIN, 'F20260023', '100.00'),
    group('3', THIRD, 'SUB-0002', '50.00', '10.00'),
    detail('4', '3', THIRD, 'SUB-0002', '50.00'),
  ],
  breakdowns: [
    { reason: '#F20260023#', base: '100.00', amount: '20.00' },
    { reason: '#SUB-0002#', base: '50.00', amount: '10.00' },
  ],
};

const BIDIRECTIONAL: Variant = {
  ...MULTI_VENDOR,
  frame: 'S9',
  type: '389',
  lines: MULTI_VENDOR.lines.map((l) => (l.seller === THIRD ? { ...l, seller: BUYER } : l)),
};

/** The variant with line `index` (0-based) changed. */
function withLine(variant: Variant, index: number, change: Partial<SubLine>): Variant {
  return {
    ...variant,
    lines: variant.lines.map((l, i) => (i === index ? { ...l, ...change } : l)),
  };
}

const optional = (value: string | undefined, xml: (v: string) => string) =>
  value === undefined ? '' : xml(value);

function ciiLine(l: SubLine): string {
  return `<ram:IncludedSupplyChainTradeLineItem>
  <ram:AssociatedDocumentLineDocument><ram:LineID>${l.id}</ram:LineID>${optional(l.parent, (p) => `<ram:ParentLineID>${p}</ram:ParentLineID>`)}${optional(l.status, (s) => `<ram:LineStatusReasonCode>${s}</ram:LineStatusReasonCode>`)}</ram:AssociatedDocumentLineDocument>
  <ram:SpecifiedTradeProduct><ram:Name>PRESTATION ${l.id}</ram:Name></ram:SpecifiedTradeProduct>
  <ram:SpecifiedLineTradeAgreement>
    <ram:ItemSellerTradeParty>${optional(l.seller.name, (n) => `<ram:Name>${n}</ram:Name>`)}${optional(l.seller.id, (i) => `<ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">${i}</ram:ID></ram:SpecifiedLegalOrganization>`)}${optional(l.seller.country, (c) => `<ram:PostalTradeAddress><ram:CountryID>${c}</ram:CountryID></ram:PostalTradeAddress>`)}</ram:ItemSellerTradeParty>
    <ram:NetPriceProductTradePrice><ram:ChargeAmount>${l.price}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
  </ram:SpecifiedLineTradeAgreement>
  <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
  <ram:SpecifiedLineTradeSettlement>
    ${optional(l.reason, (r) => `<ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:ExemptionReason>${r}</ram:ExemptionReason><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>`)}
    ${l.originals.map((o) => `<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>${o.id}</ram:IssuerAssignedID><ram:FormattedIssueDateTime><qdt:DateTimeString format="102">${o.date.replaceAll('-', '')}</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>`).join('')}
    <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${l.net}</ram:LineTotalAmount>${optional(l.vat, (v) => `<ram:TaxTotalAmount currencyID="EUR">${v}</ram:TaxTotalAmount>`)}${optional(l.gross, (g) => `<ram:GrandTotalAmount>${g}</ram:GrandTotalAmount>`)}</ram:SpecifiedTradeSettlementLineMonetarySummation>
    <ram:AdditionalReferencedDocument><ram:IssuerAssignedID>${l.afl}</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>AFL</ram:ReferenceTypeCode></ram:AdditionalReferencedDocument>
    ${optional(l.avv, (a) => `<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>${a}</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>AVV</ram:ReferenceTypeCode></ram:AdditionalReferencedDocument>`)}
  </ram:SpecifiedLineTradeSettlement>
</ram:IncludedSupplyChainTradeLineItem>`;
}

function cii(variant: Variant): string {
  const taxes = variant.breakdowns
    .map(
      (b) =>
        `<ram:ApplicableTradeTax><ram:CalculatedAmount>${b.amount}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:ExemptionReason>${b.reason}</ram:ExemptionReason><ram:BasisAmount>${b.base}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>20.00</ram:RateApplicablePercent></ram:ApplicableTradeTax>`,
    )
    .join('');
  return edit(
    CII_BASE,
    ['<ram:ID>S1</ram:ID>', `<ram:ID>${variant.frame}</ram:ID>`],
    ['<ram:TypeCode>380</ram:TypeCode>', `<ram:TypeCode>${variant.type}</ram:TypeCode>`],
    [
      /<ram:IncludedSupplyChainTradeLineItem>[\s\S]*<\/ram:IncludedSupplyChainTradeLineItem>/,
      variant.lines.map(ciiLine).join('\n'),
    ],
    [
      /<\/ram:SpecifiedTradeSettlementPaymentMeans>[\s\S]*?<ram:BillingSpecifiedPeriod>/,
      `</ram:SpecifiedTradeSettlementPaymentMeans>${taxes}<ram:BillingSpecifiedPeriod>`,
    ],
  );
}

function ublLine(l: SubLine): string {
  const self = optional(
    l.status,
    (s) =>
      `<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F20260023</cbc:ID><cbc:DocumentStatusCode>${s}</cbc:DocumentStatusCode></cac:InvoiceDocumentReference>${optional(l.parent, (p) => `<cac:BillingReferenceLine><cbc:ID>${p}</cbc:ID></cac:BillingReferenceLine>`)}</cac:BillingReference>`,
  );
  return `<cac:InvoiceLine>
  <cbc:ID>${l.id}</cbc:ID>
  <cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity>
  <cbc:LineExtensionAmount currencyID="EUR">${l.net}</cbc:LineExtensionAmount>
  ${optional(l.gross, (g) => `<cbc:TaxInclusiveLineExtensionAmount currencyID="EUR">${g}</cbc:TaxInclusiveLineExtensionAmount>`)}
  ${self}
  ${l.originals.map((o) => `<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>${o.id}</cbc:ID><cbc:IssueDate>${o.date}</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference>`).join('')}
  <cac:DocumentReference><cbc:ID schemeID="AFL">${l.afl}</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference>
  ${optional(l.avv, (a) => `<cac:DocumentReference><cbc:ID schemeID="AVV">${a}</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode></cac:DocumentReference>`)}
  ${optional(l.vat, (v) => `<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">${v}</cbc:TaxAmount></cac:TaxTotal>`)}
  <cac:Item>
    <cbc:Name>PRESTATION ${l.id}</cbc:Name>
    <cac:ManufacturerParty>${optional(l.seller.country, (c) => `<cac:PostalAddress><cac:Country><cbc:IdentificationCode>${c}</cbc:IdentificationCode></cac:Country></cac:PostalAddress>`)}<cac:PartyLegalEntity>${optional(l.seller.name, (n) => `<cbc:RegistrationName>${n}</cbc:RegistrationName>`)}${optional(l.seller.id, (i) => `<cbc:CompanyID schemeID="0002">${i}</cbc:CompanyID>`)}</cac:PartyLegalEntity></cac:ManufacturerParty>
    ${optional(l.reason, (r) => `<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20.00</cbc:Percent><cbc:TaxExemptionReason>${r}</cbc:TaxExemptionReason><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>`)}
  </cac:Item>
  <cac:Price><cbc:PriceAmount currencyID="EUR">${l.price}</cbc:PriceAmount></cac:Price>
</cac:InvoiceLine>`;
}

function ubl(variant: Variant): string {
  const subtotals = variant.breakdowns
    .map(
      (b) =>
        `<cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">${b.base}</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">${b.amount}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20.00</cbc:Percent><cbc:TaxExemptionReason>${b.reason}</cbc:TaxExemptionReason><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>`,
    )
    .join('');
  return edit(
    UBL_BASE,
    ['<cbc:ProfileID>S1</cbc:ProfileID>', `<cbc:ProfileID>${variant.frame}</cbc:ProfileID>`],
    [
      '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>',
      `<cbc:InvoiceTypeCode>${variant.type}</cbc:InvoiceTypeCode>`,
    ],
    [/<cac:InvoiceLine>[\s\S]*<\/cac:InvoiceLine>/, variant.lines.map(ublLine).join('\n')],
    [
      /<cac:TaxTotal>[\s\S]*?<\/cac:TaxTotal>/,
      `<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">30.00</cbc:TaxAmount>${subtotals}</cac:TaxTotal>`,
    ],
  );
}

interface Case {
  readonly name: string;
  readonly variant: Variant;
  /** `family check`, with the CII check id; the UBL id is looked up. */
  readonly expect: readonly string[];
}

const MV = MULTI_VENDOR;
const BD = BIDIRECTIONAL;
const ORIGINAL = [{ id: 'F20250010', date: '2025-12-15' }];

const CASES: readonly Case[] = [
  {
    name: 'S8: a DETAIL line without sub-type',
    variant: withLine(MV, 3, { status: undefined }),
    expect: ['BR-FR-MV-01 BR-FR-MV-01_EXT-FR-FE-163', 'BR-FR-MV-05 BR-FR-MV-05_EXT-FR-FE-BG-12'],
  },
  {
    name: 'S8: no GROUP line',
    variant: withLine(withLine(MV, 0, { status: 'INFORMATION' }), 2, { status: 'INFORMATION' }),
    expect: ['BR-FR-MV-02 BR-FR-MV-02_EXT-FR-FE-163'],
  },
  {
    name: 'S8: sub-invoice without seller name',
    variant: withLine(MV, 2, { seller: { ...THIRD, name: undefined } }),
    expect: ['BR-FR-MV-03 BR-FR-MV-03_EXT-FR-FE-164'],
  },
  {
    name: 'S8: sub-invoice without seller country',
    variant: withLine(MV, 0, { seller: { ...MAIN, country: undefined } }),
    expect: ['BR-FR-MV-03 BR-FR-MV-03_EXT-FR-FE-177'],
  },
  {
    name: 'S8: sub-invoice without VAT total',
    variant: withLine(MV, 2, { vat: undefined }),
    expect: [
      'BR-FR-MV-03 BR-FR-MV-03_EXT-FR-FE-181',
      'BR-FR-MV-09 BR-FR-MV-09_EXT-FR-FE-181',
      'BR-FR-MV-10 BR-FR-MV-10_EXT-FR-FE-184',
    ],
  },
  {
    name: 'S8: sub-invoice framed S8',
    variant: withLine(MV, 0, { avv: 'S8' }),
    expect: ['BR-FR-MV-03 BR-FR-MV-03_BT-128_AVV'],
  },
  {
    name: 'S8: sub-invoice net amount not the sum of its lines',
    variant: withLine(MV, 1, { net: '99.00', price: '99.00' }),
    expect: ['BR-FR-MV-05 BR-FR-MV-05_EXT-FR-FE-BG-12'],
  },
  {
    name: 'S8: DETAIL line of another seller than its GROUP',
    variant: withLine(MV, 1, { seller: THIRD }),
    expect: ['BR-FR-MV-06 BR-FR-MV-06_EXT-FR-FE-167'],
  },
  {
    name: 'S8: DETAIL line of another sub-invoice number',
    variant: withLine(MV, 3, { afl: 'SUB-0003', reason: '#SUB-0003#Prestation' }),
    expect: ['BR-FR-MV-07 BR-FR-MV-07_BT-128'],
  },
  {
    name: 'S8: DETAIL line whose exemption reason is not tagged',
    variant: withLine(MV, 1, { reason: 'EXONERATION' }),
    expect: ['BR-FR-MV-08 BR-FR-MV-08_BT-128'],
  },
  {
    name: 'S8: sub-invoice VAT not the tagged breakdowns',
    variant: {
      ...MV,
      breakdowns: [
        MV.breakdowns[0] as Breakdown,
        { reason: '#SUB-0002#', base: '50.00', amount: '9.00' },
      ],
    },
    expect: ['BR-FR-MV-09 BR-FR-MV-09_EXT-FR-FE-181'],
  },
  {
    name: 'S8: sub-invoice total with VAT off by 1',
    variant: withLine(MV, 0, { gross: '121.00' }),
    expect: ['BR-FR-MV-10 BR-FR-MV-10_EXT-FR-FE-184'],
  },
  {
    name: 'S8: no sub-invoice numbered like the invoice',
    variant: {
      ...withLine(withLine(MV, 0, { afl: 'SUB-0001' }), 1, {
        afl: 'SUB-0001',
        reason: '#SUB-0001#Prestation',
      }),
      breakdowns: [
        { reason: '#SUB-0001#', base: '100.00', amount: '20.00' },
        MV.breakdowns[1] as Breakdown,
      ],
    },
    expect: ['BR-FR-MV-11 BR-FR-MV-11_BT-128'],
  },
  {
    name: 'S8: two sub-invoices numbered alike',
    variant: withLine(withLine(MV, 2, { afl: 'F20260023' }), 3, {
      afl: 'F20260023',
      reason: '#F20260023#Prestation',
    }),
    expect: ['BR-FR-MV-09 BR-FR-MV-09_EXT-FR-FE-181', 'BR-FR-MV-12 BR-FR-MV-12_BT-128'],
  },
  {
    name: 'S8: self-billed',
    variant: { ...MV, type: '389' },
    expect: ['BR-FR-MV-13 BR-FR-MV-13_BT-3'],
  },
  {
    name: 'S8: credit note whose sub-invoices cite no original',
    variant: { ...MV, type: '381' },
    expect: [
      'BR-FR-MV-14 BR-FR-MV-14-EXT-FR-FE-136',
      'BR-FR-MV-14 BR-FR-MV-14-EXT-FR-FE-136',
      'BR-FR-MV-14 BR-FR-MV-14-EXT-FR-FE-138',
      'BR-FR-MV-14 BR-FR-MV-14-EXT-FR-FE-138',
    ],
  },
  {
    name: 'S8: negative unit price',
    variant: withLine(MV, 1, { price: '-5.00' }),
    expect: ['BR-FR-DEC-03 BR-FR-DEC-03_BT-146'],
  },
  {
    name: 'S9: both sub-invoices of the seller',
    variant: withLine(withLine(BD, 2, { seller: MAIN }), 3, { seller: MAIN }),
    expect: ['BR-FR-BD-02 BR-FR-BD-02_BT-31', 'BR-FR-BD-02 BR-FR-BD-02_BT-47'],
  },
  {
    name: 'S9: three sub-invoices',
    variant: { ...BD, lines: [...BD.lines, group('5', BUYER, 'SUB-0005', '0.00', '0.00')] },
    expect: ['BR-FR-BD-02 BR-FR-BD-02_EXT-FR-FE-163', 'BR-FR-BD-02 BR-FR-BD-02_BT-47'],
  },
  {
    name: 'S9: not self-billed',
    variant: { ...BD, type: '380' },
    expect: ['BR-FR-BD-13 BR-FR-BD-13_BT-3'],
  },
  {
    name: 'S9: self-billed credit note whose sub-invoices cite no original',
    variant: { ...BD, type: '261' },
    expect: [
      'BR-FR-BD-14 BR-FR-BD-14-EXT-FR-FE-136',
      'BR-FR-BD-14 BR-FR-BD-14-EXT-FR-FE-136',
      'BR-FR-BD-14 BR-FR-BD-14-EXT-FR-FE-138',
      'BR-FR-BD-14 BR-FR-BD-14-EXT-FR-FE-138',
    ],
  },
];

const PASSING: readonly { readonly name: string; readonly variant: Variant }[] = [
  { name: 'S8 base', variant: MV },
  { name: 'S9 base', variant: BD },
  { name: 'S9: negative unit price', variant: withLine(BD, 1, { price: '-5.00' }) },
  {
    name: 'S8 credit note citing originals on its sub-invoices',
    variant: {
      ...withLine(withLine(MV, 0, { originals: ORIGINAL }), 2, { originals: ORIGINAL }),
      type: '381',
    },
  },
  {
    name: 'S9 credit note citing originals on its sub-invoices',
    variant: {
      ...withLine(withLine(BD, 0, { originals: ORIGINAL }), 2, { originals: ORIGINAL }),
      type: '261',
    },
  },
  {
    name: 'S1 (not a special frame) with lines missing everything the frames need',
    variant: { ...withLine(MV, 3, { status: undefined, afl: 'X' }), frame: 'S1' },
  },
];

function expected(syntax: 'cii' | 'ubl', list: readonly string[]): string[] {
  return list
    .map((entry) => {
      const [family, check] = entry.split(' ') as [string, string];
      return `${family} ${assertIdOf(check, syntax)}`;
    })
    .sort();
}

describe.each([
  ['cii', cii],
  ['ubl', ubl],
] as const)('BR-FR-MV and BD on %s', (syntax, render) => {
  it.each(PASSING)('passes: $name', async ({ variant }) => {
    expect(await frAsserts(render(variant))).toEqual([]);
  });

  it.each(CASES)('fails: $name', async ({ variant, expect: list }) => {
    expect(await frAsserts(render(variant))).toEqual(expected(syntax, list));
  });
});

describe('BR-FR-MV-03 sub-invoice frame (AVV)', () => {
  const noFrame = withLine(MV, 0, { avv: undefined });
  it('is checked where present in CII, as the CII file does', async () => {
    expect(await frAsserts(cii(noFrame))).toEqual([]);
  });
  it('is required in UBL, as the UBL file does', async () => {
    expect(await frAsserts(ubl(noFrame))).toEqual(['BR-FR-MV-03 BR-FR-MV-03_BT-128_AVV']);
  });
});

it('has a failing case for every multi-vendor and bidirectional family', () => {
  const covered = new Set(CASES.flatMap((c) => c.expect.map((e) => e.split(' ')[0])));
  const families = FR_RULES.map((r) => r.id).filter((id) => /^BR-FR-(MV|BD)-/.test(id));
  expect(families.filter((id) => !covered.has(id))).toEqual([]);
});
