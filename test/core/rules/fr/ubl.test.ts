/**
 * Every BR-FR family on UBL: the UBL twin of the FNFE sample F20260023
 * (test/fixtures/facturx-fr/F20260023-UBL.xml) passes them all; each case changes one thing. The
 * UBL-specific readings are covered here: `#CODE#` notes, trimmed comparisons, skipped empty
 * prices, and the places where we follow the CII file's intent instead of a bug of the UBL file
 * (docs/rules/br-fr.md, « Implementation »).
 */
import { describe, expect, it } from 'vitest';
import { FR_RULES } from '../../../../shared/rules/fr';
import { type BrokenCase, type Edit, edit, frAsserts, type PassingCase, UBL_BASE } from './support';

const BAR_NOTE = '<cbc:Note>#BAR#B2B</cbc:Note>';
const NO_BAR: Edit = [BAR_NOTE, ''];
const SELLER_ENDPOINT = '<cbc:EndpointID schemeID="0225">123456782_FACTURES</cbc:EndpointID>';
const BUYER_ENDPOINT = '<cbc:EndpointID schemeID="0225">987654321</cbc:EndpointID>';
const SELLER_SIRET = '<cbc:ID schemeID="0009">12345678200077</cbc:ID>';
const SELLER_SIREN = '<cbc:CompanyID schemeID="0002">123456782</cbc:CompanyID>';
const BUYER_SIREN = '<cbc:CompanyID schemeID="0002">987654321</cbc:CompanyID>';
const BUYER_PRIVATE_ID = '<cbc:ID schemeID="0224">CDROUT1</cbc:ID>';
const PAYEE_SIREN = '<cbc:CompanyID schemeID="0002">303656847</cbc:CompanyID>';
const DELIVERY_SIRET =
  '<cbc:ID schemeID="0009">98765432100029</cbc:ID>\n    </cac:DeliveryLocation>';
const TYPE_380 = '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>';
const FIRST_LINE_ID = '<cbc:ID>1</cbc:ID>';
const FIRST_ITEM_PROPERTY = /<cbc:Name>CATEGORIE<\/cbc:Name>\s*<cbc:Value>JOUR 8H-20H<\/cbc:Value>/;
const S_SUBTOTAL_RATE =
  /(<cbc:TaxableAmount currencyID="EUR">45\.00<\/cbc:TaxableAmount>[\s\S]*?<cbc:Percent>)20\.00/;
const FIRST_CHARGE_RATE =
  /(<cbc:AllowanceChargeReason>REMISE COMMERCIALE[\s\S]*?<cbc:Percent>)20\.00/;

const type = (code: string): Edit => [
  TYPE_380,
  `<cbc:InvoiceTypeCode>${code}</cbc:InvoiceTypeCode>`,
];
const profile = (code: string): Edit => [
  '<cbc:ProfileID>S1</cbc:ProfileID>',
  `<cbc:ProfileID>${code}</cbc:ProfileID>`,
];
const note = (text: string): Edit => [BAR_NOTE, `${BAR_NOTE}<cbc:Note>${text}</cbc:Note>`];
const documentReference = (content: string): Edit => [
  '<cac:AccountingSupplierParty>',
  `<cac:AdditionalDocumentReference>${content}</cac:AdditionalDocumentReference><cac:AccountingSupplierParty>`,
];
const lineInsert = (content: string): Edit => [FIRST_LINE_ID, `${FIRST_LINE_ID}${content}`];
const x = (length: number) => 'X'.repeat(length);

const BROKEN: readonly BrokenCase[] = [
  {
    name: 'BT-1 of 36 characters (reported once, not twice as in the UBL file)',
    edits: [['<cbc:ID>F20260023</cbc:ID>', `<cbc:ID>F${x(35)}</cbc:ID>`]],
    expect: ['BR-FR-01 BR-FR-01_BT-1-1'],
  },
  {
    name: 'BT-1 with a space',
    edits: [['<cbc:ID>F20260023</cbc:ID>', '<cbc:ID>F2026 0023</cbc:ID>']],
    expect: ['BR-FR-02 BR-FR-02_BT-1'],
  },
  {
    name: 'line reference to another invoice with a space (EXT-FR-FE-136)',
    edits: [
      lineInsert(
        '<cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F2025 0001</cbc:ID><cbc:IssueDate>2025-12-01</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference>',
      ),
    ],
    expect: ['BR-FR-02 BR-FR-02_EXT-FR-FE-136'],
  },
  {
    name: 'period end 30 February',
    edits: [['<cbc:EndDate>2026-12-31</cbc:EndDate>', '<cbc:EndDate>2026-02-30</cbc:EndDate>']],
    expect: ['BR-FR-03 BR-FR-03_BT-74'],
  },
  {
    name: 'date with a time (the whole value is read in UBL)',
    edits: [
      ['<cbc:EndDate>2026-12-31</cbc:EndDate>', '<cbc:EndDate>2026-12-31T00:00</cbc:EndDate>'],
    ],
    expect: ['BR-FR-03 BR-FR-03_BT-74'],
  },
  {
    name: 'line period start in 1999',
    edits: [
      [
        '<cbc:StartDate>2026-01-01</cbc:StartDate>\n      <cbc:EndDate>2026-01-31',
        '<cbc:StartDate>1999-01-01</cbc:StartDate>\n      <cbc:EndDate>2026-01-31',
      ],
    ],
    expect: ['BR-FR-03 BR-FR-03_BT-134'],
  },
  { name: 'BT-3 751', edits: [type('751')], expect: ['BR-FR-04 BR-FR-04_BT-3'] },
  { name: 'no #PMT# note', edits: [['#PMT#', '#PMX#']], expect: ['BR-FR-05 BR-FR-05_BT-22-1'] },
  {
    name: '#PMD# twice in the notes',
    edits: [note('#PMD#Pénalités : trois fois le taux légal.')],
    expect: ['BR-FR-06 BR-FR-06_BT-21-2'],
  },
  {
    name: 'no ProfileID',
    edits: [['<cbc:ProfileID>S1</cbc:ProfileID>', '']],
    expect: ['BR-FR-08 BR-FR-08_BT-23'],
  },
  {
    name: 'seller SIRET of another SIREN',
    edits: [[SELLER_SIRET, '<cbc:ID schemeID="0009">12345678300077</cbc:ID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-29'],
  },
  {
    name: 'delivery location SIRET of 13 digits',
    edits: [
      [
        DELIVERY_SIRET,
        '<cbc:ID schemeID="0009">9876543210002</cbc:ID>\n    </cac:DeliveryLocation>',
      ],
    ],
    expect: ['BR-FR-09 BR-FR-09_BT-71'],
  },
  {
    name: 'line delivery SIRET of 4 digits (the UBL file never reaches it)',
    edits: [
      lineInsert(
        '<cac:Delivery><cac:DeliveryLocation><cbc:ID schemeID="0009">1234</cbc:ID></cac:DeliveryLocation></cac:Delivery>',
      ),
    ],
    expect: ['BR-FR-09 BR-FR-09_EXT-FR-FE-146'],
  },
  {
    name: 'seller SIRET declared as SIREN',
    edits: [[SELLER_SIREN, '<cbc:CompanyID schemeID="0002">12345678200077</cbc:CompanyID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-29', 'BR-FR-10 BR-FR-10_BT-30', 'BR-FR-32 BR-FR-32-LEGALID'],
  },
  {
    name: 'B2B buyer without a 0002 SIREN',
    edits: [[BUYER_SIREN, '<cbc:CompanyID schemeID="0009">987654321</cbc:CompanyID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-46', 'BR-FR-11 BR-FR-11_BT-47'],
  },
  {
    name: 'blank buyer address (UBL tests normalize-space)',
    edits: [NO_BAR, [BUYER_ENDPOINT, '<cbc:EndpointID schemeID="EM"> </cbc:EndpointID>']],
    expect: ['BR-FR-12 BR-FR-12_BT-49'],
  },
  {
    name: 'B2B buyer SIREN padded with spaces: trimmed by BR-FR-11 in UBL, raw for -09 and -21',
    edits: [[BUYER_SIREN, '<cbc:CompanyID schemeID="0002"> 987654321 </cbc:CompanyID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-46', 'BR-FR-21 BR-FR-21_BT-49'],
  },
  {
    name: 'no seller address',
    edits: [[SELLER_ENDPOINT, '']],
    expect: ['BR-FR-13 BR-FR-13_BT-34'],
  },
  {
    name: 'BAR treatment B2G',
    edits: [['#BAR#B2B', '#BAR#B2G']],
    expect: ['BR-FR-20 BR-FR-20_BT-21'],
  },
  {
    name: 'B2B buyer address with scheme EM',
    edits: [[BUYER_ENDPOINT, '<cbc:EndpointID schemeID="EM">me@buyer.com</cbc:EndpointID>']],
    expect: ['BR-FR-21 BR-FR-21_BT-49'],
  },
  {
    name: 'B2B self-billing, seller address of another SIREN',
    edits: [
      type('389'),
      [SELLER_ENDPOINT, '<cbc:EndpointID schemeID="0225">999999999</cbc:EndpointID>'],
    ],
    expect: ['BR-FR-22 BR-FR-22_BT-34'],
  },
  {
    name: '0225 seller address with a space',
    edits: [
      [SELLER_ENDPOINT, '<cbc:EndpointID schemeID="0225">123456782 FACTURES</cbc:EndpointID>'],
    ],
    expect: ['BR-FR-23 BR-FR-23_BT-34'],
  },
  {
    name: '0224 buyer id with a space',
    edits: [[BUYER_PRIVATE_ID, '<cbc:ID schemeID="0224">CD ROUT1</cbc:ID>']],
    expect: ['BR-FR-24 BR-FR-24_BT-46'],
  },
  {
    name: 'payee address of 126 characters',
    edits: [
      [
        '<cac:PayeeParty>',
        `<cac:PayeeParty><cbc:EndpointID schemeID="EM">${x(126)}</cbc:EndpointID>`,
      ],
    ],
    expect: ['BR-FR-25 BR-FR-25_EXT-FR-FE-29'],
  },
  {
    name: '0224 buyer id of 101 characters',
    edits: [[BUYER_PRIVATE_ID, `<cbc:ID schemeID="0224">${x(101)}</cbc:ID>`]],
    expect: ['BR-FR-26 BR-FR-26_BT-46'],
  },
  {
    name: 'item property with a blank name (the UBL file never reaches it)',
    edits: [['<cbc:Name>CATEGORIE</cbc:Name>', '<cbc:Name>  </cbc:Name>']],
    expect: ['BR-FR-27 BR-FR-27_BT-160'],
  },
  {
    name: 'item property with value and quantity',
    edits: [
      [
        FIRST_ITEM_PROPERTY,
        '<cbc:Name>POIDS</cbc:Name><cbc:Value>2</cbc:Value><cbc:ValueQuantity unitCode="KGM">2</cbc:ValueQuantity>',
      ],
    ],
    expect: ['BR-FR-28 BR-FR-28-Value'],
  },
  {
    name: 'two AFL document references (counted across references)',
    edits: [
      documentReference('<cbc:ID schemeID="AFL">A</cbc:ID>'),
      documentReference('<cbc:ID schemeID="AFL">B</cbc:ID>'),
    ],
    expect: ['BR-FR-29 BR-FR-29_BT-18'],
  },
  {
    name: 'blank AVV document reference',
    edits: [documentReference('<cbc:ID schemeID="AVV"> </cbc:ID>')],
    expect: ['BR-FR-29 BR-FR-29_AVV'],
  },
  {
    name: 'two AFL references on a line',
    edits: [
      lineInsert(
        '<cac:DocumentReference><cbc:ID schemeID="AFL">A</cbc:ID></cac:DocumentReference><cac:DocumentReference><cbc:ID schemeID="AFL">B</cbc:ID></cac:DocumentReference>',
      ),
    ],
    expect: ['BR-FR-30 BR-FR-30_BT-128'],
  },
  { name: 'two BAR treatments', edits: [note('#BAR#B2C')], expect: ['BR-FR-31 BR-FR-30_BT-21'] },
  {
    name: 'payee SIREN with spaces',
    edits: [[PAYEE_SIREN, '<cbc:CompanyID schemeID="0002">303 656 847</cbc:CompanyID>']],
    expect: ['BR-FR-32 BR-FR-32-LEGALID'],
  },
  {
    name: '0231 seller id of 8 digits',
    edits: [
      [
        SELLER_SIRET,
        `${SELLER_SIRET}</cac:PartyIdentification><cac:PartyIdentification><cbc:ID schemeID="0231">12345678</cbc:ID>`,
      ],
    ],
    expect: [
      'BR-FR-32 BR-FR-32-ID',
      'BR-FR-CO-14 BR-FR-CO-14_BT-29-1',
      'BR-FR-CO-15 BR-FR-CO-15_BT-29-1',
    ],
  },
  {
    name: 'single VAT group member with TXD note, no representative',
    edits: [
      [
        SELLER_SIRET,
        `${SELLER_SIRET}</cac:PartyIdentification><cac:PartyIdentification><cbc:ID schemeID="0231">123456782</cbc:ID>`,
      ],
      note('#TXD#MEMBRE_ASSUJETTI_UNIQUE'),
    ],
    expect: ['BR-FR-CO-15 BR-FR-CO-15_BT-29-1'],
  },
  {
    name: 'seller identification without scheme',
    edits: [
      [
        SELLER_SIRET,
        `${SELLER_SIRET}</cac:PartyIdentification><cac:PartyIdentification><cbc:ID>123</cbc:ID>`,
      ],
    ],
    expect: ['BR-FR-CO-10 BR-FR-CO-10_BT-29-1'],
  },
  {
    name: 'two 0009 ids for the delivery location',
    edits: [
      [
        DELIVERY_SIRET,
        '<cbc:ID schemeID="0009">98765432100029</cbc:ID><cbc:ID schemeID="0009">98765432100037</cbc:ID>\n    </cac:DeliveryLocation>',
      ],
    ],
    expect: ['BR-FR-CO-10 BR-FR-CO-10_BT-71-2'],
  },
  {
    name: 'line category L',
    edits: [
      [
        '<cbc:ID>E</cbc:ID>\n        <cbc:Percent>0.00</cbc:Percent>\n        <cac:TaxScheme>',
        '<cbc:ID>L</cbc:ID>\n        <cbc:Percent>0.00</cbc:Percent>\n        <cac:TaxScheme>',
      ],
    ],
    expect: ['BR-FR-15 BR-FR-08_BT-151-2', 'BR-FR-15 BR-FR-15_BT-151-1'],
  },
  {
    name: 'line rate 19.5',
    edits: [[/(<cbc:Name>FOURNITURES PAPIER<\/cbc:Name>[\s\S]*?<cbc:Percent>)20\.00/, '$119.5']],
    expect: ['BR-FR-16 BR-FR-16_BT-152'],
  },
  {
    name: 'allowance rate 21',
    edits: [[FIRST_CHARGE_RATE, '$121']],
    expect: ['BR-FR-16 BR-FR-16_BT-96'],
  },
  {
    name: 'attachment description padded with spaces (not trimmed in UBL)',
    edits: [
      ['<cbc:DocumentDescription>DOCUMENT_ANNEXE', '<cbc:DocumentDescription> DOCUMENT_ANNEXE '],
    ],
    expect: ['BR-FR-17 BR-FR-17_BT-123'],
  },
  {
    name: 'two readable copies',
    edits: [
      documentReference(
        '<cbc:ID>A</cbc:ID><cbc:DocumentDescription>LISIBLE</cbc:DocumentDescription>',
      ),
      documentReference(
        '<cbc:ID>B</cbc:ID><cbc:DocumentDescription>LISIBLE</cbc:DocumentDescription>',
      ),
    ],
    expect: ['BR-FR-18 BR-FR-18_BT-123'],
  },
  {
    name: 'global rebate (262) without contract, on an Invoice root',
    edits: [
      type('262'),
      [/<cac:ContractDocumentReference>[\s\S]*?<\/cac:ContractDocumentReference>/, ''],
    ],
    expect: ['BR-FR-CO-03 BR-FR-CO-03_BT-3'],
  },
  {
    name: 'corrective invoice citing two invoices',
    edits: [
      type('384'),
      [
        '</cac:BillingReference>',
        '</cac:BillingReference><cac:BillingReference><cac:InvoiceDocumentReference><cbc:ID>F20260004</cbc:ID></cac:InvoiceDocumentReference></cac:BillingReference>',
      ],
    ],
    expect: ['BR-FR-CO-04 BR-FR-CO-04_BT-3'],
  },
  {
    name: 'credit note type citing an undated invoice',
    edits: [type('381'), ['<cbc:IssueDate>2026-01-01</cbc:IssueDate>', '']],
    expect: ['BR-FR-CO-05 BR-FR-CO-05_BT-3'],
  },
  {
    name: 'due date before the issue date',
    edits: [['<cbc:DueDate>2026-03-02', '<cbc:DueDate>2026-01-30']],
    expect: ['BR-FR-CO-07 BR-FR-CO-07_BT-9'],
  },
  {
    name: 'S4 prepayment invoice',
    edits: [profile('S4'), type('386')],
    expect: ['BR-FR-CO-08 BR-FR-CO-08_BT-23'],
  },
  {
    name: 'S2 with nothing paid',
    edits: [profile('S2')],
    expect: ['BR-FR-CO-09 BR-FR-CO-09_BT-23-1', 'BR-FR-CO-09 BR-FR-CO-09_BT-23-2'],
  },
  {
    name: 'invoice in CHF',
    edits: [['<cbc:DocumentCurrencyCode>EUR', '<cbc:DocumentCurrencyCode>CHF']],
    expect: ['BR-FR-CO-12 BR-FR-CO-12_BT-5'],
  },
  {
    name: 'amount due with 3 decimals',
    edits: [
      ['<cbc:PayableAmount currencyID="EUR">114.00', '<cbc:PayableAmount currencyID="EUR">114.000'],
    ],
    expect: ['BR-FR-DEC-01 BR-FR-DEC-01_BT-115'],
  },
  {
    name: 'quantity in exponent notation',
    edits: [
      ['<cbc:InvoicedQuantity unitCode="C62">4.0000', '<cbc:InvoicedQuantity unitCode="C62">4E0'],
    ],
    expect: ['BR-FR-DEC-02 BR-FR-DEC-02_BT-129'],
  },
  {
    name: 'negative net price',
    edits: [['<cbc:PriceAmount currencyID="EUR">11.0000', '<cbc:PriceAmount currencyID="EUR">-11']],
    expect: ['BR-FR-DEC-03 BR-FR-DEC-03_BT-146'],
  },
  {
    name: 'VAT breakdown rate 20.000',
    edits: [[S_SUBTOTAL_RATE, '$120.000']],
    expect: ['BR-FR-16 BR-FR-16_BT-119', 'BR-FR-DEC-04 BR-FR-DEC-04_BT-119'],
  },
];

const PASSING: readonly PassingCase[] = [
  {
    name: 'line object reference (BT-128) with a space: not an invoice number',
    edits: [
      ['<cbc:ID schemeID="AOP">EQUIPE_A</cbc:ID>', '<cbc:ID schemeID="AOP">EQUIPE A</cbc:ID>'],
    ],
  },
  {
    name: 'B2CINT treatment (missing from the UBL file’s list)',
    edits: [['#BAR#B2B', '#BAR#B2CINT']],
  },
  { name: 'empty BAR treatment', edits: [['#BAR#B2B', '#BAR##']] },
  {
    name: 'self-billing B2C with an e-mail seller address (BR-FR-22 needs B2B)',
    edits: [
      ['#BAR#B2B', '#BAR#B2C'],
      type('389'),
      [SELLER_ENDPOINT, '<cbc:EndpointID schemeID="EM">moi@seller.com</cbc:EndpointID>'],
    ],
  },
  {
    name: 'B2B buyer address starting with the SIREN',
    edits: [[BUYER_ENDPOINT, '<cbc:EndpointID schemeID="0225">987654321-COMPTA</cbc:EndpointID>']],
  },
  {
    name: 'VAT subtotal without category (UBL: absent passes)',
    edits: [
      [
        '<cbc:ID>S</cbc:ID>\n        <cbc:Percent>20.00</cbc:Percent>\n        <cac:TaxScheme>\n          <cbc:ID>VAT</cbc:ID>\n        </cac:TaxScheme>\n      </cac:TaxCategory>\n    </cac:TaxSubtotal>',
        '<cbc:Percent>20.00</cbc:Percent>\n        <cac:TaxScheme>\n          <cbc:ID>VAT</cbc:ID>\n        </cac:TaxScheme>\n      </cac:TaxCategory>\n    </cac:TaxSubtotal>',
      ],
    ],
  },
  {
    name: 'empty price amount (UBL skips it)',
    edits: [
      [
        '<cbc:PriceAmount currencyID="EUR">11.0000</cbc:PriceAmount>',
        '<cbc:PriceAmount currencyID="EUR"> </cbc:PriceAmount>',
      ],
    ],
  },
  {
    name: 'single VAT group member with TXD note and representative',
    edits: [
      [
        SELLER_SIRET,
        `${SELLER_SIRET}</cac:PartyIdentification><cac:PartyIdentification><cbc:ID schemeID="0231">123456782</cbc:ID>`,
      ],
      note('#TXD#MEMBRE_ASSUJETTI_UNIQUE'),
      [
        '<cac:Delivery>',
        '<cac:TaxRepresentativeParty><cac:PartyName><cbc:Name>GROUPE TVA</cbc:Name></cac:PartyName><cac:PartyTaxScheme><cbc:CompanyID>FR05987654321</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme></cac:TaxRepresentativeParty><cac:Delivery>',
      ],
    ],
  },
  {
    name: 'already paid invoice',
    edits: [
      profile('S2'),
      ['<cbc:PrepaidAmount currencyID="EUR">0.00', '<cbc:PrepaidAmount currencyID="EUR">114.00'],
      ['<cbc:PayableAmount currencyID="EUR">114.00', '<cbc:PayableAmount currencyID="EUR">0.00'],
    ],
  },
];

/** The base as a CreditNote: the UBL 2.1 credit note carries BT-9 in cac:PaymentMeans. */
function asCreditNote(paymentDueDate: string): string {
  return edit(
    UBL_BASE,
    [
      '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"',
      '<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"',
    ],
    ['</Invoice>', '</CreditNote>'],
    [TYPE_380, '<cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>'],
    ['<cbc:DueDate>2026-03-02</cbc:DueDate>', ''],
    [
      '<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>',
      `<cbc:PaymentMeansCode>30</cbc:PaymentMeansCode><cbc:PaymentDueDate>${paymentDueDate}</cbc:PaymentDueDate>`,
    ],
    [/cac:InvoiceLine>/g, 'cac:CreditNoteLine>'],
    [/cbc:InvoicedQuantity/g, 'cbc:CreditedQuantity'],
  );
}

describe('BR-FR on UBL (F20260023 in UBL)', () => {
  it('the base document passes every BR-FR rule', async () => {
    expect(await frAsserts(UBL_BASE)).toEqual([]);
  });

  it.each(BROKEN)('fails: $name', async ({ edits, expect: expected }) => {
    expect(await frAsserts(edit(UBL_BASE, ...edits))).toEqual([...expected].sort());
  });

  it.each(PASSING)('passes: $name', async ({ edits }) => {
    expect(await frAsserts(edit(UBL_BASE, ...edits))).toEqual([]);
  });

  it('reads BT-9 of a CreditNote in cac:PaymentMeans (dates and CO-07)', async () => {
    expect(await frAsserts(asCreditNote('2026-03-02'))).toEqual([]);
    expect(await frAsserts(asCreditNote('2026-01-30'))).toEqual(['BR-FR-CO-07 BR-FR-CO-07_BT-9']);
    expect(await frAsserts(asCreditNote('2026-02-30'))).toEqual(['BR-FR-03 BR-FR-03_BT-9']);
  });

  it('has a failing case for every BR-FR family but the multi-vendor ones', () => {
    const covered = new Set(BROKEN.flatMap((c) => c.expect.map((e) => e.split(' ')[0])));
    const families = FR_RULES.map((r) => r.id).filter((id) => !/^BR-FR-(MV|BD)-/.test(id));
    expect(families.filter((id) => !covered.has(id))).toEqual([]);
  });
});
