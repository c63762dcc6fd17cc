import { describe, expect, it } from 'vitest';
import type { Invoice, VatBreakdown } from '../../../../shared/model';
import { VAT_CATEGORIES, VAT_CATEGORY_RULES } from '../../../../shared/rules/en16931/vat';
import type { VatCategoryCode } from '../../../../shared/rules/en16931/vat/categories';
import type { RuleContext } from '../../../../shared/rules/rule';
import { checkModel, ids } from './run';

const RATE: Readonly<Record<VatCategoryCode, string | undefined>> = {
  S: '20',
  Z: '0',
  E: '0',
  AE: '0',
  K: '0',
  G: '0',
  O: undefined,
  L: '7',
  M: '4',
};
/** 95.00 (100 − 10 + 5) at the category's rate. */
const TAX: Readonly<Record<VatCategoryCode, string>> = {
  S: '19.00',
  Z: '0.00',
  E: '0.00',
  AE: '0.00',
  K: '0.00',
  G: '0.00',
  O: '0.00',
  L: '6.65',
  M: '3.80',
};
const EXEMPT = new Set<VatCategoryCode>(['E', 'AE', 'K', 'G', 'O']);
const COMPUTED = new Set<VatCategoryCode>(['S', 'L', 'M']);

/** A line of 100, an allowance of 10 and a charge of 5, all in one category, consistent. */
function invoiceIn(code: VatCategoryCode): Invoice {
  const rate = RATE[code];
  const withRate = <T extends object>(term: string, group: T): T =>
    rate === undefined ? group : { ...group, [term]: rate };
  return {
    'BG-4':
      code === 'O' ? { 'BT-27': 'Vendeur' } : { 'BT-27': 'Vendeur', 'BT-31': 'FR40303265045' },
    'BG-7': code === 'AE' || code === 'K' ? { 'BT-44': 'Client', 'BT-48': 'DE123456789' } : {},
    ...(code === 'K' ? { 'BG-13': { 'BT-72': '2026-03-01', 'BG-15': { 'BT-80': 'DE' } } } : {}),
    'BG-20': [withRate('BT-96', { 'BT-92': '10.00', 'BT-95': code })],
    'BG-21': [withRate('BT-103', { 'BT-99': '5.00', 'BT-102': code })],
    'BG-23': [
      withRate('BT-119', {
        'BT-116': '95.00',
        'BT-117': TAX[code],
        'BT-118': code,
        ...(EXEMPT.has(code) ? { 'BT-120': 'Motif d’exonération' } : {}),
      }),
    ],
    'BG-25': [
      { 'BT-126': '1', 'BT-131': '100.00', 'BG-30': withRate('BT-152', { 'BT-151': code }) },
    ],
  };
}

/** A rate the category refuses. */
function badRate(code: VatCategoryCode): string {
  if (code === 'S') return '0';
  if (code === 'L' || code === 'M') return '-1';
  return code === 'O' ? '0' : '5';
}

type Mutation = (invoice: Invoice, code: VatCategoryCode) => void;

const first = <T>(list: T[] | undefined): T => {
  const item = list?.[0];
  if (item === undefined) throw new Error('empty list');
  return item;
};

const removeOrAddSellerVat: Mutation = (i, code) => {
  if (code === 'O') i['BG-4'] = { ...i['BG-4'], 'BT-31': 'FR40303265045' };
  else i['BG-4'] = { 'BT-27': 'Vendeur' };
};

/** For each rule number, a change of the consistent invoice that breaks it. */
const BREAK: Readonly<Record<number, Mutation>> = {
  1: (i) => {
    delete i['BG-23'];
  },
  2: removeOrAddSellerVat,
  3: removeOrAddSellerVat,
  4: removeOrAddSellerVat,
  5: (i, code) => {
    first(i['BG-25'])['BG-30'] = { 'BT-151': code, 'BT-152': badRate(code) };
  },
  6: (i, code) => {
    first(i['BG-20'])['BT-96'] = badRate(code);
  },
  7: (i, code) => {
    first(i['BG-21'])['BT-103'] = badRate(code);
  },
  8: (i) => {
    first(i['BG-23'])['BT-116'] = '96.00';
  },
  9: (i, code) => {
    first(i['BG-23'])['BT-117'] = COMPUTED.has(code) ? '21.00' : '1.00';
  },
  10: (i, code) => {
    const breakdown = first(i['BG-23']);
    if (EXEMPT.has(code)) delete breakdown['BT-120'];
    else breakdown['BT-121'] = 'VATEX-EU-O';
  },
};

const BREAK_O: Readonly<Record<number, Mutation>> = {
  11: (i) => {
    i['BG-23']?.push({ 'BT-116': '0', 'BT-117': '0', 'BT-118': 'S', 'BT-119': '20' });
  },
  12: (i) => {
    i['BG-25']?.push({ 'BT-126': '2', 'BT-131': '0', 'BG-30': { 'BT-151': 'S', 'BT-152': '20' } });
  },
  13: (i) => {
    i['BG-20']?.push({ 'BT-92': '0', 'BT-95': 'S', 'BT-96': '20' });
  },
  14: (i) => {
    i['BG-21']?.push({ 'BT-99': '0', 'BT-102': 'S', 'BT-103': '20' });
  },
};

const BREAK_K: Readonly<Record<number, Mutation>> = {
  11: (i) => {
    i['BG-13'] = { 'BG-15': { 'BT-80': 'DE' } };
  },
  12: (i) => {
    i['BG-13'] = { 'BT-72': '2026-03-01' };
  },
};

describe('VAT category rules on a model (the norm’s reading)', () => {
  for (const category of Object.values(VAT_CATEGORIES)) {
    const rules = VAT_CATEGORY_RULES.filter((r) => r.id.startsWith(`${category.prefix}-`));

    it(`${category.code}: a consistent invoice breaks none of the rules`, () => {
      expect(checkModel(invoiceIn(category.code))).toEqual([]);
    });

    for (const rule of rules) {
      it(`${category.code}: ${rule.id} fires on an invoice that breaks it`, () => {
        const n = Number(rule.id.slice(-2));
        const mutate =
          (category.code === 'O' && BREAK_O[n]) ||
          (category.code === 'K' && BREAK_K[n]) ||
          BREAK[n];
        if (!mutate) throw new Error(`no mutation for ${rule.id}`);
        const invoice = invoiceIn(category.code);
        mutate(invoice, category.code);
        const found = checkModel(invoice).filter((f) => f.rule === rule.id);
        expect(found.length).toBeGreaterThan(0);
        for (const finding of found) {
          expect(finding.severity).toBe('fatal');
          expect(finding.layer).toBe('en16931');
        }
      });
    }
  }

  it('wants exactly one breakdown for Z, E, AE, K, G and O, several are fine for S, L and M', () => {
    for (const category of Object.values(VAT_CATEGORIES)) {
      const invoice = invoiceIn(category.code);
      const breakdown = first(invoice['BG-23']);
      invoice['BG-23'] = [breakdown, { ...breakdown, 'BT-116': '0', 'BT-117': '0' }];
      const fired = ids(checkModel(invoice)).includes(`${category.prefix}-01`);
      expect(fired, category.code).toBe(!['S', 'L', 'M'].includes(category.code));
    }
  });

  it('needs the buyer’s identifiers for reverse charge and intra-community supplies', () => {
    const reverse = invoiceIn('AE');
    reverse['BG-7'] = { 'BT-44': 'Client' };
    expect(ids(checkModel(reverse))).toEqual(['BR-AE-02', 'BR-AE-03', 'BR-AE-04']);
    reverse['BG-7'] = { 'BT-44': 'Client', 'BT-47': { id: '123456789', scheme: '0002' } };
    expect(ids(checkModel(reverse))).toEqual([]);

    const intra = invoiceIn('K');
    intra['BG-7'] = { 'BT-44': 'Client', 'BT-47': { id: '123456789', scheme: '0002' } };
    expect(ids(checkModel(intra))).toEqual(['BR-IC-02', 'BR-IC-03', 'BR-IC-04']);
  });

  it('accepts the tax representative’s VAT identifier, and BT-32 except for G and K', () => {
    const represented = invoiceIn('S');
    represented['BG-4'] = { 'BT-27': 'Vendeur' };
    represented['BG-11'] = { 'BT-62': 'Représentant', 'BT-63': 'FR40303265045' };
    expect(checkModel(represented)).toEqual([]);
    for (const code of ['E', 'G'] as const) {
      const registered = invoiceIn(code);
      registered['BG-4'] = { 'BT-27': 'Vendeur', 'BT-32': '12345' };
      expect(ids(checkModel(registered)), code).toEqual(
        code === 'G' ? ['BR-G-02', 'BR-G-03', 'BR-G-04'] : [],
      );
    }
  });

  it('follows the norm where an artefact departs from it', () => {
    // Two lines in S and no breakdown: CII lets it pass, the norm does not.
    const twoLines: Invoice = {
      'BG-4': { 'BT-31': 'FR40303265045' },
      'BG-25': [
        { 'BT-131': '60', 'BG-30': { 'BT-151': 'S', 'BT-152': '20' } },
        { 'BT-131': '40', 'BG-30': { 'BT-151': 'S', 'BT-152': '20' } },
      ],
    };
    expect(ids(checkModel(twoLines))).toEqual(['BR-S-01']);
    // IGIC at rate 0: CII refuses it, the norm and UBL accept it.
    const igic = invoiceIn('L');
    first(igic['BG-25'])['BG-30'] = { 'BT-151': 'L', 'BT-152': '0' };
    expect(ids(checkModel(igic))).not.toContain('BR-AF-05');
    // IGIC amounts: never checked by CII, checked here.
    const wrong = invoiceIn('M');
    first(wrong['BG-23'])['BT-116'] = '150.00';
    expect(ids(checkModel(wrong))).toEqual(['BR-AG-08', 'BR-AG-09']);
  });

  it('rounds each sum as the schematron does, halves towards +∞, and wants the taxable amount equal', () => {
    const invoice = (taxable: string, amount: string): Invoice => ({
      'BG-4': { 'BT-31': 'FR40303265045' },
      'BG-23': [{ 'BT-116': taxable, 'BT-117': '0', 'BT-118': 'Z', 'BT-119': '0' }],
      'BG-25': [{ 'BT-131': amount, 'BG-30': { 'BT-151': 'Z', 'BT-152': '0' } }],
    });
    expect(ids(checkModel(invoice('66.67', '66.666')))).toEqual([]);
    expect(ids(checkModel(invoice('66.666', '66.666')))).toEqual(['BR-Z-08']);
    expect(ids(checkModel(invoice('-10.00', '-10.005')))).toEqual([]);
    expect(ids(checkModel(invoice('-10.01', '-10.005')))).toEqual(['BR-Z-08']);
    expect(ids(checkModel(invoice('10.01', '10.005')))).toEqual([]);
    expect(ids(checkModel(invoice('95.01', '95')))).toEqual(['BR-Z-08']);
  });

  it('sums by rate for S, L and M; rates compare as numbers', () => {
    const invoice: Invoice = {
      'BG-4': { 'BT-31': 'FR40303265045' },
      'BG-20': [{ 'BT-92': '10', 'BT-95': 'S', 'BT-96': '10.00' }],
      'BG-23': [
        { 'BT-116': '100.00', 'BT-117': '20.00', 'BT-118': 'S', 'BT-119': '20' },
        { 'BT-116': '40.00', 'BT-117': '4.00', 'BT-118': 'S', 'BT-119': '10' },
      ],
      'BG-25': [
        { 'BT-131': '100.00', 'BG-30': { 'BT-151': 'S', 'BT-152': '20.0' } },
        { 'BT-131': '50.00', 'BG-30': { 'BT-151': 'S', 'BT-152': '10' } },
      ],
    };
    expect(checkModel(invoice)).toEqual([]);
    // No line at 19.6 %: its sum is 0. The VAT amount stays within 1 of 100 × 19.6 %.
    first(invoice['BG-23'])['BT-119'] = '19.6';
    expect(ids(checkModel(invoice))).toEqual(['BR-S-08']);
  });

  it('says what it compared, in both languages', () => {
    const invoice = invoiceIn('S');
    first(invoice['BG-23'])['BT-116'] = '96.00';
    first(invoice['BG-23'])['BT-117'] = '25.00';
    const findings = checkModel(invoice);
    const taxable = findings.find((f) => f.rule === 'BR-S-08');
    expect(taxable?.message.fr).toContain('vaut 96.00');
    expect(taxable?.message.fr).toContain('donne 95');
    expect(taxable?.message.en).toContain('is 96.00');
    const tax = findings.find((f) => f.rule === 'BR-S-09');
    expect(tax?.message.fr).toContain('96.00 × 20 % donne 19.2');
    expect(tax?.message.en).toContain('gives 19.2');
  });

  it('points at the term to correct', () => {
    const invoice = invoiceIn('Z');
    first(invoice['BG-25'])['BG-30'] = { 'BT-151': 'Z', 'BT-152': '5' };
    first(invoice['BG-23'])['BT-116'] = '1.00';
    invoice['BG-4'] = {};
    const at = (id: string) => {
      const rule = VAT_CATEGORY_RULES.find((r) => r.id === id);
      if (!rule) throw new Error(id);
      return rule.check(contextOf(invoice)).map((v) => v.at);
    };
    expect(at('BR-Z-05')).toEqual(['/BG-25/0/BG-30/BT-152']);
    expect(at('BR-Z-08')).toEqual(['/BG-23/0/BT-116']);
    expect(at('BR-Z-02')).toEqual(['/BG-4/BT-31']);
  });

  it('counts a value the reader found malformed as present, and as no number', () => {
    const invoice = invoiceIn('K');
    const breakdown = first(invoice['BG-23']) as VatBreakdown;
    delete breakdown['BT-116'];
    invoice['BG-13'] = { 'BG-15': { 'BT-80': 'DE' } };
    const rejected = new Map([
      ['/BG-23/0/BT-116', { term: 'BT-116' as const, found: '95,00', location: {} }],
      ['/BG-13/BT-72', { term: 'BT-72' as const, found: '01/03/2026', location: {} }],
    ]);
    const findings = checkModel(invoice, rejected);
    expect(ids(findings)).toEqual(['BR-IC-08']);
    expect(findings[0]?.message.fr).toContain('"95,00", n\'est pas un nombre');
  });

  it('never throws on odd models', () => {
    expect(checkModel({})).toEqual([]);
    expect(() =>
      checkModel({
        'BG-23': [{}, { 'BT-118': 'S', 'BT-119': 'abc' }],
        'BG-25': [{}, { 'BG-30': {} }, { 'BT-131': '1e3', 'BG-30': { 'BT-151': 'S' } }],
        'BG-20': [{}],
      } as Invoice),
    ).not.toThrow();
  });
});

function contextOf(invoice: Invoice): RuleContext {
  return {
    invoice,
    sources: new Map(),
    rejected: new Map(),
    profile: undefined,
    options: {},
    memo: new Map(),
  };
}
