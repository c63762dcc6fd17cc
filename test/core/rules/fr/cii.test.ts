/**
 * Every BR-FR family on CII: the FNFE sample F20260023 (Factur-X EXTENDED) passes them all; each
 * broken case changes one thing in it and must give exactly the listed findings (family and
 * official assert id), each passing case changes something a careless implementation would
 * refuse and must give none. Multi-vendor and bidirectional frames: multi-vendor.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { FR_RULES } from '../../../../shared/rules/fr';
import { type BrokenCase, CII_BASE, type Edit, edit, frAsserts, type PassingCase } from './support';

const ISSUE_DATE = /(<ram:IssueDateTime>\s*<udt:DateTimeString format="102">)20260131/;
const BUYER_ENDPOINT = '<ram:URIID schemeID="EM">me@buyer.com</ram:URIID>';
const SELLER_ENDPOINT = '<ram:URIID schemeID="EM">moi@seller.com</ram:URIID>';
const SELLER_SIRET = '<ram:GlobalID schemeID="0009">12345678200077</ram:GlobalID>';
const SELLER_SIREN = '<ram:ID schemeID="0002">123456782</ram:ID>';
const BUYER_SIRET = '<ram:GlobalID schemeID="0009">98765432100029</ram:GlobalID>';
const BUYER_PRIVATE_ID = '<ram:GlobalID schemeID="0224">CDROUT1</ram:GlobalID>';
const BUYER_LEGAL_ORGANIZATION =
  /<ram:SpecifiedLegalOrganization>\s*<ram:ID schemeID="0002">987654321<\/ram:ID>\s*<\/ram:SpecifiedLegalOrganization>/;
const PAYEE_SIREN = '<ram:ID schemeID="0002">303656847</ram:ID>';
const HEADER_REFERENCE_ID = '<ram:IssuerAssignedID>F20260003</ram:IssuerAssignedID>';
const HEADER_REFERENCE_DATE = /<ram:FormattedIssueDateTime>[\s\S]*?<\/ram:FormattedIssueDateTime>/;
const FIRST_LINE_SETTLEMENT = '<ram:SpecifiedLineTradeSettlement>';
const FIRST_LINE_DELIVERY = '<ram:SpecifiedLineTradeDelivery>';
const FIRST_CHARACTERISTIC =
  /<ram:Description>CATEGORIE<\/ram:Description>\s*<ram:Value>JOUR 8H-20H<\/ram:Value>/;
const FIRST_ALLOWANCE_CATEGORY =
  /(<ram:CategoryTradeTax>\s*<ram:TypeCode>VAT<\/ram:TypeCode>\s*<ram:CategoryCode>)S(<\/ram:CategoryCode>\s*<ram:RateApplicablePercent>)20\.00/;
const TAX_REPRESENTATIVE =
  /<ram:SellerTaxRepresentativeTradeParty>[\s\S]*?<\/ram:SellerTaxRepresentativeTradeParty>/;
const DUE_DATE = /<ram:DueDateDateTime>[\s\S]*?<\/ram:DueDateDateTime>/;
const END_OF_NOTES = '</rsm:ExchangedDocument>';

const type = (code: string): Edit => [
  '<ram:TypeCode>380</ram:TypeCode>',
  `<ram:TypeCode>${code}</ram:TypeCode>`,
];
const frame = (code: string): Edit => ['<ram:ID>S1</ram:ID>', `<ram:ID>${code}</ram:ID>`];
const note = (subject: string, content: string): Edit => [
  END_OF_NOTES,
  `<ram:IncludedNote><ram:Content>${content}</ram:Content><ram:SubjectCode>${subject}</ram:SubjectCode></ram:IncludedNote>${END_OF_NOTES}`,
];
const lineReference = (id: string, date = '20251215'): Edit => [
  FIRST_LINE_SETTLEMENT,
  `${FIRST_LINE_SETTLEMENT}<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>${id}</ram:IssuerAssignedID><ram:FormattedIssueDateTime><qdt:DateTimeString format="102">${date}</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>`,
];
const headerDocument = (content: string): Edit => [
  '<ram:SpecifiedProcuringProject>',
  `<ram:AdditionalReferencedDocument>${content}</ram:AdditionalReferencedDocument><ram:SpecifiedProcuringProject>`,
];
const x = (length: number) => 'X'.repeat(length);

const BROKEN: readonly BrokenCase[] = [
  // BR-FR-01
  {
    name: 'BT-1 of 36 characters',
    edits: [['<ram:ID>F20260023</ram:ID>', `<ram:ID>F${x(35)}</ram:ID>`]],
    expect: ['BR-FR-01 BR-FR-01_BT-1'],
  },
  {
    name: 'BT-25 of 36 characters',
    edits: [[HEADER_REFERENCE_ID, `<ram:IssuerAssignedID>${x(36)}</ram:IssuerAssignedID>`]],
    expect: ['BR-FR-01 BR-FR-01_BT-25'],
  },
  {
    name: 'line preceding invoice of 36 characters',
    edits: [lineReference(x(36))],
    expect: ['BR-FR-01 BR-FR-01_EXT-FR-FE-136'],
  },
  // BR-FR-02
  {
    name: 'BT-1 with an inner space',
    edits: [['<ram:ID>F20260023</ram:ID>', '<ram:ID>F2026 0023</ram:ID>']],
    expect: ['BR-FR-02 BR-FR-02_BT-1'],
  },
  {
    name: 'BT-1 with a leading space',
    edits: [['<ram:ID>F20260023</ram:ID>', '<ram:ID> F20260023</ram:ID>']],
    expect: ['BR-FR-02 BR-FR-02_BT-1'],
  },
  {
    name: 'BT-1 with a dot',
    edits: [['<ram:ID>F20260023</ram:ID>', '<ram:ID>F2026.0023</ram:ID>']],
    expect: ['BR-FR-02 BR-FR-02_BT-1'],
  },
  {
    name: 'BT-25 with a space',
    edits: [[HEADER_REFERENCE_ID, '<ram:IssuerAssignedID>F2026 0003</ram:IssuerAssignedID>']],
    expect: ['BR-FR-02 BR-FR-02_BT-25'],
  },
  {
    name: 'line preceding invoice with an accent',
    edits: [lineReference('FACTURÉE-1')],
    expect: ['BR-FR-02 BR-FR-02_EXT-FR-FE-136'],
  },
  // BR-FR-03
  {
    name: 'issue date in 1999',
    edits: [[ISSUE_DATE, '$119990131']],
    expect: ['BR-FR-03 BR-FR-03_BT-2'],
  },
  {
    name: 'period end 29 February of a common year',
    edits: [['20261231', '20250229']],
    expect: ['BR-FR-03 BR-FR-03_BT-74'],
  },
  {
    name: 'line period start on day 32',
    edits: [[/(<ram:StartDateTime>\s*<udt:DateTimeString format="102">)20260101/, '$120260132']],
    expect: ['BR-FR-03 BR-FR-03_EXT-FR-FE-134'],
  },
  {
    name: 'preceding invoice date written with dashes',
    edits: [
      ['<qdt:DateTimeString format="102">20260101', '<qdt:DateTimeString format="102">2026-01-01'],
    ],
    expect: ['BR-FR-03 BR-FR-03_BT-26'],
  },
  {
    name: 'line preceding invoice date in 2100',
    edits: [lineReference('F20250099', '21000101')],
    expect: ['BR-FR-03 BR-FR-03_EXT-FR-FE-138'],
  },
  // BR-FR-04
  { name: 'BT-3 751', edits: [type('751')], expect: ['BR-FR-04 BR-FR-04_BT-3'] },
  {
    name: 'preceding invoice type 71',
    edits: [[HEADER_REFERENCE_ID, `${HEADER_REFERENCE_ID}<ram:TypeCode>71</ram:TypeCode>`]],
    expect: ['BR-FR-04 BR-FR-04_EXT-FR-FE-02'],
  },
  // BR-FR-05
  {
    name: 'no PMT note',
    edits: [['<ram:SubjectCode>PMT</ram:SubjectCode>', '<ram:SubjectCode>ZZZ</ram:SubjectCode>']],
    expect: ['BR-FR-05 BR-FR-05_BT-22_PMT'],
  },
  {
    name: 'no PMD note',
    edits: [['<ram:SubjectCode>PMD</ram:SubjectCode>', '<ram:SubjectCode>ZZZ</ram:SubjectCode>']],
    expect: ['BR-FR-05 BR-FR-05_BT-22_PMD'],
  },
  {
    name: 'AAB subject with a trailing space',
    edits: [['<ram:SubjectCode>AAB</ram:SubjectCode>', '<ram:SubjectCode>AAB </ram:SubjectCode>']],
    expect: ['BR-FR-05 BR-FR-05_BT-22_AAB'],
  },
  // BR-FR-06
  {
    name: 'two PMT notes',
    edits: [['<ram:SubjectCode>REG</ram:SubjectCode>', '<ram:SubjectCode>PMT</ram:SubjectCode>']],
    expect: ['BR-FR-06 BR-FR-06_BT-21_PMT'],
  },
  {
    name: 'two TXD notes',
    edits: [note('TXD', 'A'), note('TXD', 'B')],
    expect: ['BR-FR-06 BR-FR-06_BT-21_TXD'],
  },
  // BR-FR-08
  { name: 'Chorus Pro frame A1', edits: [frame('A1')], expect: ['BR-FR-08 BR-FR-08_BT-23'] },
  { name: 'frame with a space', edits: [frame(' S1')], expect: ['BR-FR-08 BR-FR-08_BT-23'] },
  {
    name: 'no frame',
    edits: [
      [
        /<ram:BusinessProcessSpecifiedDocumentContextParameter>[\s\S]*?<\/ram:BusinessProcessSpecifiedDocumentContextParameter>/,
        '',
      ],
    ],
    expect: ['BR-FR-08 BR-FR-08_BT-23'],
  },
  // BR-FR-09
  {
    name: 'seller SIRET of another SIREN',
    edits: [[SELLER_SIRET, '<ram:GlobalID schemeID="0009">12345678300077</ram:GlobalID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-29'],
  },
  {
    name: 'buyer SIRET of 13 digits',
    edits: [[BUYER_SIRET, '<ram:GlobalID schemeID="0009">9876543210002</ram:GlobalID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-46'],
  },
  {
    name: 'seller SIREN padded with spaces (compared raw)',
    edits: [[SELLER_SIREN, '<ram:ID schemeID="0002"> 123456782 </ram:ID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-29'],
  },
  {
    name: 'payee SIRET of another SIREN',
    edits: [
      [
        '<ram:GlobalID schemeID="0088">587451236586</ram:GlobalID>',
        '<ram:GlobalID schemeID="0009">30365684800019</ram:GlobalID>',
      ],
    ],
    expect: ['BR-FR-09 BR-FR-09_BT-60'],
  },
  {
    name: 'payee SIRET of 13 digits, no SIREN',
    edits: [
      [
        '<ram:GlobalID schemeID="0088">587451236586</ram:GlobalID>',
        '<ram:GlobalID schemeID="0009">3036568470001</ram:GlobalID>',
      ],
      [
        /<ram:SpecifiedLegalOrganization>\s*<ram:ID schemeID="0002">303656847<\/ram:ID>\s*<\/ram:SpecifiedLegalOrganization>/,
        '',
      ],
    ],
    expect: ['BR-FR-09 BR-FR-09_BT-60'],
  },
  {
    name: 'line ship-to SIRET of another SIREN',
    edits: [
      [
        FIRST_LINE_DELIVERY,
        `${FIRST_LINE_DELIVERY}<ram:ShipToTradeParty><ram:GlobalID schemeID="0009">98765432100029</ram:GlobalID><ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">123456782</ram:ID></ram:SpecifiedLegalOrganization></ram:ShipToTradeParty>`,
      ],
    ],
    expect: ['BR-FR-09 BR-FR-09_EXT-FR-FE-146'],
  },
  {
    name: 'ship-to SIRET of 15 digits',
    edits: [
      [
        '<ram:ID>PRIVATE_ID_DEL</ram:ID>',
        '<ram:GlobalID schemeID="0009">987654321000290</ram:GlobalID>',
      ],
    ],
    expect: ['BR-FR-09 BR-FR-09_BT-71'],
  },
  // BR-FR-10
  {
    name: 'seller legal id without scheme',
    edits: [[SELLER_SIREN, '<ram:ID>123456782</ram:ID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-29', 'BR-FR-10 BR-FR-10_BT-30'],
  },
  {
    name: 'seller SIRET declared as SIREN',
    edits: [[SELLER_SIREN, '<ram:ID schemeID="0002">12345678200077</ram:ID>']],
    expect: ['BR-FR-09 BR-FR-09_BT-29', 'BR-FR-10 BR-FR-10_BT-30', 'BR-FR-32 BR-FR-32-LEGALID'],
  },
  // BR-FR-11
  {
    name: 'B2B without buyer SIREN',
    edits: [
      note('BAR', 'B2B'),
      [BUYER_ENDPOINT, '<ram:URIID schemeID="0225">987654321</ram:URIID>'],
      [BUYER_LEGAL_ORGANIZATION, ''],
    ],
    expect: ['BR-FR-09 BR-FR-09_BT-46', 'BR-FR-11 BR-FR-11_BT-47'],
  },
  // BR-FR-12, -13
  {
    name: 'no buyer electronic address',
    edits: [
      [
        /<ram:URIUniversalCommunication>\s*<ram:URIID schemeID="EM">me@buyer\.com<\/ram:URIID>\s*<\/ram:URIUniversalCommunication>/,
        '',
      ],
    ],
    expect: ['BR-FR-12 BR-FR-12_BT-49'],
  },
  {
    name: 'empty seller electronic address',
    edits: [[SELLER_ENDPOINT, '<ram:URIID schemeID="EM"></ram:URIID>']],
    expect: ['BR-FR-13 BR-FR-13_BT-34'],
  },
  // BR-FR-20
  { name: 'BAR treatment B2G', edits: [note('BAR', 'B2G')], expect: ['BR-FR-20 BR-FR-20_BT-21'] },
  {
    name: 'BAR note without text',
    edits: [
      [
        END_OF_NOTES,
        `<ram:IncludedNote><ram:SubjectCode>BAR</ram:SubjectCode></ram:IncludedNote>${END_OF_NOTES}`,
      ],
    ],
    expect: ['BR-FR-20 BR-FR-20_BT-21'],
  },
  // BR-FR-31
  {
    name: 'two BAR treatments',
    edits: [note('BAR', 'B2C'), note('BAR', 'OUTOFSCOPE')],
    expect: ['BR-FR-31 BR-FR-31_BT-21'],
  },
  // BR-FR-21, -22
  {
    name: 'B2B with an e-mail buyer address',
    edits: [note('BAR', 'B2B')],
    expect: ['BR-FR-21 BR-FR-21_BT-49'],
  },
  {
    name: 'B2B with a 0225 buyer address of another SIREN',
    edits: [
      note('BAR', 'B2B'),
      [BUYER_ENDPOINT, '<ram:URIID schemeID="0225">123456782</ram:URIID>'],
    ],
    expect: ['BR-FR-21 BR-FR-21_BT-49'],
  },
  {
    name: 'B2B self-billing with an e-mail seller address',
    edits: [note('BAR', 'B2B'), type('389')],
    expect: ['BR-FR-22 BR-FR-22_BT-34'],
  },
  // BR-FR-23, -25
  {
    name: '0225 seller address with @',
    edits: [[SELLER_ENDPOINT, '<ram:URIID schemeID="0225">123456782@seller</ram:URIID>']],
    expect: ['BR-FR-23 BR-FR-23_BT-34'],
  },
  {
    name: 'seller address of 126 characters',
    edits: [[SELLER_ENDPOINT, `<ram:URIID schemeID="EM">${x(126)}</ram:URIID>`]],
    expect: ['BR-FR-25 BR-FR-25_BT-34'],
  },
  {
    name: 'payee 0225 address with a space',
    edits: [
      [
        PAYEE_SIREN,
        `${PAYEE_SIREN}</ram:SpecifiedLegalOrganization><ram:URIUniversalCommunication><ram:URIID schemeID="0225">303656847 A</ram:URIID></ram:URIUniversalCommunication><ram:SpecifiedLegalOrganization>`,
      ],
    ],
    expect: ['BR-FR-23 BR-FR-23_EXT-FR-FE-29'],
  },
  // BR-FR-24, -26
  {
    name: '0224 buyer id with a space',
    edits: [[BUYER_PRIVATE_ID, '<ram:GlobalID schemeID="0224">CD ROUT1</ram:GlobalID>']],
    expect: ['BR-FR-24 BR-FR-24_BT-46'],
  },
  {
    name: '0224 buyer id of 101 characters',
    edits: [[BUYER_PRIVATE_ID, `<ram:GlobalID schemeID="0224">${x(101)}</ram:GlobalID>`]],
    expect: ['BR-FR-26 BR-FR-26_BT-46'],
  },
  // BR-FR-32
  {
    name: 'payee SIREN with spaces (FNFE sample F20260030)',
    edits: [[PAYEE_SIREN, '<ram:ID schemeID="0002">303 656 847</ram:ID>']],
    expect: ['BR-FR-32 BR-FR-32-LEGALID'],
  },
  {
    name: 'SIRET as a 0002 global id',
    edits: [
      [
        BUYER_PRIVATE_ID,
        `${BUYER_PRIVATE_ID}<ram:GlobalID schemeID="0002">98765432100029</ram:GlobalID>`,
      ],
    ],
    expect: ['BR-FR-32 BR-FR-32-GLOBALID'],
  },
  // BR-FR-CO-10
  {
    name: 'seller global id without scheme',
    edits: [[SELLER_SIRET, `${SELLER_SIRET}<ram:GlobalID>NOSCHEME</ram:GlobalID>`]],
    expect: ['BR-FR-CO-10 BR-FR-CO-10_BT-29-1'],
  },
  {
    name: 'two 0088 ids for the buyer',
    edits: [
      [
        BUYER_PRIVATE_ID,
        `${BUYER_PRIVATE_ID}<ram:GlobalID schemeID="0088">3654789852</ram:GlobalID>`,
      ],
    ],
    expect: ['BR-FR-CO-10 BR-FR-CO-10_BT-46-2'],
  },
  // BR-FR-CO-14, -15
  {
    name: 'single VAT group member without TXD note',
    edits: [
      [SELLER_SIRET, `${SELLER_SIRET}<ram:GlobalID schemeID="0231">123456782</ram:GlobalID>`],
    ],
    expect: ['BR-FR-CO-14 BR-FR-CO-14_BT-29-1'],
  },
  {
    name: 'single VAT group member without tax representative',
    edits: [
      [SELLER_SIRET, `${SELLER_SIRET}<ram:GlobalID schemeID="0231">123456782</ram:GlobalID>`],
      note('TXD', 'MEMBRE_ASSUJETTI_UNIQUE'),
      [TAX_REPRESENTATIVE, ''],
    ],
    expect: ['BR-FR-CO-15 BR-FR-CO-15_BT-29-1'],
  },
  // BR-FR-15
  {
    name: 'line category L',
    edits: [['<ram:CategoryCode>E</ram:CategoryCode>', '<ram:CategoryCode>L</ram:CategoryCode>']],
    expect: ['BR-FR-15 BR-FR-15_BT-95_BT-151', 'BR-FR-15 BR-FR-15_BT-95_BT-151_LM'],
  },
  {
    name: 'breakdown category B',
    edits: [['<ram:CategoryCode>K</ram:CategoryCode>', '<ram:CategoryCode>B</ram:CategoryCode>']],
    expect: ['BR-FR-15 BR-FR-15_BT-95_BT-118'],
  },
  {
    name: 'breakdown without category',
    edits: [['<ram:CategoryCode>K</ram:CategoryCode>', '']],
    expect: ['BR-FR-15 BR-FR-15_BT-95_BT-118'],
  },
  {
    name: 'allowance category M',
    edits: [[FIRST_ALLOWANCE_CATEGORY, '$1M$220.00']],
    expect: ['BR-FR-15 BR-FR-15_BT-95_BT-102', 'BR-FR-15 BR-FR-15_BT-95_BT-102_LM'],
  },
  // BR-FR-16
  {
    name: 'line rate 19.5',
    edits: [
      [
        '<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>19.5</ram:RateApplicablePercent>',
      ],
    ],
    expect: ['BR-FR-16 BR-FR-16_BT-152'],
  },
  {
    name: 'allowance rate 21',
    edits: [[FIRST_ALLOWANCE_CATEGORY, '$1S$221']],
    expect: ['BR-FR-16 BR-FR-16_BT-96_BT-103'],
  },
  {
    name: 'breakdown rate 05.5',
    edits: [
      [
        /(<ram:CategoryCode>S<\/ram:CategoryCode>\s*<ram:RateApplicablePercent>)10\.00(<\/ram:RateApplicablePercent>\s*<\/ram:ApplicableTradeTax>\s*<ram:ApplicableTradeTax>\s*<ram:CalculatedAmount>0\.00)/,
        '$105.5$2',
      ],
    ],
    expect: ['BR-FR-16 BR-FR-16_BT-119'],
  },
  // BR-FR-17, -18
  {
    name: 'attachment description ANNEXE',
    edits: [['<ram:Name>DOCUMENT_ANNEXE</ram:Name>', '<ram:Name>ANNEXE</ram:Name>']],
    expect: ['BR-FR-17 BR-FR-17_BT-123'],
  },
  {
    name: 'two readable copies',
    edits: [
      headerDocument(
        '<ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:Name>LISIBLE</ram:Name>',
      ),
      headerDocument(
        '<ram:IssuerAssignedID>B</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:Name>LISIBLE</ram:Name>',
      ),
    ],
    expect: ['BR-FR-18 BR-FR-18_BT-123'],
  },
  // BR-FR-27, -28
  {
    name: 'item attribute with a blank name',
    edits: [
      ['<ram:Description>CATEGORIE</ram:Description>', '<ram:Description> </ram:Description>'],
    ],
    expect: ['BR-FR-27 BR-FR-27_BT-160'],
  },
  {
    name: 'item attribute without name or code',
    edits: [['<ram:Description>CATEGORIE</ram:Description>', '']],
    expect: ['BR-FR-27 BR-FR-27_BG-32'],
  },
  {
    name: 'item attribute with an empty code',
    edits: [
      [
        '<ram:Description>CATEGORIE</ram:Description>',
        '<ram:Description>CATEGORIE</ram:Description><ram:TypeCode></ram:TypeCode>',
      ],
    ],
    expect: ['BR-FR-27 BR-FR-27_EXT-FR-FE-159'],
  },
  {
    name: 'item attribute with value and measure',
    edits: [
      [
        FIRST_CHARACTERISTIC,
        '<ram:Description>POIDS</ram:Description><ram:Value>2</ram:Value><ram:ValueMeasure unitCode="KGM">2</ram:ValueMeasure>',
      ],
    ],
    expect: ['BR-FR-28 BR-FR-28-Value'],
  },
  {
    name: 'item attribute measure without unit',
    edits: [
      [
        FIRST_CHARACTERISTIC,
        '<ram:Description>POIDS</ram:Description><ram:ValueMeasure>2</ram:ValueMeasure>',
      ],
    ],
    expect: ['BR-FR-28 BR-FR-28-Value'],
  },
  // BR-FR-29, -30
  {
    name: 'two header AFL references',
    edits: [
      [
        '<ram:ReferenceTypeCode>IT</ram:ReferenceTypeCode>',
        '<ram:ReferenceTypeCode>AFL</ram:ReferenceTypeCode>',
      ],
      headerDocument(
        '<ram:IssuerAssignedID>SUB-2</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>AFL</ram:ReferenceTypeCode>',
      ),
    ],
    expect: ['BR-FR-29 BR-FR-29_BT-18'],
  },
  {
    name: 'blank header AVV reference',
    edits: [
      [
        '<ram:IssuerAssignedID>REFCLI0215</ram:IssuerAssignedID>',
        '<ram:IssuerAssignedID> </ram:IssuerAssignedID>',
      ],
      [
        '<ram:ReferenceTypeCode>IT</ram:ReferenceTypeCode>',
        '<ram:ReferenceTypeCode>AVV</ram:ReferenceTypeCode>',
      ],
    ],
    expect: ['BR-FR-29 BR-FR-29_AVV'],
  },
  {
    name: 'two AFL references on a line',
    edits: [
      [
        '<ram:ReferenceTypeCode>AOP</ram:ReferenceTypeCode>',
        '<ram:ReferenceTypeCode>AFL</ram:ReferenceTypeCode></ram:AdditionalReferencedDocument><ram:AdditionalReferencedDocument><ram:IssuerAssignedID>B</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>AFL</ram:ReferenceTypeCode>',
      ],
    ],
    expect: ['BR-FR-30 BR-FR-30_BT-128'],
  },
  {
    name: 'blank AFL reference on a line',
    edits: [
      [
        '<ram:IssuerAssignedID>EQUIPE_A</ram:IssuerAssignedID>',
        '<ram:IssuerAssignedID></ram:IssuerAssignedID>',
      ],
      [
        '<ram:ReferenceTypeCode>AOP</ram:ReferenceTypeCode>',
        '<ram:ReferenceTypeCode>AFL</ram:ReferenceTypeCode>',
      ],
    ],
    expect: ['BR-FR-30 BR-FR-30_AFL'],
  },
  // BR-FR-CO-03 … -12
  {
    name: 'global rebate credit note without contract',
    edits: [
      type('262'),
      [/<ram:ContractReferencedDocument>[\s\S]*?<\/ram:ContractReferencedDocument>/, ''],
    ],
    expect: ['BR-FR-CO-03 BR-FR-CO-03_BT-3'],
  },
  {
    name: 'corrective invoice citing two invoices',
    edits: [
      type('384'),
      [
        '</ram:InvoiceReferencedDocument>',
        '</ram:InvoiceReferencedDocument><ram:InvoiceReferencedDocument><ram:IssuerAssignedID>F20260004</ram:IssuerAssignedID></ram:InvoiceReferencedDocument>',
      ],
    ],
    expect: ['BR-FR-CO-04 BR-FR-CO-04_BT-4'],
  },
  {
    name: 'credit note citing an invoice without its date',
    edits: [type('381'), [HEADER_REFERENCE_DATE, '']],
    expect: ['BR-FR-CO-05 BR-FR-CO-05_BT-3'],
  },
  {
    name: 'due date before the issue date',
    edits: [['20260302', '20260130']],
    expect: ['BR-FR-CO-07 BR-FR-CO-07_BT-9'],
  },
  {
    name: 'final invoice after prepayment typed as a prepayment',
    edits: [frame('S4'), type('386')],
    expect: ['BR-FR-CO-08 BR-FR-CO-08_BT-23'],
  },
  {
    name: 'already paid but nothing paid',
    edits: [frame('S2')],
    expect: ['BR-FR-CO-09 BR-FR-CO-09_BT-23-1', 'BR-FR-CO-09 BR-FR-CO-09_BT-23-2'],
  },
  {
    name: 'already paid without payment date',
    edits: [
      frame('S2'),
      ['<ram:TotalPrepaidAmount>0.00', '<ram:TotalPrepaidAmount>104.90'],
      ['<ram:DuePayableAmount>104.90', '<ram:DuePayableAmount>0.00'],
      [DUE_DATE, ''],
    ],
    expect: ['BR-FR-CO-09 BR-FR-CO-09_BT-23-3'],
  },
  {
    name: 'invoice in USD without EUR accounting currency',
    edits: [
      [
        '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
        '<ram:InvoiceCurrencyCode>USD</ram:InvoiceCurrencyCode>',
      ],
    ],
    expect: ['BR-FR-CO-12 BR-FR-CO-12_BT-5'],
  },
  // BR-FR-DEC
  {
    name: 'sum of lines with 3 decimals',
    edits: [
      [
        '<ram:LineTotalAmount>95.00</ram:LineTotalAmount>',
        '<ram:LineTotalAmount>95.001</ram:LineTotalAmount>',
      ],
    ],
    expect: ['BR-FR-DEC-01 BR-FR-DEC-01_BT-106'],
  },
  {
    name: 'total with a plus sign',
    edits: [['<ram:GrandTotalAmount>104.90', '<ram:GrandTotalAmount>+104.90']],
    expect: ['BR-FR-DEC-01 BR-FR-DEC-01_BT-112'],
  },
  {
    name: 'line allowance with a comma',
    edits: [
      ['<ram:ActualAmount>2.00</ram:ActualAmount>', '<ram:ActualAmount>2,00</ram:ActualAmount>'],
    ],
    expect: ['BR-FR-DEC-01 BR-FR-DEC-01_BT-136_BT-141'],
  },
  {
    name: 'quantity with 5 decimals',
    edits: [
      ['<ram:BilledQuantity unitCode="C62">1.0000', '<ram:BilledQuantity unitCode="C62">1.00001'],
    ],
    expect: ['BR-FR-DEC-02 BR-FR-DEC-02_BT-129'],
  },
  {
    name: 'net price with 7 decimals',
    edits: [
      [
        '<ram:ChargeAmount>60.0000</ram:ChargeAmount>',
        '<ram:ChargeAmount>60.0000001</ram:ChargeAmount>',
      ],
    ],
    expect: ['BR-FR-DEC-03 BR-FR-DEC-03_BT-146'],
  },
  {
    name: 'negative gross price outside B9/S9/M9',
    edits: [
      [
        '<ram:ChargeAmount>65.0000</ram:ChargeAmount>',
        '<ram:ChargeAmount>-65.0000</ram:ChargeAmount>',
      ],
    ],
    expect: ['BR-FR-DEC-03 BR-FR-DEC-03_BT-148'],
  },
  {
    name: 'empty net price',
    edits: [
      ['<ram:ChargeAmount>60.0000</ram:ChargeAmount>', '<ram:ChargeAmount></ram:ChargeAmount>'],
    ],
    expect: ['BR-FR-DEC-03 BR-FR-DEC-03_BT-146'],
  },
  {
    name: 'allowance rate 20.000',
    edits: [[FIRST_ALLOWANCE_CATEGORY, '$1S$220.000']],
    expect: ['BR-FR-16 BR-FR-16_BT-96_BT-103', 'BR-FR-DEC-04 BR-FR-DEC-04_BT-96_BT-103'],
  },
  {
    name: 'line rate 100.00',
    edits: [
      [
        '<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>100.00</ram:RateApplicablePercent>',
      ],
    ],
    expect: ['BR-FR-16 BR-FR-16_BT-152', 'BR-FR-DEC-04 BR-FR-DEC-04_BT-152'],
  },
];

const PASSING: readonly PassingCase[] = [
  {
    name: 'BT-1 of exactly 35 characters',
    edits: [['<ram:ID>F20260023</ram:ID>', `<ram:ID>F${x(34)}</ram:ID>`]],
  },
  {
    name: 'BT-1 with + - _ / and a surrounding line break',
    edits: [['<ram:ID>F20260023</ram:ID>', '<ram:ID>\n\tF-2026_0023/A+B\n</ram:ID>']],
  },
  { name: '29 February of a leap year', edits: [['20261231', '20240229']] },
  {
    name: 'CII date followed by a time (only 8 characters read)',
    edits: [['20261231', '20261231T12']],
  },
  { name: 'global rebate credit note with contract and period', edits: [type('262')] },
  { name: 'credit note citing a dated invoice (FNFE F20260028)', edits: [type('381')] },
  {
    name: 'credit note citing undated invoices, every line referenced',
    edits: [
      type('381'),
      [HEADER_REFERENCE_DATE, ''],
      [
        /<ram:SpecifiedLineTradeSettlement>/g,
        `${FIRST_LINE_SETTLEMENT}<ram:InvoiceReferencedDocument><ram:IssuerAssignedID>F20250001</ram:IssuerAssignedID><ram:FormattedIssueDateTime><qdt:DateTimeString format="102">20251201</qdt:DateTimeString></ram:FormattedIssueDateTime></ram:InvoiceReferencedDocument>`,
      ],
    ],
  },
  { name: 'corrective invoice citing one invoice', edits: [type('384')] },
  { name: 'one TXD note', edits: [note('TXD', 'MEMBRE_ASSUJETTI_UNIQUE')] },
  {
    name: 'B2B with a 0225 buyer address starting with its SIREN',
    edits: [
      note('BAR', 'B2B'),
      [BUYER_ENDPOINT, '<ram:URIID schemeID="0225">987654321_SERVICE-COMPTA</ram:URIID>'],
    ],
  },
  { name: 'B2CINT treatment', edits: [note('BAR', 'B2CINT')] },
  {
    name: 'B2B self-billing with a 0225 seller address',
    edits: [
      note('BAR', 'B2B'),
      type('389'),
      [SELLER_ENDPOINT, '<ram:URIID schemeID="0225">123456782</ram:URIID>'],
    ],
  },
  {
    name: 'blank buyer address (CII tests string(), not normalize-space)',
    edits: [[BUYER_ENDPOINT, '<ram:URIID schemeID="EM"> </ram:URIID>']],
  },
  {
    name: '0225 address with + - _ .',
    edits: [[SELLER_ENDPOINT, '<ram:URIID schemeID="0225">123456782+A.b_c-d</ram:URIID>']],
  },
  {
    name: 'seller address of 125 characters',
    edits: [[SELLER_ENDPOINT, `<ram:URIID schemeID="EM">${x(125)}</ram:URIID>`]],
  },
  {
    name: '0224 id of 100 characters',
    edits: [[BUYER_PRIVATE_ID, `<ram:GlobalID schemeID="0224">${x(100)}</ram:GlobalID>`]],
  },
  {
    name: 'payee SIRET without SIREN (its own first nine digits are used)',
    edits: [
      [
        '<ram:GlobalID schemeID="0088">587451236586</ram:GlobalID>',
        '<ram:GlobalID schemeID="0009">55555555500019</ram:GlobalID>',
      ],
      [
        /<ram:SpecifiedLegalOrganization>\s*<ram:ID schemeID="0002">303656847<\/ram:ID>\s*<\/ram:SpecifiedLegalOrganization>/,
        '',
      ],
    ],
  },
  {
    name: 'single VAT group member with TXD note and representative',
    edits: [
      [SELLER_SIRET, `${SELLER_SIRET}<ram:GlobalID schemeID="0231">123456782</ram:GlobalID>`],
      note('TXD', 'MEMBRE_ASSUJETTI_UNIQUE'),
    ],
  },
  {
    name: 'GROUP line without VAT category',
    edits: [
      [
        '<ram:LineID>1</ram:LineID>',
        '<ram:LineID>1</ram:LineID><ram:LineStatusReasonCode>GROUP</ram:LineStatusReasonCode>',
      ],
      ['<ram:CategoryCode>E</ram:CategoryCode>', ''],
    ],
  },
  {
    name: 'rates 5.5, 8.50 and 0',
    edits: [
      [
        '<ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>5.5</ram:RateApplicablePercent>',
      ],
      [
        '<ram:RateApplicablePercent>10.00</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>8.50</ram:RateApplicablePercent>',
      ],
      [
        '<ram:RateApplicablePercent>0.00</ram:RateApplicablePercent>',
        '<ram:RateApplicablePercent>0</ram:RateApplicablePercent>',
      ],
    ],
  },
  {
    name: 'attachment description padded with spaces (CII trims it)',
    edits: [['<ram:Name>DOCUMENT_ANNEXE</ram:Name>', '<ram:Name> BON_COMMANDE </ram:Name>']],
  },
  {
    name: 'one readable copy',
    edits: [
      headerDocument(
        '<ram:IssuerAssignedID>A</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:Name>LISIBLE</ram:Name>',
      ),
    ],
  },
  {
    name: 'item attribute with a code and a measured value',
    edits: [
      [
        FIRST_CHARACTERISTIC,
        '<ram:TypeCode>POIDS</ram:TypeCode><ram:ValueMeasure unitCode="KGM">2</ram:ValueMeasure>',
      ],
    ],
  },
  {
    name: 'one AFL and one AVV at header level',
    edits: [
      [
        '<ram:ReferenceTypeCode>IT</ram:ReferenceTypeCode>',
        '<ram:ReferenceTypeCode>AFL</ram:ReferenceTypeCode>',
      ],
      headerDocument(
        '<ram:IssuerAssignedID>S1</ram:IssuerAssignedID><ram:TypeCode>130</ram:TypeCode><ram:ReferenceTypeCode>AVV</ram:ReferenceTypeCode>',
      ),
    ],
  },
  {
    name: 'prepayment invoice due before its date',
    edits: [['20260302', '20260130'], type('386')],
  },
  { name: 'final invoice after prepayment', edits: [frame('S4')] },
  {
    name: 'already paid invoice',
    edits: [
      frame('S2'),
      ['<ram:TotalPrepaidAmount>0.00', '<ram:TotalPrepaidAmount>104.9'],
      ['<ram:DuePayableAmount>104.90', '<ram:DuePayableAmount>0'],
    ],
  },
  {
    name: 'invoice in USD with the VAT in EUR',
    edits: [
      [
        '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>',
        '<ram:InvoiceCurrencyCode>USD</ram:InvoiceCurrencyCode><ram:TaxCurrencyCode>EUR</ram:TaxCurrencyCode>',
      ],
    ],
  },
  {
    name: 'negative amount, amount without decimals, quantity with 4 decimals',
    edits: [
      [
        '<ram:LineTotalAmount>95.00</ram:LineTotalAmount>',
        '<ram:LineTotalAmount>-95</ram:LineTotalAmount>',
      ],
      ['<ram:BilledQuantity unitCode="C62">1.0000', '<ram:BilledQuantity unitCode="C62">1.0001'],
    ],
  },
  {
    name: 'zero price with 6 decimals',
    edits: [
      [
        '<ram:ChargeAmount>60.0000</ram:ChargeAmount>',
        '<ram:ChargeAmount>0.000000</ram:ChargeAmount>',
      ],
    ],
  },
];

describe('BR-FR on CII (FNFE sample F20260023 EXTENDED)', () => {
  it('the base document passes every BR-FR rule', async () => {
    expect(await frAsserts(CII_BASE)).toEqual([]);
  });

  it.each(BROKEN)('fails: $name', async ({ edits, expect: expected }) => {
    expect(await frAsserts(edit(CII_BASE, ...edits))).toEqual([...expected].sort());
  });

  it.each(PASSING)('passes: $name', async ({ edits }) => {
    expect(await frAsserts(edit(CII_BASE, ...edits))).toEqual([]);
  });

  it('has a failing case for every BR-FR family but the multi-vendor ones', () => {
    const covered = new Set(BROKEN.flatMap((c) => c.expect.map((e) => e.split(' ')[0])));
    const families = FR_RULES.map((r) => r.id).filter((id) => !/^BR-FR-(MV|BD)-/.test(id));
    expect(families.filter((id) => !covered.has(id))).toEqual([]);
  });
});
