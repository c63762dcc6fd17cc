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
import {
  AMOUNT_TERMS,
  DOCUMENT_TOTAL_TERMS,
  decimalsOrZero,
  definitionOf,
  type Invoice,
  pointer,
  type TermId,
} from '../../model';
import type { Violation } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { change, sentences } from './text';

/** One decimal value found with too many fraction digits: where, which term, which line. */
interface DecimalValue {
  readonly term: TermId;
  readonly value: string;
  readonly at: string;
  /** 1-based position of the invoice line, for line terms. */
  readonly line?: number;
}

type Group = Readonly<Record<string, unknown>>;

/** Whether some `terms` value of `group` has more than `max` decimals. */
function exceeds(group: Group | undefined, terms: readonly TermId[], max: number): boolean {
  if (group === undefined) return false;
  for (let i = 0; i < terms.length; i++) {
    if (decimalsOrZero(group[terms[i] as TermId]) > max) return true;
  }
  return false;
}

/**
 * Pushes every `terms` value of `group` with more than `max` decimals. Callers ask `exceeds`
 * first: this runs on every amount of a 1,000-line invoice, and the path of a place is built only
 * when it has something to report.
 */
function collect(
  found: DecimalValue[],
  group: Group | undefined,
  terms: readonly TermId[],
  max: number,
  where: readonly (string | number)[],
  line?: number,
): void {
  if (group === undefined) return;
  for (const term of terms) {
    const value = group[term];
    if (decimalsOrZero(value) <= max) continue;
    found.push({
      term,
      value: value as string,
      at: pointer(...where, term),
      ...(line === undefined ? {} : { line }),
    });
  }
}

const ALLOWANCE_AMOUNTS: readonly TermId[] = ['BT-92', 'BT-93'];
const CHARGE_AMOUNTS: readonly TermId[] = ['BT-99', 'BT-100'];
const BREAKDOWN_AMOUNTS: readonly TermId[] = ['BT-116', 'BT-117'];
const LINE_AMOUNTS: readonly TermId[] = ['BT-131'];
const LINE_ALLOWANCE_AMOUNTS: readonly TermId[] = ['BT-136', 'BT-137'];
const LINE_CHARGE_AMOUNTS: readonly TermId[] = ['BT-141', 'BT-142'];
const QUANTITIES: readonly TermId[] = ['BT-129'];
const PRICES: readonly TermId[] = ['BT-146', 'BT-147', 'BT-148'];

/** Shared by the lines without allowances or charges: no empty list made for each. */
const NO_GROUPS: readonly Group[] = [];

/** Every amount Chorus Pro reads (docs/rules/chorus.md CHORUS-08) with more than 2 decimals. */
function amountsWithTooManyDecimals(invoice: Invoice): DecimalValue[] {
  const found: DecimalValue[] = [];
  const max = AMOUNT_MAX_DECIMALS;
  const allowances = invoice['BG-20'] ?? [];
  for (let n = 0; n < allowances.length; n++) {
    if (!exceeds(allowances[n], ALLOWANCE_AMOUNTS, max)) continue;
    collect(found, allowances[n], ALLOWANCE_AMOUNTS, max, ['BG-20', n]);
  }
  const charges = invoice['BG-21'] ?? [];
  for (let n = 0; n < charges.length; n++) {
    if (!exceeds(charges[n], CHARGE_AMOUNTS, max)) continue;
    collect(found, charges[n], CHARGE_AMOUNTS, max, ['BG-21', n]);
  }
  collect(found, invoice['BG-22'], DOCUMENT_TOTAL_TERMS, max, ['BG-22']);
  const breakdown = invoice['BG-23'] ?? [];
  for (let n = 0; n < breakdown.length; n++) {
    if (!exceeds(breakdown[n], BREAKDOWN_AMOUNTS, max)) continue;
    collect(found, breakdown[n], BREAKDOWN_AMOUNTS, max, ['BG-23', n]);
  }
  const lines = invoice['BG-25'] ?? [];
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line === undefined) continue;
    if (exceeds(line, LINE_AMOUNTS, max)) {
      collect(found, line, LINE_AMOUNTS, max, ['BG-25', n], n + 1);
    }
    const allowances = line['BG-27'] ?? NO_GROUPS;
    for (let m = 0; m < allowances.length; m++) {
      if (!exceeds(allowances[m], LINE_ALLOWANCE_AMOUNTS, max)) continue;
      collect(found, allowances[m], LINE_ALLOWANCE_AMOUNTS, max, ['BG-25', n, 'BG-27', m], n + 1);
    }
    const charges = line['BG-28'] ?? NO_GROUPS;
    for (let m = 0; m < charges.length; m++) {
      if (!exceeds(charges[m], LINE_CHARGE_AMOUNTS, max)) continue;
      collect(found, charges[m], LINE_CHARGE_AMOUNTS, max, ['BG-25', n, 'BG-28', m], n + 1);
    }
  }
  return found;
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
        fr: `${noun.fr} ${item.value} (${what.fr}) a ${decimalsOrZero(item.value)} décimales ; Chorus Pro n'en accepte que ${max}.`,
        en: `${noun.en} ${item.value} (${what.en}) has ${decimalsOrZero(item.value)} decimals; Chorus Pro accepts ${max}.`,
      },
      whereToChange(item, field),
    ),
  };
}

export const CHORUS_08 = chorusRule({
  id: 'CHORUS-08',
  bt: AMOUNT_TERMS,
  severities: ['fatal'],
  message: {
    fr: `Un montant a plus de ${AMOUNT_MAX_DECIMALS} décimales ; Chorus Pro n'en accepte que ${AMOUNT_MAX_DECIMALS}. Arrondissez-le au centime dans le bloc Lignes de poste, Récapitulatif TVA ou Montants.`,
    en: `An amount has more than ${AMOUNT_MAX_DECIMALS} decimals; Chorus Pro accepts ${AMOUNT_MAX_DECIMALS}. Round it to the cent in the "Lignes de poste", "Récapitulatif TVA" or "Montants" block.`,
  },
  check({ invoice }) {
    const noun = { fr: 'Le montant', en: 'Amount' };
    return amountsWithTooManyDecimals(invoice).map((item) =>
      tooManyDecimals(item, AMOUNT_MAX_DECIMALS, noun, AMOUNT_FIELDS[item.term]),
    );
  },
});

export const CHORUS_09 = chorusRule({
  id: 'CHORUS-09',
  bt: ['BT-129', 'BT-146', 'BT-147', 'BT-148'],
  severities: ['warning'],
  message: sentences(
    {
      fr: `Une quantité a plus de ${QUANTITY_MAX_DECIMALS} décimales, ou un prix unitaire plus de ${UNIT_PRICE_MAX_DECIMALS} : le formulaire de Chorus Pro ne les accepte pas.`,
      en: `A quantity has more than ${QUANTITY_MAX_DECIMALS} decimals, or a unit price more than ${UNIT_PRICE_MAX_DECIMALS}: the Chorus Pro form does not accept them.`,
    },
    change('lineQuantity'),
    change('lineUnitPrice'),
  ),
  check({ invoice }) {
    const lines = invoice['BG-25'] ?? [];
    const quantity = { fr: 'La quantité', en: 'Quantity' };
    const price = { fr: 'Le prix', en: 'Price' };
    const found: Violation[] = [];
    const pending: DecimalValue[] = [];
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n];
      if (line === undefined) continue;
      if (exceeds(line, QUANTITIES, QUANTITY_MAX_DECIMALS)) {
        collect(pending, line, QUANTITIES, QUANTITY_MAX_DECIMALS, ['BG-25', n], n + 1);
        for (const item of pending) {
          found.push(tooManyDecimals(item, QUANTITY_MAX_DECIMALS, quantity, 'lineQuantity'));
        }
        pending.length = 0;
      }
      const unitPrice = line['BG-29'];
      if (exceeds(unitPrice, PRICES, UNIT_PRICE_MAX_DECIMALS)) {
        const where = ['BG-25', n, 'BG-29'];
        collect(pending, unitPrice, PRICES, UNIT_PRICE_MAX_DECIMALS, where, n + 1);
        for (const item of pending) {
          const field = item.term === 'BT-147' ? 'lineDiscount' : 'lineUnitPrice';
          found.push(tooManyDecimals(item, UNIT_PRICE_MAX_DECIMALS, price, field));
        }
        pending.length = 0;
      }
    }
    return found;
  },
});

export const DECIMAL_RULES: readonly ChorusRule[] = [CHORUS_08, CHORUS_09];
