import type { Invoice } from '../../../../shared/model';
import { type ContextOptions, invoiceWith } from './support';

/**
 * One model and what a rule must say about it: fire (at `at`, with a message matching `says`
 * in French when given) or stay silent.
 */
export interface Case {
  readonly rule: string;
  readonly title: string;
  readonly invoice: Invoice;
  readonly options?: ContextOptions;
  readonly fires: boolean;
  readonly at?: string;
  readonly says?: RegExp;
}

type Change = (invoice: Invoice) => void;

function fires(rule: string, title: string, change: Change, more: Partial<Case> = {}): Case {
  return { rule, title, invoice: invoiceWith(change), fires: true, ...more };
}

function passes(rule: string, title: string, change: Change, more: Partial<Case> = {}): Case {
  return { rule, title, invoice: invoiceWith(change), fires: false, ...more };
}

const UBL: ContextOptions = { syntax: 'ubl' };
const CII: ContextOptions = { syntax: 'cii' };

// Shorthands for the groups the cases change.
const seller = (i: Invoice) => i['BG-4'] ?? {};
const totals = (i: Invoice) => i['BG-22'] ?? {};
const line = (i: Invoice, n = 1) => i['BG-25']?.[n] ?? {};
const breakdown = (i: Invoice, n = 0) => i['BG-23']?.[n] ?? {};

/** Lines whose net amounts are `amounts`, everything else as in the complete invoice. */
function withLineAmounts(i: Invoice, amounts: readonly string[]): void {
  const template = line(i, 0);
  i['BG-25'] = amounts.map((amount, n) => ({
    ...template,
    'BT-126': String(n + 1),
    'BT-131': amount,
  }));
}

export const DOCUMENT_CASES: readonly Case[] = [
  fires('BR-01', 'no specification identifier', (i) => delete i['BG-2']?.['BT-24'], {
    at: '/BG-2/BT-24',
  }),
  passes('BR-01', 'a malformed identifier is still there', (i) => delete i['BG-2']?.['BT-24'], {
    options: { rejected: { '/BG-2/BT-24': '???' } },
  }),
  fires('BR-02', 'no invoice number', (i) => delete i['BT-1'], { at: '/BT-1' }),
  fires('BR-03', 'no issue date', (i) => delete i['BT-2'], { at: '/BT-2' }),
  passes(
    'BR-03',
    'an impossible date is still a date for the schematron',
    (i) => delete i['BT-2'],
    {
      options: { rejected: { '/BT-2': '2026-02-30' } },
    },
  ),
  fires('BR-04', 'no type code', (i) => delete i['BT-3']),
  fires('BR-05', 'no currency', (i) => delete i['BT-5']),
  fires('BR-06', 'no seller name', (i) => delete seller(i)['BT-27'], { at: '/BG-4/BT-27' }),
  fires('BR-07', 'no buyer name', (i) => delete i['BG-7']?.['BT-44']),
  fires('BR-08', 'no seller address', (i) => delete seller(i)['BG-5'], { at: '/BG-4/BG-5' }),
  fires('BR-09', 'a seller address without country', (i) => delete seller(i)['BG-5']?.['BT-40']),
  passes('BR-09', 'UBL: no address, no country rule', (i) => delete seller(i)['BG-5'], {
    options: UBL,
  }),
  fires(
    'BR-09',
    'CII: checked from the document, address or not',
    (i) => delete seller(i)['BG-5'],
    {
      options: CII,
    },
  ),
  fires('BR-10', 'no buyer address', (i) => delete i['BG-7']?.['BG-8']),
  fires('BR-11', 'a buyer address without country', (i) => delete i['BG-7']?.['BG-8']?.['BT-55']),
  passes('BR-11', 'no buyer address (model)', (i) => delete i['BG-7']?.['BG-8']),
  fires('BR-11', 'CII: no buyer address', (i) => delete i['BG-7']?.['BG-8'], { options: CII }),
  fires('BR-16', 'no line', (i) => delete i['BG-25'], { at: '/BG-25' }),
];

export const PARTY_CASES: readonly Case[] = [
  fires(
    'BR-17',
    'a payee without a name',
    (i) => {
      i['BG-10'] = { 'BT-60': { id: 'X1' } };
    },
    { at: '/BG-10/BT-59' },
  ),
  passes('BR-17', 'a payee other than the seller', (i) => {
    i['BG-10'] = { 'BT-59': 'Affacturage SA', 'BT-60': { id: 'FACT-1' } };
  }),
  fires(
    'BR-17',
    'a payee named as the seller (model, CII)',
    (i) => {
      i['BG-10'] = { 'BT-59': 'Atelier Numérique Durand SARL' };
    },
    { says: /même nom/ },
  ),
  passes(
    'BR-17',
    'UBL compares the payee name with the trading name, not the seller name',
    (i) => {
      i['BG-10'] = { 'BT-59': 'Atelier Numérique Durand SARL' };
    },
    { options: UBL },
  ),
  fires(
    'BR-17',
    'UBL: a payee named as the seller trading name',
    (i) => {
      i['BG-10'] = { 'BT-59': 'Atelier Durand' };
    },
    { options: UBL },
  ),
  fires(
    'BR-17',
    'a payee with the seller identifier',
    (i) => {
      i['BG-10'] = { 'BT-59': 'Autre', 'BT-60': { id: '81245637400022' } };
    },
    { options: UBL },
  ),
  fires(
    'BR-17',
    'CII: a payee with the seller legal registration identifier',
    (i) => {
      seller(i)['BT-30'] = { id: '812456374', scheme: '0002' };
      i['BG-10'] = { 'BT-59': 'Autre', 'BT-61': { id: '812456374' } };
    },
    { options: CII },
  ),
  fires('BR-18', 'a tax representative without a name', (i) => {
    i['BG-11'] = { 'BT-63': 'FR82812456374', 'BG-12': { 'BT-69': 'FR' } };
  }),
  fires('BR-19', 'a tax representative without an address', (i) => {
    i['BG-11'] = { 'BT-62': 'Rep', 'BT-63': 'FR82812456374' };
  }),
  fires('BR-20', 'a representative address without country', (i) => {
    i['BG-11'] = { 'BT-62': 'Rep', 'BT-63': 'FR82812456374', 'BG-12': { 'BT-66': 'Lyon' } };
  }),
  passes(
    'BR-20',
    'UBL: no representative address, no country rule',
    (i) => {
      i['BG-11'] = { 'BT-62': 'Rep', 'BT-63': 'FR82812456374' };
    },
    { options: UBL },
  ),
  fires(
    'BR-20',
    'CII: checked from the representative',
    (i) => {
      i['BG-11'] = { 'BT-62': 'Rep', 'BT-63': 'FR82812456374' };
    },
    { options: CII },
  ),
  fires('BR-56', 'a tax representative without a VAT identifier', (i) => {
    i['BG-11'] = { 'BT-62': 'Rep', 'BG-12': { 'BT-69': 'FR' } };
  }),
  passes('BR-56', 'a complete tax representative', (i) => {
    i['BG-11'] = { 'BT-62': 'Rep', 'BT-63': 'FR82812456374', 'BG-12': { 'BT-69': 'FR' } };
  }),
  fires(
    'BR-62',
    'a seller electronic address without scheme',
    (i) => {
      seller(i)['BT-34'] = { id: '812456374' };
    },
    { at: '/BG-4/BT-34/scheme' },
  ),
  passes('BR-62', 'no seller electronic address', (i) => delete seller(i)['BT-34']),
  fires('BR-63', 'a buyer electronic address without scheme', (i) => {
    if (i['BG-7']) i['BG-7']['BT-49'] = { id: '212600126' };
  }),
  fires(
    'BR-CO-09',
    'a VAT identifier without a country prefix',
    (i) => {
      seller(i)['BT-31'] = '82812456374';
    },
    { at: '/BG-4/BT-31', says: /82812456374/ },
  ),
  passes('BR-CO-09', 'EL for Greece', (i) => {
    if (i['BG-7']) i['BG-7']['BT-48'] = 'EL123456789';
  }),
  fires(
    'BR-CO-09',
    'a buyer VAT identifier with an unknown prefix',
    (i) => {
      if (i['BG-7']) i['BG-7']['BT-48'] = 'QQ123456789';
    },
    { options: CII },
  ),
  passes(
    'BR-CO-09',
    'UBL: South Sudan is in the UBL list',
    (i) => {
      seller(i)['BT-31'] = 'SS123';
    },
    { options: UBL },
  ),
  fires(
    'BR-CO-09',
    'CII: South Sudan is not in the CII list',
    (i) => {
      seller(i)['BT-31'] = 'SS123';
    },
    { options: CII },
  ),
  passes(
    'BR-CO-09',
    'CII: the former Netherlands Antilles are in the CII list',
    (i) => {
      seller(i)['BT-31'] = 'AN123';
    },
    { options: CII },
  ),
  passes(
    'BR-CO-09',
    'UBL: the unpadded test accepts "D " (found in the list text)',
    (i) => {
      seller(i)['BT-31'] = 'D 123';
    },
    { options: UBL },
  ),
  fires('BR-CO-09', 'the model wants a real code', (i) => {
    seller(i)['BT-31'] = 'D 123';
  }),
  fires(
    'BR-CO-26',
    'a seller without any identifier',
    (i) => {
      delete seller(i)['BT-29'];
      delete seller(i)['BT-31'];
    },
    { at: '/BG-4' },
  ),
  passes('BR-CO-26', 'a seller with its legal registration identifier only', (i) => {
    delete seller(i)['BT-29'];
    delete seller(i)['BT-31'];
    seller(i)['BT-30'] = { id: '812456374', scheme: '0002' };
  }),
];

export const LINE_CASES: readonly Case[] = [
  fires('BR-21', 'a line without identifier', (i) => delete line(i)['BT-126'], {
    at: '/BG-25/1/BT-126',
  }),
  fires('BR-22', 'a line without quantity', (i) => delete line(i)['BT-129']),
  passes('BR-22', 'a malformed quantity is still there', (i) => delete line(i)['BT-129'], {
    options: { rejected: { '/BG-25/1/BT-129': '4,5' } },
  }),
  fires('BR-23', 'a line without unit', (i) => delete line(i)['BT-130']),
  fires('BR-24', 'a line without net amount', (i) => delete line(i)['BT-131']),
  fires('BR-25', 'a line without item name', (i) => delete line(i)['BG-31']?.['BT-153'], {
    at: '/BG-25/1/BG-31/BT-153',
  }),
  fires('BR-26', 'a line without net price', (i) => delete line(i)['BG-29']?.['BT-146']),
  fires(
    'BR-27',
    'a negative net price',
    (i) => {
      (line(i)['BG-29'] ?? {})['BT-146'] = '-1.00';
    },
    { at: '/BG-25/1/BG-29/BT-146', says: /-1\.00/ },
  ),
  passes('BR-27', 'a net price of minus zero is not negative', (i) => {
    (line(i)['BG-29'] ?? {})['BT-146'] = '-0.00';
  }),
  fires(
    'BR-27',
    'no net price at all (the comparison with 0 is false)',
    (i) => delete line(i)['BG-29'],
  ),
  fires('BR-27', 'an unreadable net price', (i) => delete line(i)['BG-29']?.['BT-146'], {
    options: { rejected: { '/BG-25/1/BG-29/BT-146': '4O.00' } },
    says: /4O\.00/,
  }),
  fires('BR-28', 'a negative gross price', (i) => {
    (line(i)['BG-29'] ?? {})['BT-148'] = '-5';
  }),
  passes('BR-28', 'a gross price of zero', (i) => {
    (line(i)['BG-29'] ?? {})['BT-148'] = '0';
  }),
  fires('BR-CO-04', 'a line without VAT category', (i) => delete line(i)['BG-30']?.['BT-151']),
  fires(
    'BR-64',
    'an item standard identifier without scheme',
    (i) => {
      (line(i)['BG-31'] ?? {})['BT-157'] = { id: '4012345678901' };
    },
    { at: '/BG-25/1/BG-31/BT-157/scheme' },
  ),
  passes('BR-64', 'an item standard identifier with its scheme', (i) => {
    (line(i)['BG-31'] ?? {})['BT-157'] = { id: '4012345678901', scheme: '0160' };
  }),
  fires(
    'BR-65',
    'an item classification without scheme',
    (i) => {
      (line(i)['BG-31'] ?? {})['BT-158'] = [{ id: '49019900', scheme: 'HS' }, { id: '12' }];
    },
    { at: '/BG-25/1/BG-31/BT-158/1/scheme' },
  ),
  passes('BR-65', 'item classifications with schemes', (i) => {
    (line(i)['BG-31'] ?? {})['BT-158'] = [{ id: '49019900', scheme: 'HS' }];
  }),
  fires(
    'BR-54',
    'an item attribute without value',
    (i) => {
      (line(i)['BG-31'] ?? {})['BG-32'] = [{ 'BT-160': 'Couleur' }];
    },
    { at: '/BG-25/1/BG-31/BG-32/0/BT-161' },
  ),
  passes('BR-54', 'a complete item attribute', (i) => {
    (line(i)['BG-31'] ?? {})['BG-32'] = [{ 'BT-160': 'Couleur', 'BT-161': 'Bleu' }];
  }),
];

const allowance = { 'BT-92': '10.00', 'BT-95': 'S', 'BT-96': '20.00', 'BT-97': 'Remise fidélité' };
const charge = { 'BT-99': '10.00', 'BT-102': 'S', 'BT-103': '20.00', 'BT-104': 'Port' };

export const ALLOWANCE_CASES: readonly Case[] = [
  fires(
    'BR-31',
    'a document allowance without amount',
    (i) => {
      i['BG-20'] = [{ ...allowance, 'BT-92': undefined }];
    },
    { at: '/BG-20/0/BT-92' },
  ),
  fires('BR-32', 'a document allowance without VAT category', (i) => {
    i['BG-20'] = [{ ...allowance, 'BT-95': undefined }];
  }),
  fires(
    'BR-33',
    'a document allowance without reason',
    (i) => {
      i['BG-20'] = [{ ...allowance, 'BT-97': undefined }];
    },
    { at: '/BG-20/0' },
  ),
  passes('BR-33', 'a reason code is enough', (i) => {
    i['BG-20'] = [{ ...allowance, 'BT-97': undefined, 'BT-98': '95' }];
  }),
  fires('BR-CO-21', 'the same test as BR-33', (i) => {
    i['BG-20'] = [{ ...allowance, 'BT-97': undefined }];
  }),
  passes('BR-CO-21', 'a document allowance with its reason', (i) => {
    i['BG-20'] = [allowance];
  }),
  fires('BR-36', 'a document charge without amount', (i) => {
    i['BG-21'] = [{ ...charge, 'BT-99': undefined }];
  }),
  fires('BR-37', 'a document charge without VAT category', (i) => {
    i['BG-21'] = [{ ...charge, 'BT-102': undefined }];
  }),
  fires('BR-38', 'a document charge without reason', (i) => {
    i['BG-21'] = [{ ...charge, 'BT-104': undefined }];
  }),
  fires('BR-CO-22', 'the same test as BR-38', (i) => {
    i['BG-21'] = [{ ...charge, 'BT-104': undefined }];
  }),
  passes('BR-CO-22', 'a charge with its reason code', (i) => {
    i['BG-21'] = [{ ...charge, 'BT-104': undefined, 'BT-105': 'FC' }];
  }),
  fires(
    'BR-41',
    'a line allowance without amount',
    (i) => {
      line(i)['BG-27'] = [{ 'BT-139': 'Remise' }];
    },
    { at: '/BG-25/1/BG-27/0/BT-136' },
  ),
  fires('BR-42', 'a line allowance without reason', (i) => {
    line(i)['BG-27'] = [{ 'BT-136': '1.00' }];
  }),
  fires('BR-CO-23', 'the same test as BR-42', (i) => {
    line(i)['BG-27'] = [{ 'BT-136': '1.00' }];
  }),
  passes('BR-CO-23', 'a line allowance with its reason', (i) => {
    line(i)['BG-27'] = [{ 'BT-136': '1.00', 'BT-139': 'Remise' }];
  }),
  fires('BR-43', 'a line charge without amount', (i) => {
    line(i)['BG-28'] = [{ 'BT-144': 'Frais' }];
  }),
  fires('BR-44', 'a line charge without reason', (i) => {
    line(i)['BG-28'] = [{ 'BT-141': '1.00' }];
  }),
  fires('BR-CO-24', 'the same test as BR-44', (i) => {
    line(i)['BG-28'] = [{ 'BT-141': '1.00' }];
  }),
  passes('BR-CO-24', 'a line charge with its reason code', (i) => {
    line(i)['BG-28'] = [{ 'BT-141': '1.00', 'BT-145': 'ABK' }];
  }),
];

/** BR-CO-05…08 have the test `true()`: whatever the reason and its code say. */
export const UNTESTABLE_CASES: readonly Case[] = (
  [
    ['BR-CO-05', (i: Invoice) => (i['BG-20'] = [{ ...allowance, 'BT-98': '100' }])],
    ['BR-CO-06', (i: Invoice) => (i['BG-21'] = [{ ...charge, 'BT-105': 'ZZZ' }])],
    [
      'BR-CO-07',
      (i: Invoice) => (line(i)['BG-27'] = [{ 'BT-136': '1', 'BT-139': 'Port', 'BT-140': '95' }]),
    ],
    [
      'BR-CO-08',
      (i: Invoice) => (line(i)['BG-28'] = [{ 'BT-141': '1', 'BT-144': 'Remise', 'BT-145': 'FC' }]),
    ],
  ] as const
).map(([rule, change]) =>
  passes(rule, 'a reason and a code that disagree are not checked', change),
);

export const PERIOD_CASES: readonly Case[] = [
  fires(
    'BR-29',
    'an invoicing period ending before it starts',
    (i) => {
      i['BG-13'] = { 'BG-14': { 'BT-73': '2026-03-31', 'BT-74': '2026-03-01' } };
    },
    { at: '/BG-13/BG-14/BT-74', says: /2026-03-01.*2026-03-31/ },
  ),
  passes('BR-29', 'a one-day period', (i) => {
    i['BG-13'] = { 'BG-14': { 'BT-73': '2026-03-01', 'BT-74': '2026-03-01' } };
  }),
  passes('BR-29', 'a period with a start only', (i) => {
    i['BG-13'] = { 'BG-14': { 'BT-73': '2026-03-01' } };
  }),
  fires(
    'BR-29',
    'an unreadable end date cannot be compared',
    (i) => {
      i['BG-13'] = { 'BG-14': { 'BT-73': '2026-03-01' } };
    },
    { options: { rejected: { '/BG-13/BG-14/BT-74': '2026-02-30' } } },
  ),
  fires(
    'BR-30',
    'a line period ending before it starts',
    (i) => {
      line(i)['BG-26'] = { 'BT-134': '2026-03-02', 'BT-135': '2026-03-01' };
    },
    { at: '/BG-25/1/BG-26/BT-135' },
  ),
  passes('BR-30', 'a line period in order', (i) => {
    line(i)['BG-26'] = { 'BT-134': '2026-03-01', 'BT-135': '2026-03-02' };
  }),
  fires(
    'BR-CO-19',
    'an empty invoicing period',
    (i) => {
      i['BG-13'] = { 'BG-14': {} };
    },
    { at: '/BG-13/BG-14' },
  ),
  passes('BR-CO-19', 'an invoicing period with an end date', (i) => {
    i['BG-13'] = { 'BG-14': { 'BT-74': '2026-03-31' } };
  }),
  fires('BR-CO-20', 'an empty line period', (i) => {
    line(i)['BG-26'] = {};
  }),
  passes('BR-CO-20', 'a line period with a start date', (i) => {
    line(i)['BG-26'] = { 'BT-134': '2026-03-01' };
  }),
  fires('BR-CO-03', 'both a VAT point date and its code', (i) => {
    i['BT-7'] = '2026-03-02';
    i['BT-8'] = '35';
  }),
  passes('BR-CO-03', 'a VAT point date code alone', (i) => {
    i['BT-8'] = '35';
  }),
  passes(
    'BR-CO-03',
    'CII: checked from the VAT breakdowns, so not without one',
    (i) => {
      i['BT-7'] = '2026-03-02';
      i['BT-8'] = '35';
      delete i['BG-23'];
    },
    { options: CII },
  ),
];

export const PAYMENT_CASES: readonly Case[] = [
  fires('BR-49', 'payment instructions without means code', (i) => delete i['BG-16']?.['BT-81']),
  fires(
    'BR-50',
    'a credit transfer account without identifier',
    (i) => {
      if (i['BG-16']) i['BG-16']['BG-17'] = [{ 'BT-85': 'Compte courant' }];
    },
    { at: '/BG-16/BG-17/0/BT-84' },
  ),
  passes('BR-50', 'an account without identifier when paying by card', (i) => {
    if (i['BG-16']) {
      i['BG-16']['BT-81'] = '48';
      i['BG-16']['BG-17'] = [{ 'BT-85': 'Compte courant' }];
    }
  }),
  fires('BR-61', 'a credit transfer without any account', (i) => delete i['BG-16']?.['BG-17']),
  passes(
    'BR-61',
    'CII: no account element, nothing to check',
    (i) => delete i['BG-16']?.['BG-17'],
    {
      options: CII,
    },
  ),
  fires(
    'BR-61',
    'CII: an account without identifier',
    (i) => {
      if (i['BG-16']) i['BG-16']['BG-17'] = [{ 'BT-85': 'Compte' }];
    },
    { options: CII },
  ),
  fires('BR-51', 'a full card number (warning outside CII)', (i) => {
    if (i['BG-16']) i['BG-16']['BG-18'] = { 'BT-87': '4970 1012 3456 7890' };
  }),
  passes('BR-51', 'a masked card number of 10 characters', (i) => {
    if (i['BG-16']) i['BG-16']['BG-18'] = { 'BT-87': '4970107890' };
  }),
  fires(
    'BR-51',
    'CII: a full card number',
    (i) => {
      if (i['BG-16']) i['BG-16']['BG-18'] = { 'BT-87': '4970101234567890' };
    },
    { options: CII },
  ),
];

export const REFERENCE_CASES: readonly Case[] = [
  fires(
    'BR-52',
    'a supporting document without reference',
    (i) => {
      i['BG-24'] = [{ 'BT-123': 'Bon de livraison' }];
    },
    { at: '/BG-24/0/BT-122' },
  ),
  passes('BR-52', 'a supporting document with its reference', (i) => {
    i['BG-24'] = [{ 'BT-122': 'BL-12' }];
  }),
  fires('BR-55', 'a preceding invoice reference without number', (i) => {
    i['BG-3'] = [{ 'BT-26': '2026-01-15' }];
  }),
  passes('BR-55', 'a preceding invoice reference with its number', (i) => {
    i['BG-3'] = [{ 'BT-25': 'F2026-0001' }];
  }),
  fires('BR-57', 'a deliver-to address without country', (i) => {
    i['BG-13'] = { 'BG-15': { 'BT-77': 'Lyon' } };
  }),
  passes('BR-57', 'a deliver-to address with its country', (i) => {
    i['BG-13'] = { 'BG-15': { 'BT-77': 'Lyon', 'BT-80': 'FR' } };
  }),
];

/** An Italian invoice under split payment: every party and every line in Italy, category B. */
function italian(i: Invoice): void {
  const seller = i['BG-4']?.['BG-5'];
  const buyer = i['BG-7']?.['BG-8'];
  if (seller) seller['BT-40'] = 'IT';
  if (buyer) buyer['BT-55'] = 'IT';
  for (const item of i['BG-25'] ?? []) if (item['BG-30']) item['BG-30']['BT-151'] = 'B';
  for (const item of i['BG-23'] ?? []) item['BT-118'] = 'B';
}

export const SPLIT_PAYMENT_CASES: readonly Case[] = [
  passes('BR-B-01', 'a domestic Italian invoice', italian),
  fires('BR-B-01', 'a French buyer', (i) => {
    italian(i);
    if (i['BG-7']?.['BG-8']) i['BG-7']['BG-8']['BT-55'] = 'FR';
  }),
  fires(
    'BR-B-01',
    'UBL also reads the items’ country of origin',
    (i) => {
      italian(i);
      (line(i)['BG-31'] ?? {})['BT-159'] = 'DE';
    },
    { options: UBL },
  ),
  passes(
    'BR-B-01',
    'CII does not read the items’ country of origin',
    (i) => {
      italian(i);
      (line(i)['BG-31'] ?? {})['BT-159'] = 'DE';
    },
    { options: CII },
  ),
  fires('BR-B-01', 'a country code the model refused is not IT', italian, {
    options: { rejected: { '/BG-13/BG-15/BT-80': 'it' } },
  }),
  fires('BR-B-02', 'split payment and standard rate together', (i) => {
    italian(i);
    (line(i)['BG-30'] ?? {})['BT-151'] = 'S';
  }),
  passes('BR-B-02', 'split payment alone', italian),
];

export const BREAKDOWN_CASES: readonly Case[] = [
  fires('BR-45', 'a breakdown without taxable amount', (i) => delete breakdown(i)['BT-116'], {
    at: '/BG-23/0/BT-116',
  }),
  fires('BR-46', 'a breakdown without tax amount', (i) => delete breakdown(i)['BT-117']),
  fires('BR-47', 'a breakdown without category', (i) => delete breakdown(i)['BT-118']),
  fires('BR-48', 'a standard rate breakdown without rate', (i) => delete breakdown(i)['BT-119']),
  passes('BR-48', 'category O needs no rate', (i) => {
    delete breakdown(i)['BT-119'];
    breakdown(i)['BT-118'] = 'O';
  }),
  passes(
    'BR-45',
    'CII: an L, M or O breakdown belongs to its own category rules',
    (i) => {
      delete breakdown(i)['BT-116'];
      breakdown(i)['BT-118'] = 'L';
    },
    { options: CII },
  ),
  fires(
    'BR-45',
    'UBL: every breakdown',
    (i) => {
      delete breakdown(i)['BT-116'];
      breakdown(i)['BT-118'] = 'L';
    },
    { options: UBL },
  ),
  fires(
    'BR-CO-17',
    'a tax amount 2.00 away from base × rate',
    (i) => {
      breakdown(i)['BT-117'] = '158.00';
    },
    { at: '/BG-23/0/BT-117', says: /158\.00.*156\.00/ },
  ),
  passes('BR-CO-17', 'within the artefacts’ tolerance of 1', (i) => {
    breakdown(i)['BT-117'] = '156.99';
  }),
  fires(
    'BR-CO-17',
    'UBL: exactly 1 away is outside (strict)',
    (i) => {
      breakdown(i)['BT-117'] = '157.00';
    },
    { options: UBL },
  ),
  passes(
    'BR-CO-17',
    'CII: exactly 1 away is inside (inclusive)',
    (i) => {
      breakdown(i)['BT-117'] = '157.00';
    },
    { options: CII },
  ),
  passes('BR-CO-17', 'a rate that rounds to 0 with a tax that rounds to 0', (i) => {
    Object.assign(breakdown(i), { 'BT-119': '0.40', 'BT-117': '0.49' });
  }),
  fires(
    'BR-CO-17',
    'a rate that rounds to 0 with a tax of 0.50 (rounds up to 1)',
    (i) => {
      Object.assign(breakdown(i), { 'BT-119': '0', 'BT-117': '0.50' });
    },
    { says: /doit être nul/ },
  ),
  passes('BR-CO-17', 'no rate and no tax', (i) => {
    Object.assign(breakdown(i), { 'BT-118': 'O', 'BT-117': '0.00' });
    delete breakdown(i)['BT-119'];
  }),
  fires('BR-CO-17', 'an unreadable taxable amount', (i) => delete breakdown(i)['BT-116'], {
    options: { rejected: { '/BG-23/0/BT-116': '780,00' } },
    at: '/BG-23/0/BT-116',
  }),
  passes(
    'BR-CO-17',
    'CII: category O breakdowns are left to the O rules',
    (i) => {
      Object.assign(breakdown(i), { 'BT-118': 'O', 'BT-117': '12.00' });
      delete breakdown(i)['BT-119'];
    },
    { options: CII },
  ),
  fires(
    'BR-CO-17',
    'UBL: a category O breakdown with tax',
    (i) => {
      Object.assign(breakdown(i), { 'BT-118': 'O', 'BT-117': '12.00' });
      delete breakdown(i)['BT-119'];
    },
    { options: UBL },
  ),
  fires('BR-CO-18', 'no VAT breakdown', (i) => delete i['BG-23'], { at: '/BG-23' }),
  passes(
    'BR-CO-18',
    'CII: checked from the lines, so not without lines',
    (i) => {
      delete i['BG-23'];
      delete i['BG-25'];
    },
    { options: CII },
  ),
];

export const TOTAL_CASES: readonly Case[] = [
  fires('BR-12', 'no sum of lines', (i) => delete totals(i)['BT-106'], { at: '/BG-22/BT-106' }),
  passes('BR-12', 'no totals at all: nothing to look into', (i) => delete i['BG-22']),
  fires('BR-13', 'no total without VAT', (i) => delete totals(i)['BT-109']),
  fires('BR-14', 'no total with VAT', (i) => delete totals(i)['BT-112']),
  fires('BR-15', 'no amount due', (i) => delete totals(i)['BT-115']),
  fires(
    'BR-53',
    'an accounting currency without the VAT total in it',
    (i) => {
      i['BT-6'] = 'USD';
    },
    { at: '/BG-22/BT-111' },
  ),
  passes('BR-53', 'an accounting currency with the VAT total in it', (i) => {
    i['BT-6'] = 'USD';
    totals(i)['BT-111'] = '178.00';
  }),
  passes(
    'BR-53',
    'UBL: the accounting currency may be the invoice currency',
    (i) => {
      i['BT-6'] = 'EUR';
      totals(i)['BT-111'] = '165.35';
    },
    { options: UBL },
  ),
  fires(
    'BR-53',
    'CII: the accounting currency must differ from the invoice currency',
    (i) => {
      i['BT-6'] = 'EUR';
      totals(i)['BT-111'] = '165.35';
    },
    { options: CII, at: '/BT-6' },
  ),
  fires(
    'BR-CO-10',
    'a sum of lines that does not add up',
    (i) => {
      totals(i)['BT-106'] = '950.01';
    },
    { at: '/BG-22/BT-106', says: /950\.01.*950/ },
  ),
  passes(
    'BR-CO-10',
    'UBL: 1.005 rounds up to 1.01 in decimal',
    (i) => {
      withLineAmounts(i, ['1.005']);
      totals(i)['BT-106'] = '1.01';
    },
    { options: UBL },
  ),
  fires(
    'BR-CO-10',
    'CII: the double sum 1.00499999… rounds down to 1.00',
    (i) => {
      withLineAmounts(i, ['1.005']);
      totals(i)['BT-106'] = '1.01';
    },
    { options: CII },
  ),
  passes(
    'BR-CO-10',
    'CII: the official rounding-issue example (lines that cancel out)',
    (i) => {
      withLineAmounts(i, ['720.81', '0.01', '-720.81', '-0.01']);
      totals(i)['BT-106'] = '0.00';
    },
    { options: CII },
  ),
  fires('BR-CO-10', 'an unreadable line amount', (i) => delete line(i)['BT-131'], {
    options: { rejected: { '/BG-25/1/BT-131': '170.OO' } },
    at: '/BG-25/1/BT-131',
  }),
  fires(
    'BR-CO-11',
    'allowances without their sum',
    (i) => {
      i['BG-20'] = [allowance];
    },
    { at: '/BG-22/BT-107' },
  ),
  passes('BR-CO-11', 'allowances and their sum', (i) => {
    i['BG-20'] = [allowance, { ...allowance, 'BT-92': '5.50' }];
    totals(i)['BT-107'] = '15.50';
  }),
  passes('BR-CO-11', 'a zero sum without allowances', (i) => {
    totals(i)['BT-107'] = '0.00';
  }),
  fires(
    'BR-CO-11',
    'a sum without allowances',
    (i) => {
      totals(i)['BT-107'] = '5.00';
    },
    { says: /5\.00/ },
  ),
  passes(
    'BR-CO-11',
    'UBL: 0.285 rounds to 0.29 in decimal',
    (i) => {
      i['BG-20'] = [{ ...allowance, 'BT-92': '0.285' }];
      totals(i)['BT-107'] = '0.29';
    },
    { options: UBL },
  ),
  passes(
    'BR-CO-11',
    'CII: 0.285 × 10 × 10 in double is 28.4999…, which rounds to 0.28',
    (i) => {
      i['BG-20'] = [{ ...allowance, 'BT-92': '0.285' }];
      totals(i)['BT-107'] = '0.28';
    },
    { options: CII },
  ),
  fires(
    'BR-CO-11',
    'CII: so 0.29 is wrong there',
    (i) => {
      i['BG-20'] = [{ ...allowance, 'BT-92': '0.285' }];
      totals(i)['BT-107'] = '0.29';
    },
    { options: CII },
  ),
  fires(
    'BR-CO-12',
    'charges whose sum is wrong',
    (i) => {
      i['BG-21'] = [charge];
      totals(i)['BT-108'] = '11.00';
    },
    { at: '/BG-22/BT-108' },
  ),
  passes(
    'BR-CO-12',
    'charges and their sum',
    (i) => {
      i['BG-21'] = [charge];
      totals(i)['BT-108'] = '10.00';
    },
    { options: CII },
  ),
  fires(
    'BR-CO-13',
    'a total without VAT that ignores the charges',
    (i) => {
      totals(i)['BT-108'] = '10.00';
    },
    { at: '/BG-22/BT-109', says: /960/ },
  ),
  passes('BR-CO-13', 'lines − allowances + charges', (i) => {
    Object.assign(totals(i), { 'BT-107': '15.00', 'BT-108': '10.00', 'BT-109': '945.00' });
  }),
  fires(
    'BR-CO-13',
    'UBL: without allowances and charges, BT-106 is compared unrounded',
    (i) => {
      Object.assign(totals(i), { 'BT-106': '950.005', 'BT-109': '950.01' });
    },
    { options: UBL },
  ),
  passes(
    'BR-CO-13',
    'CII: without allowances and charges, BT-106 is rounded',
    (i) => {
      Object.assign(totals(i), { 'BT-106': '950.005', 'BT-109': '950.01' });
    },
    { options: CII },
  ),
  fires(
    'BR-CO-14',
    'a VAT total that is not the sum of the breakdown',
    (i) => {
      totals(i)['BT-110'] = '165.36';
    },
    { at: '/BG-22/BT-110', says: /165\.36.*165\.35/ },
  ),
  passes('BR-CO-14', 'UBL: no breakdown, nothing to add up', (i) => delete i['BG-23'], {
    options: UBL,
  }),
  fires('BR-CO-14', 'CII: no breakdown, so the VAT total must be 0', (i) => delete i['BG-23'], {
    options: CII,
  }),
  fires(
    'BR-CO-14',
    'a model with a breakdown but no VAT total (UBL documents are checked on their XML)',
    (i) => {
      delete totals(i)['BT-110'];
    },
  ),
  fires(
    'BR-CO-15',
    'a total with VAT that does not add up',
    (i) => {
      totals(i)['BT-112'] = '1115.00';
    },
    { at: '/BG-22/BT-112', says: /1115\.00.*1115\.35/ },
  ),
  fires('BR-CO-15', 'no VAT total in the invoice currency', (i) => delete totals(i)['BT-110'], {
    at: '/BG-22/BT-110',
  }),
  passes('BR-CO-15', 'no invoice currency: nothing to check', (i) => {
    delete i['BT-5'];
    totals(i)['BT-112'] = '1.00';
  }),
  passes(
    'BR-CO-15',
    'CII: a total with VAT equal to the total without VAT',
    (i) => {
      delete totals(i)['BT-110'];
      totals(i)['BT-112'] = '950.00';
    },
    { options: CII },
  ),
  fires(
    'BR-CO-15',
    'UBL: that is not accepted there',
    (i) => {
      delete totals(i)['BT-110'];
      totals(i)['BT-112'] = '950.00';
    },
    { options: UBL },
  ),
  fires(
    'BR-CO-16',
    'an amount due that forgets the paid amount',
    (i) => {
      totals(i)['BT-113'] = '100.00';
    },
    { at: '/BG-22/BT-115', says: /1015\.35/ },
  ),
  passes('BR-CO-16', 'total − paid', (i) => {
    Object.assign(totals(i), { 'BT-113': '100.00', 'BT-115': '1015.35' });
  }),
  passes(
    'BR-CO-16',
    'total + rounding',
    (i) => {
      Object.assign(totals(i), { 'BT-114': '0.05', 'BT-115': '1115.40' });
    },
    { options: UBL },
  ),
  passes(
    'BR-CO-16',
    'UBL: BT-115 − BT-114 is rounded to cents before the comparison',
    (i) => {
      Object.assign(totals(i), { 'BT-114': '0.004', 'BT-115': '1115.35' });
    },
    { options: UBL },
  ),
  fires(
    'BR-CO-16',
    'CII: no rounding of its own',
    (i) => {
      Object.assign(totals(i), { 'BT-114': '0.004', 'BT-115': '1115.35' });
    },
    { options: CII },
  ),
];

/** Each BR-DEC rule, the term it reads and where it sits. */
const DECIMAL_PLACES: readonly [string, (i: Invoice, amount: string) => void][] = [
  ['BR-DEC-01', (i, a) => (i['BG-20'] = [{ ...allowance, 'BT-92': a }])],
  ['BR-DEC-02', (i, a) => (i['BG-20'] = [{ ...allowance, 'BT-93': a }])],
  ['BR-DEC-05', (i, a) => (i['BG-21'] = [{ ...charge, 'BT-99': a }])],
  ['BR-DEC-06', (i, a) => (i['BG-21'] = [{ ...charge, 'BT-100': a }])],
  ['BR-DEC-09', (i, a) => (totals(i)['BT-106'] = a)],
  ['BR-DEC-10', (i, a) => (totals(i)['BT-107'] = a)],
  ['BR-DEC-11', (i, a) => (totals(i)['BT-108'] = a)],
  ['BR-DEC-12', (i, a) => (totals(i)['BT-109'] = a)],
  ['BR-DEC-14', (i, a) => (totals(i)['BT-112'] = a)],
  ['BR-DEC-16', (i, a) => (totals(i)['BT-113'] = a)],
  ['BR-DEC-17', (i, a) => (totals(i)['BT-114'] = a)],
  ['BR-DEC-18', (i, a) => (totals(i)['BT-115'] = a)],
  ['BR-DEC-19', (i, a) => (breakdown(i)['BT-116'] = a)],
  ['BR-DEC-20', (i, a) => (breakdown(i)['BT-117'] = a)],
  ['BR-DEC-23', (i, a) => (line(i)['BT-131'] = a)],
  ['BR-DEC-24', (i, a) => (line(i)['BG-27'] = [{ 'BT-136': a, 'BT-139': 'R' }])],
  ['BR-DEC-25', (i, a) => (line(i)['BG-27'] = [{ 'BT-136': '1', 'BT-137': a, 'BT-139': 'R' }])],
  ['BR-DEC-27', (i, a) => (line(i)['BG-28'] = [{ 'BT-141': a, 'BT-144': 'R' }])],
  ['BR-DEC-28', (i, a) => (line(i)['BG-28'] = [{ 'BT-141': '1', 'BT-142': a, 'BT-144': 'R' }])],
];

export const DECIMAL_CASES: readonly Case[] = [
  ...DECIMAL_PLACES.flatMap(([rule, put]) => [
    fires(rule, 'three decimals, even trailing zeros', (i) => put(i, '10.000'), {
      says: /10\.000/,
    }),
    passes(rule, 'two decimals', (i) => put(i, '10.50')),
  ]),
  fires('BR-DEC-23', 'counted on the text the model refused', (i) => delete line(i)['BT-131'], {
    options: { rejected: { '/BG-25/1/BT-131': '1.2.345' } },
  }),
  passes(
    'BR-DEC-23',
    'a refused text without a point has no decimals',
    (i) => delete line(i)['BT-131'],
    {
      options: { rejected: { '/BG-25/1/BT-131': '170,005' } },
    },
  ),
  fires('BR-DEC-13', 'a VAT total with three decimals (model)', (i) => {
    totals(i)['BT-110'] = '165.350';
  }),
  passes(
    'BR-DEC-13',
    'UBL: the artefact’s path never selects the amount',
    (i) => {
      totals(i)['BT-110'] = '165.355';
    },
    { options: UBL },
  ),
  fires(
    'BR-DEC-13',
    'CII: a VAT total that is not a whole number of cents',
    (i) => {
      totals(i)['BT-110'] = '165.355';
    },
    { options: CII },
  ),
  passes(
    'BR-DEC-13',
    'CII: trailing zeros do not count there',
    (i) => {
      totals(i)['BT-110'] = '165.350';
    },
    { options: CII },
  ),
  passes(
    'BR-DEC-13',
    'CII: another VAT total (accounting currency) satisfies the test',
    (i) => {
      i['BT-6'] = 'USD';
      Object.assign(totals(i), { 'BT-110': '165.355', 'BT-111': '178.00' });
    },
    { options: CII },
  ),
  fires('BR-DEC-15', 'an accounting VAT total with three decimals (model)', (i) => {
    i['BT-6'] = 'USD';
    totals(i)['BT-111'] = '178.001';
  }),
  passes(
    'BR-DEC-15',
    'UBL: never selected either',
    (i) => {
      i['BT-6'] = 'USD';
      totals(i)['BT-111'] = '178.001';
    },
    { options: UBL },
  ),
  fires(
    'BR-DEC-15',
    'CII: not a whole number of cents',
    (i) => {
      i['BT-6'] = 'USD';
      totals(i)['BT-111'] = '178.001';
    },
    { options: CII },
  ),
  passes(
    'BR-DEC-15',
    'CII: no accounting currency',
    (i) => {
      totals(i)['BT-110'] = '165.355';
    },
    { options: CII },
  ),
];

export const ALL_CASES: readonly Case[] = [
  ...DOCUMENT_CASES,
  ...PARTY_CASES,
  ...LINE_CASES,
  ...ALLOWANCE_CASES,
  ...UNTESTABLE_CASES,
  ...PERIOD_CASES,
  ...PAYMENT_CASES,
  ...REFERENCE_CASES,
  ...SPLIT_PAYMENT_CASES,
  ...BREAKDOWN_CASES,
  ...TOTAL_CASES,
  ...DECIMAL_CASES,
];
