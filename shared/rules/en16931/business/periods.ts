/**
 * Periods and tax point: the invoicing period (BG-14: BR-29, BR-CO-19), the line periods (BG-26:
 * BR-30, BR-CO-20), and the VAT point date versus its code (BR-CO-03). In CII, BR-29 and BR-30
 * compare the dates as written in format 102 (see cii-document.ts).
 */
import { NONE, type Rule, type RuleContext, type Violation } from '../../rule';
import { type CiiPeriod, ciiPeriodInOrder, ciiPeriods } from './cii-document';
import { businessRule, text } from './define';
import { breakdownsFor, exists, isPresent, variantOf } from './facts';

interface Period {
  readonly at: string;
  readonly start: { readonly term: string; readonly value: string | undefined };
  readonly end: { readonly term: string; readonly value: string | undefined };
}

function invoicingPeriod(c: RuleContext): Period | undefined {
  const period = c.invoice['BG-13']?.['BG-14'];
  if (period === undefined) return undefined;
  return {
    at: '/BG-13/BG-14',
    start: { term: 'BT-73', value: period['BT-73'] },
    end: { term: 'BT-74', value: period['BT-74'] },
  };
}

const LINE_PERIODS_KEY = 'business:line-periods';

/** The line periods (BR-30, BR-CO-20), once per document; a line without one costs nothing. */
function linePeriods(c: RuleContext): readonly Period[] {
  const cached = c.memo.get(LINE_PERIODS_KEY) as readonly Period[] | undefined;
  if (cached !== undefined) return cached;
  const periods: Period[] = [];
  const lines = c.invoice['BG-25'] ?? [];
  for (let index = 0; index < lines.length; index++) {
    const period = lines[index]?.['BG-26'];
    if (period === undefined) continue;
    periods.push({
      at: `/BG-25/${index}/BG-26`,
      start: { term: 'BT-134', value: period['BT-134'] },
      end: { term: 'BT-135', value: period['BT-135'] },
    });
  }
  c.memo.set(LINE_PERIODS_KEY, periods);
  return periods;
}

/**
 * End before start. Both dates must be there for the test to apply; a date the model could not
 * read cannot be compared (the schematron's cast fails), which is reported as a failure.
 */
function endBeforeStart(c: RuleContext, period: Period): Violation | undefined {
  const startAt = `${period.at}/${period.start.term}`;
  const endAt = `${period.at}/${period.end.term}`;
  if (!isPresent(c, startAt, period.start.value) || !isPresent(c, endAt, period.end.value))
    return undefined;
  const { value: start } = period.start;
  const { value: end } = period.end;
  if (start === undefined || end === undefined) {
    return {
      at: start === undefined ? startAt : endAt,
      message: text(
        'Une date de la période est illisible : les dates de début et de fin ne peuvent pas être comparées. Écrivez-la correctement.',
        'A date of the period cannot be read, so start and end cannot be compared. Write it correctly.',
      ),
    };
  }
  // ISO dates compare as strings.
  if (end >= start) return undefined;
  return {
    at: endAt,
    message: text(
      `La période se termine le ${end} (${period.end.term}), avant son début le ${start} (${period.start.term}) : corrigez l'une des deux dates.`,
      `The period ends on ${end} (${period.end.term}), before it starts on ${start} (${period.start.term}): correct one of the dates.`,
    ),
  };
}

/** BR-29 / BR-30 in CII: the texts of the format-102 dates, compared as strings. */
function ciiOutOfOrder(period: CiiPeriod, start: string, end: string): Violation[] {
  if (ciiPeriodInOrder(period)) return [];
  const [first] = period.starts;
  const [last] = period.ends;
  if (first === undefined || last === undefined) {
    return [
      {
        node: period.element,
        message: text(
          `Une date de la période (${start}, ${end}) n'est pas au format 102 (AAAAMMJJ) : les dates de début et de fin ne peuvent pas être comparées.`,
          `A date of the period (${start}, ${end}) is not in format 102 (YYYYMMDD), so start and end cannot be compared.`,
        ),
      },
    ];
  }
  return [
    {
      node: period.element,
      message: text(
        `La période se termine le ${last.trim()} (${end}), avant son début le ${first.trim()} (${start}) : corrigez l'une des deux dates.`,
        `The period ends on ${last.trim()} (${end}), before it starts on ${first.trim()} (${start}): correct one of the dates.`,
      ),
    },
  ];
}

/** UBL: `exists(cbc:StartDate) or exists(cbc:EndDate)`, a blank date being there. */
function withoutDates(c: RuleContext, period: Period): boolean {
  return (
    !exists(c, `${period.at}/${period.start.term}`, period.start.value) &&
    !exists(c, `${period.at}/${period.end.term}`, period.end.value)
  );
}

/** CII: `(ram:StartDateTime) or (ram:EndDateTime)`, whatever they hold. */
function ciiWithoutDates(period: CiiPeriod): Violation[] {
  return period.hasStart || period.hasEnd ? [] : [{ node: period.element }];
}

export const PERIOD_RULES: readonly Rule[] = [
  businessRule({
    id: 'BR-29',
    bt: ['BT-73', 'BT-74'],
    message: text(
      'La date de fin de la période de facturation (BT-74) doit être égale ou postérieure à sa date de début (BT-73).',
      'The invoicing period end date (BT-74) must be on or after its start date (BT-73).',
    ),
    check: (c) => {
      if (variantOf(c) === 'cii')
        return ciiPeriods(c, 'header').flatMap((p) => ciiOutOfOrder(p, 'BT-73', 'BT-74'));
      const period = invoicingPeriod(c);
      const found = period && endBeforeStart(c, period);
      return found === undefined ? NONE : [found];
    },
  }),
  businessRule({
    id: 'BR-30',
    bt: ['BT-134', 'BT-135'],
    message: text(
      'La date de fin de la période de la ligne (BT-135) doit être égale ou postérieure à sa date de début (BT-134).',
      'The line period end date (BT-135) must be on or after its start date (BT-134).',
    ),
    check: (c) => {
      if (variantOf(c) === 'cii')
        return ciiPeriods(c, 'line').flatMap((p) => ciiOutOfOrder(p, 'BT-134', 'BT-135'));
      return linePeriods(c).flatMap((period) => {
        const found = endBeforeStart(c, period);
        return found === undefined ? [] : [found];
      });
    },
  }),
  businessRule({
    id: 'BR-CO-19',
    bt: ['BG-14', 'BT-73', 'BT-74'],
    message: text(
      'La période de facturation (BG-14) est vide : indiquez sa date de début (BT-73), sa date de fin (BT-74) ou les deux, ou retirez-la.',
      'The invoicing period (BG-14) is empty: give its start date (BT-73), its end date (BT-74) or both, or remove it.',
    ),
    check: (c) => {
      if (variantOf(c) === 'cii') return ciiPeriods(c, 'header').flatMap(ciiWithoutDates);
      const period = invoicingPeriod(c);
      return period !== undefined && withoutDates(c, period) ? [{ at: period.at }] : NONE;
    },
  }),
  businessRule({
    id: 'BR-CO-20',
    bt: ['BG-26', 'BT-134', 'BT-135'],
    message: text(
      'La période de la ligne (BG-26) est vide : indiquez sa date de début (BT-134), sa date de fin (BT-135) ou les deux, ou retirez-la.',
      'The line period (BG-26) is empty: give its start date (BT-134), its end date (BT-135) or both, or remove it.',
    ),
    check: (c) => {
      if (variantOf(c) === 'cii') return ciiPeriods(c, 'line').flatMap(ciiWithoutDates);
      return linePeriods(c).flatMap((period) =>
        withoutDates(c, period) ? [{ at: period.at }] : [],
      );
    },
  }),
  businessRule({
    id: 'BR-CO-03',
    bt: ['BT-7', 'BT-8'],
    message: text(
      "Indiquez soit la date d'exigibilité de la TVA (BT-7), soit son code (BT-8), mais pas les deux.",
      'Give either the VAT point date (BT-7) or the VAT point date code (BT-8), not both.',
    ),
    check: (c) => {
      // CII checks this from each VAT breakdown (its context), so not without one.
      if (variantOf(c) === 'cii' && breakdownsFor(c).length === 0) return NONE;
      const both =
        isPresent(c, '/BT-7', c.invoice['BT-7']) && isPresent(c, '/BT-8', c.invoice['BT-8']);
      return both ? [{ at: '/BT-8' }] : NONE;
    },
  }),
];
