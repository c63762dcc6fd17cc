/**
 * How many decimals Chorus Pro takes: amounts 2 (flows and form), quantities 4 and unit prices 6
 * (the form; *verify*).
 */
import {
  AMOUNT_MAX_DECIMALS,
  QUANTITY_MAX_DECIMALS,
  UNIT_PRICE_MAX_DECIMALS,
} from '../../chorus/limits';
import type { PortalFieldName } from '../../chorus/portal-fields';
import { portalBlockText, portalFieldText } from '../../chorus/portal-fields';
import type { LocalizedText } from '../../i18n/text';
import { decimalsOf, definitionOf, type Invoice, pointer, type TermId } from '../../model';
import type { Violation } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { sentences } from './text';

/** One decimal value of the invoice: where it is, which term, and the line it belongs to. */
interface DecimalValue {
  readonly term: TermId;
  readonly value: string;
  readonly at: string;
  /** 1-based position of the invoice line, for line terms. */
  readonly line?: number;
}

const TOTAL_TERMS = [
  'BT-106',
  'BT-107',
  'BT-108',
  'BT-109',
  'BT-110',
  'BT-111',
  'BT-112',
  'BT-113',
  'BT-114',
  'BT-115',
] as const;

/** Every amount Chorus Pro reads (docs/rules/chorus.md CHORUS-08), in document order. */
function* amountsOf(invoice: Invoice): Generator<DecimalValue> {
  const allowances = invoice['BG-20'] ?? [];
  for (const [n, allowance] of allowances.entries()) {
    for (const term of ['BT-92', 'BT-93'] as const) {
      const value = allowance[term];
      if (value !== undefined) yield { term, value, at: pointer('BG-20', n, term) };
    }
  }
  const charges = invoice['BG-21'] ?? [];
  for (const [n, charge] of charges.entries()) {
    for (const term of ['BT-99', 'BT-100'] as const) {
      const value = charge[term];
      if (value !== undefined) yield { term, value, at: pointer('BG-21', n, term) };
    }
  }
  const totals = invoice['BG-22'];
  if (totals) {
    for (const term of TOTAL_TERMS) {
      const value = totals[term];
      if (value !== undefined) yield { term, value, at: pointer('BG-22', term) };
    }
  }
  const breakdown = invoice['BG-23'] ?? [];
  for (const [n, vat] of breakdown.entries()) {
    for (const term of ['BT-116', 'BT-117'] as const) {
      const value = vat[term];
      if (value !== undefined) yield { term, value, at: pointer('BG-23', n, term) };
    }
  }
  const lines = invoice['BG-25'] ?? [];
  for (const [n, line] of lines.entries()) {
    const position = n + 1;
    const net = line['BT-131'];
    if (net !== undefined) {
      yield { term: 'BT-131', value: net, at: pointer('BG-25', n, 'BT-131'), line: position };
    }
    for (const [m, allowance] of (line['BG-27'] ?? []).entries()) {
      for (const term of ['BT-136', 'BT-137'] as const) {
        const value = allowance[term];
        if (value !== undefined) {
          yield { term, value, at: pointer('BG-25', n, 'BG-27', m, term), line: position };
        }
      }
    }
    for (const [m, charge] of (line['BG-28'] ?? []).entries()) {
      for (const term of ['BT-141', 'BT-142'] as const) {
        const value = charge[term];
        if (value !== undefined) {
          yield { term, value, at: pointer('BG-25', n, 'BG-28', m, term), line: position };
        }
      }
    }
  }
}

/** The portal field of each amount; terms without one of their own point at their block. */
const AMOUNT_FIELDS: Readonly<Partial<Record<TermId, PortalFieldName>>> = {
  'BT-92': 'globalDiscount',
  'BT-106': 'totalWithoutVat',
  'BT-107': 'globalDiscount',
  'BT-109': 'totalWithoutVat',
  'BT-110': 'totalVat',
  'BT-112': 'totalWithVat',
  'BT-115': 'amountDue',
  'BT-116': 'vatBase',
  'BT-117': 'vatAmount',
  'BT-131': 'lineAmount',
  'BT-136': 'lineDiscount',
};

function whereToChange(item: DecimalValue, field: PortalFieldName | undefined): LocalizedText {
  const where = field
    ? portalFieldText(field, item.line)
    : portalBlockText(item.line === undefined ? 'montants' : 'lignes');
  return { fr: `Corrigez le ${where.fr}.`, en: `Change the ${where.en}.` };
}

function describe(item: DecimalValue): LocalizedText {
  const name = definitionOf(item.term).name;
  const line = item.line === undefined ? '' : `, ligne ${item.line}`;
  const lineEn = item.line === undefined ? '' : `, line ${item.line}`;
  return {
    fr: `${name.fr.toLowerCase()}, ${item.term}${line}`,
    en: `${name.en.toLowerCase()}, ${item.term}${lineEn}`,
  };
}

function tooManyDecimals(
  item: DecimalValue,
  max: number,
  noun: LocalizedText,
  field: PortalFieldName | undefined,
): Violation {
  const what = describe(item);
  return {
    at: item.at,
    message: sentences(
      {
        fr: `${noun.fr} ${item.value} (${what.fr}) a ${decimalsOf(item.value)} décimales ; Chorus Pro n'en accepte que ${max}.`,
        en: `${noun.en} ${item.value} (${what.en}) has ${decimalsOf(item.value)} decimals; Chorus Pro accepts ${max}.`,
      },
      whereToChange(item, field),
    ),
  };
}

export const CHORUS_08 = chorusRule({
  id: 'CHORUS-08',
  bt: [
    'BT-92',
    'BT-93',
    'BT-99',
    'BT-100',
    ...TOTAL_TERMS,
    'BT-116',
    'BT-117',
    'BT-131',
    'BT-136',
    'BT-137',
    'BT-141',
    'BT-142',
  ],
  severities: ['fatal'],
  message: {
    fr: `Un montant a plus de ${AMOUNT_MAX_DECIMALS} décimales ; Chorus Pro n'en accepte que ${AMOUNT_MAX_DECIMALS}. Arrondissez-le au centime.`,
    en: `An amount has more than ${AMOUNT_MAX_DECIMALS} decimals; Chorus Pro accepts ${AMOUNT_MAX_DECIMALS}. Round it to the cent.`,
  },
  check({ invoice }) {
    const found: Violation[] = [];
    const noun = { fr: 'Le montant', en: 'Amount' };
    for (const item of amountsOf(invoice)) {
      if (decimalsOf(item.value) <= AMOUNT_MAX_DECIMALS) continue;
      found.push(tooManyDecimals(item, AMOUNT_MAX_DECIMALS, noun, AMOUNT_FIELDS[item.term]));
    }
    return found;
  },
});

export const CHORUS_09 = chorusRule({
  id: 'CHORUS-09',
  bt: ['BT-129', 'BT-146', 'BT-147', 'BT-148'],
  severities: ['warning'],
  message: {
    fr: `Une quantité a plus de ${QUANTITY_MAX_DECIMALS} décimales, ou un prix unitaire plus de ${UNIT_PRICE_MAX_DECIMALS} : le formulaire de Chorus Pro ne les accepte pas.`,
    en: `A quantity has more than ${QUANTITY_MAX_DECIMALS} decimals, or a unit price more than ${UNIT_PRICE_MAX_DECIMALS}: the Chorus Pro form does not accept them.`,
  },
  check({ invoice }) {
    const found: Violation[] = [];
    const lines = invoice['BG-25'] ?? [];
    for (const [n, line] of lines.entries()) {
      const position = n + 1;
      const quantity = line['BT-129'];
      if (quantity !== undefined && decimalsOf(quantity) > QUANTITY_MAX_DECIMALS) {
        const item = {
          term: 'BT-129',
          value: quantity,
          at: pointer('BG-25', n, 'BT-129'),
          line: position,
        } as const;
        found.push(
          tooManyDecimals(
            item,
            QUANTITY_MAX_DECIMALS,
            { fr: 'La quantité', en: 'Quantity' },
            'lineQuantity',
          ),
        );
      }
      const price = line['BG-29'];
      for (const term of ['BT-146', 'BT-147', 'BT-148'] as const) {
        const value = price?.[term];
        if (value === undefined || decimalsOf(value) <= UNIT_PRICE_MAX_DECIMALS) continue;
        const item = { term, value, at: pointer('BG-25', n, 'BG-29', term), line: position };
        found.push(
          tooManyDecimals(
            item,
            UNIT_PRICE_MAX_DECIMALS,
            { fr: 'Le prix', en: 'Price' },
            term === 'BT-147' ? 'lineDiscount' : 'lineUnitPrice',
          ),
        );
      }
    }
    return found;
  },
});

export const DECIMAL_RULES: readonly ChorusRule[] = [CHORUS_08, CHORUS_09];
