/**
 * Documents on which the two official artefacts read a VAT category rule differently, or where
 * the exact wording of a test matters (tolerance, rounding, tax scheme, codes as written). For each
 * syntax, `fires` lists the VAT category rules the official validator (the XSLT of the artefacts
 * 1.3.16, run with Saxon HE) reports on the document: no more, no fewer.
 */
import type { Spec } from './documents';

export interface Case {
  readonly name: string;
  readonly spec: Spec;
  readonly fires: { readonly ubl: readonly string[]; readonly cii: readonly string[] };
}

const VAT = 'FR40303265045';
const S20 = { code: 'S', rate: '20' };

export const CASES: readonly Case[] = [
  {
    name: 'a consistent standard rate invoice',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [S20] }],
      breakdowns: [{ taxable: '100.00', tax: '20.00', category: S20 }],
    },
    fires: { ubl: [], cii: [] },
  },
  {
    name: 'two lines in S and no breakdown (CII counts lines and breakdowns together)',
    spec: {
      sellerVat: VAT,
      lines: [
        { amount: '60.00', categories: [S20] },
        { amount: '40.00', categories: [S20] },
      ],
    },
    fires: { ubl: ['BR-S-01'], cii: [] },
  },
  {
    name: 'one line in S and no breakdown',
    spec: { sellerVat: VAT, lines: [{ amount: '100.00', categories: [S20] }] },
    fires: { ubl: ['BR-S-01'], cii: ['BR-S-01'] },
  },
  {
    name: 'a breakdown in S and no line',
    spec: { sellerVat: VAT, breakdowns: [{ taxable: '0', tax: '0', category: S20 }] },
    fires: { ubl: ['BR-S-01', 'BR-S-08'], cii: [] },
  },
  {
    name: 'a breakdown in Z and no line',
    spec: {
      sellerVat: VAT,
      breakdowns: [{ taxable: '100.00', tax: '0', category: { code: 'Z', rate: '0' } }],
    },
    fires: { ubl: ['BR-Z-08'], cii: ['BR-Z-01', 'BR-Z-08'] },
  },
  {
    name: 'lines in O and no breakdown',
    spec: { lines: [{ amount: '100.00', categories: [{ code: 'O' }] }] },
    fires: { ubl: ['BR-O-01'], cii: [] },
  },
  {
    name: 'a breakdown in O and a line in S',
    spec: {
      lines: [
        { amount: '100.00', categories: [{ code: 'O' }] },
        { amount: '50.00', categories: [S20] },
      ],
      breakdowns: [{ taxable: '100.00', tax: '0', category: { code: 'O' }, reason: 'Hors champ' }],
    },
    fires: {
      ubl: ['BR-O-12', 'BR-S-01', 'BR-S-02'],
      cii: ['BR-O-11', 'BR-O-12', 'BR-S-01', 'BR-S-02'],
    },
  },
  {
    name: 'IGIC at rate 0',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [{ code: 'L', rate: '0' }] }],
      breakdowns: [{ taxable: '100.00', tax: '0', category: { code: 'L', rate: '0' } }],
    },
    fires: { ubl: [], cii: ['BR-AF-05'] },
  },
  {
    name: 'IGIC with a wrong taxable amount and a wrong VAT amount',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [{ code: 'L', rate: '7' }] }],
      breakdowns: [{ taxable: '150.00', tax: '30.00', category: { code: 'L', rate: '7' } }],
    },
    fires: { ubl: ['BR-AF-08', 'BR-AF-09'], cii: [] },
  },
  {
    name: 'S taxable amount 0.50 above its line',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [S20] }],
      breakdowns: [{ taxable: '100.50', tax: '20.10', category: S20 }],
    },
    fires: { ubl: [], cii: ['BR-S-08'] },
  },
  {
    name: 'Z taxable amount 0.50 above its line',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [{ code: 'Z', rate: '0' }] }],
      breakdowns: [{ taxable: '100.50', tax: '0', category: { code: 'Z', rate: '0' } }],
    },
    fires: { ubl: ['BR-Z-08'], cii: [] },
  },
  {
    name: 'S lines of three decimals, taxable amount rounded',
    spec: {
      sellerVat: VAT,
      lines: [
        { amount: '33.333', categories: [S20] },
        { amount: '33.333', categories: [S20] },
      ],
      breakdowns: [{ taxable: '66.67', tax: '13.33', category: S20 }],
    },
    fires: { ubl: [], cii: [] },
  },
  {
    name: 'S lines of three decimals, taxable amount not rounded',
    spec: {
      sellerVat: VAT,
      lines: [
        { amount: '33.333', categories: [S20] },
        { amount: '33.333', categories: [S20] },
      ],
      breakdowns: [{ taxable: '66.666', tax: '13.33', category: S20 }],
    },
    fires: { ubl: [], cii: ['BR-S-08'] },
  },
  {
    name: 'a line category written " S " at rate 0',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [{ code: ' S ', rate: '0' }] }],
      breakdowns: [{ taxable: '100.00', tax: '20.00', category: S20 }],
    },
    fires: { ubl: ['BR-S-05', 'BR-S-08'], cii: ['BR-S-08'] },
  },
  {
    name: 'an IGIC breakdown written " L "',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [{ code: 'L', rate: '7' }] }],
      breakdowns: [{ taxable: '100.00', tax: '7.00', category: { code: ' L ', rate: '7' } }],
    },
    fires: { ubl: ['BR-AF-01'], cii: ['BR-AF-01'] },
  },
  {
    name: 'an IPSI breakdown written " M "',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [{ code: 'M', rate: '4' }] }],
      breakdowns: [{ taxable: '100.00', tax: '4.00', category: { code: ' M ', rate: '4' } }],
    },
    fires: { ubl: ['BR-AG-01'], cii: ['BR-AG-01'] },
  },
  {
    name: 'an allowance in G outside the VAT scheme',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [{ code: 'G', rate: '0' }] }],
      allowances: [{ amount: '10.00', category: { code: 'G', scheme: null } }],
      breakdowns: [
        { taxable: '90.00', tax: '0', category: { code: 'G', rate: '0' }, reason: 'Export' },
      ],
    },
    fires: { ubl: [], cii: [] },
  },
  {
    name: 'the only line in S is outside the VAT scheme, no seller VAT identifier',
    spec: {
      lines: [{ amount: '100.00', categories: [{ code: 'S', rate: '20', scheme: null }] }],
      breakdowns: [{ taxable: '100.00', tax: '20.00', category: S20 }],
    },
    fires: { ubl: ['BR-S-02'], cii: [] },
  },
  {
    name: 'a breakdown in S outside the VAT scheme',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [S20] }],
      breakdowns: [
        { taxable: '100.00', tax: '20.00', category: { code: 'S', rate: '20', scheme: null } },
      ],
    },
    fires: { ubl: [], cii: [] },
  },
  {
    name: 'an intra-community supply dated by the VAT point date code only',
    spec: {
      sellerVat: VAT,
      buyerVat: 'DE123456789',
      taxPointDateCode: '3',
      deliverToCountry: 'DE',
      lines: [{ amount: '100.00', categories: [{ code: 'K', rate: '0' }] }],
      breakdowns: [
        {
          taxable: '100.00',
          tax: '0',
          category: { code: 'K', rate: '0' },
          reasonCode: 'VATEX-EU-IC',
        },
      ],
    },
    fires: { ubl: [], cii: ['BR-IC-11'] },
  },
  {
    name: 'an intra-community supply without delivery date nor country',
    spec: {
      sellerVat: VAT,
      buyerVat: 'DE123456789',
      lines: [{ amount: '100.00', categories: [{ code: 'K', rate: '0' }] }],
      breakdowns: [
        {
          taxable: '100.00',
          tax: '0',
          category: { code: 'K', rate: '0' },
          reasonCode: 'VATEX-EU-IC',
        },
      ],
    },
    fires: { ubl: ['BR-IC-11', 'BR-IC-12'], cii: ['BR-IC-11', 'BR-IC-12'] },
  },
  {
    name: 'reverse charge with the buyer legal identifier only',
    spec: {
      sellerVat: VAT,
      buyerLegalId: '123456789',
      lines: [{ amount: '100.00', categories: [{ code: 'AE', rate: '0' }] }],
      breakdowns: [
        {
          taxable: '100.00',
          tax: '0',
          category: { code: 'AE', rate: '0' },
          reason: 'Autoliquidation',
        },
      ],
    },
    fires: { ubl: [], cii: [] },
  },
  {
    name: 'exempt with the seller tax registration identifier only',
    spec: {
      sellerTaxId: '12345',
      lines: [{ amount: '100.00', categories: [{ code: 'E', rate: '0' }] }],
      breakdowns: [
        { taxable: '100.00', tax: '0', category: { code: 'E', rate: '0' }, reason: 'Exonéré' },
      ],
    },
    fires: { ubl: [], cii: [] },
  },
  {
    name: 'export with the seller tax registration identifier only',
    spec: {
      sellerTaxId: '12345',
      lines: [{ amount: '100.00', categories: [{ code: 'G', rate: '0' }] }],
      breakdowns: [
        { taxable: '100.00', tax: '0', category: { code: 'G', rate: '0' }, reason: 'Export' },
      ],
    },
    fires: { ubl: ['BR-G-02'], cii: ['BR-G-02'] },
  },
  {
    name: 'not subject to VAT, with a seller VAT identifier',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '100.00', categories: [{ code: 'O' }] }],
      breakdowns: [{ taxable: '100.00', tax: '0', category: { code: 'O' }, reason: 'Hors champ' }],
    },
    fires: { ubl: ['BR-O-02'], cii: ['BR-O-02'] },
  },
  {
    name: 'a negative S breakdown with a VAT amount 1.00 off',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '-72.50', categories: [{ code: 'S', rate: '19' }] }],
      breakdowns: [{ taxable: '-72.50', tax: '-14.78', category: { code: 'S', rate: '19' } }],
    },
    fires: { ubl: ['BR-S-09'], cii: ['BR-S-09'] },
  },
  {
    name: 'a negative S breakdown with a VAT amount 0.99 off',
    spec: {
      sellerVat: VAT,
      lines: [{ amount: '-72.50', categories: [{ code: 'S', rate: '19' }] }],
      breakdowns: [{ taxable: '-72.50', tax: '-14.77', category: { code: 'S', rate: '19' } }],
    },
    fires: { ubl: [], cii: [] },
  },
  {
    name: 'two rates of S, an allowance and a charge',
    spec: {
      sellerVat: VAT,
      lines: [
        { amount: '100.00', categories: [S20] },
        { amount: '50.00', categories: [{ code: 'S', rate: '10.0' }] },
      ],
      allowances: [{ amount: '10.00', category: S20 }],
      charges: [{ amount: '5.00', category: { code: 'S', rate: '10' } }],
      breakdowns: [
        { taxable: '90.00', tax: '18.00', category: S20 },
        { taxable: '55.00', tax: '5.50', category: { code: 'S', rate: '10' } },
      ],
    },
    fires: { ubl: [], cii: [] },
  },
  {
    name: 'exemption reasons where they do not belong, and missing where they do',
    spec: {
      sellerVat: VAT,
      lines: [
        { amount: '100.00', categories: [S20] },
        { amount: '10.00', categories: [{ code: 'E', rate: '0' }] },
      ],
      breakdowns: [
        { taxable: '100.00', tax: '20.00', category: S20, reason: 'Sans objet' },
        { taxable: '10.00', tax: '0', category: { code: 'E', rate: '0' } },
      ],
    },
    fires: { ubl: ['BR-E-10', 'BR-S-10'], cii: ['BR-E-10', 'BR-S-10'] },
  },
  {
    name: 'an empty exemption reason element in S, and as the only reason in E',
    spec: {
      sellerVat: VAT,
      lines: [
        { amount: '100.00', categories: [S20] },
        { amount: '10.00', categories: [{ code: 'E', rate: '0' }] },
      ],
      breakdowns: [
        { taxable: '100.00', tax: '20.00', category: S20, reason: '' },
        { taxable: '10.00', tax: '0', category: { code: 'E', rate: '0' }, reason: '' },
      ],
    },
    fires: { ubl: ['BR-S-10'], cii: ['BR-S-10'] },
  },
  {
    name: 'an empty rate element on a line in O',
    spec: {
      lines: [{ amount: '100.00', categories: [{ code: 'O', rate: '' }] }],
      breakdowns: [{ taxable: '100.00', tax: '0', category: { code: 'O' }, reason: 'Hors champ' }],
    },
    fires: { ubl: ['BR-O-05'], cii: ['BR-O-05'] },
  },
];
