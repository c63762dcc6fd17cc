/** The invoice date (BT-2): Références › Date de facture. */
import { isIsoDate, pointer } from '../../model';
import { selectFirst, type XmlElement } from '../../xml';
import { NONE, type RuleContext } from '../rule';
import { type ChorusRule, chorusRule } from './define';
import { change, fillIn, quote, sentences, verify } from './text';

const AT = pointer('BT-2');

/** Where BT-2 is written, to point at a value the model could not hold. */
const DATE_PATHS = {
  cii: 'rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString',
  ubl: 'cbc:IssueDate',
} as const;

function dateElement(context: RuleContext): XmlElement | undefined {
  const xml = context.xml;
  return xml && selectFirst(xml.document.root, DATE_PATHS[xml.syntax]);
}

/** `2026-03-02` → `02/03/2026`, the way the portal shows dates. */
export function portalDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

export const CHORUS_06 = chorusRule({
  id: 'CHORUS-06',
  bt: ['BT-2'],
  severities: ['fatal', 'info'],
  message: sentences(
    {
      fr: 'La date de facture est dans le futur ; Chorus Pro refuse une date postérieure au dépôt.',
      en: 'The invoice date is in the future; Chorus Pro refuses a date after the deposit.',
    },
    change('invoiceDate'),
  ),
  check({ invoice, options }) {
    const date = invoice['BT-2'];
    if (date === undefined) return NONE;
    const today = options.today;
    if (today === undefined || !isIsoDate(today)) {
      const why =
        today === undefined
          ? { fr: "la date du jour n'a pas été fournie", en: "today's date was not given" }
          : {
              fr: `la date du jour fournie ${quote(today).fr} n'est pas une date AAAA-MM-JJ`,
              en: `the given date of today ${quote(today).en} is not a YYYY-MM-DD date`,
            };
      return [
        {
          at: AT,
          severity: 'info',
          message: {
            fr: `Contrôle « date de facture dans le futur » non effectué : ${why.fr}. ${verify('invoiceDate').fr}`,
            en: `Check "invoice date in the future" not run: ${why.en}. ${verify('invoiceDate').en}`,
          },
        },
      ];
    }
    // ISO dates compare as text; `today` is the caller's day in Europe/Paris.
    if (date <= today) return NONE;
    return [
      {
        at: AT,
        message: sentences(
          {
            fr: `La date de facture ${portalDate(date)} est postérieure à aujourd'hui (${portalDate(today)}) ; Chorus Pro refuse une date dans le futur.`,
            en: `Invoice date ${portalDate(date)} is after today (${portalDate(today)}); Chorus Pro refuses a date in the future.`,
          },
          change('invoiceDate'),
        ),
      },
    ];
  },
});

export const CHORUS_07 = chorusRule({
  id: 'CHORUS-07',
  bt: ['BT-2'],
  severities: ['fatal'],
  message: sentences(
    {
      fr: "La date de facture n'est pas une date valide.",
      en: 'The invoice date is not a valid date.',
    },
    change('invoiceDate'),
  ),
  check(context) {
    const { invoice, rejected } = context;
    if (invoice['BT-2'] !== undefined) return NONE;
    const found = rejected.get(AT);
    if (found === undefined) {
      return [
        {
          at: AT,
          message: sentences(
            {
              fr: 'La date de facture (BT-2) est absente ; Chorus Pro la demande.',
              en: 'The invoice date (BT-2) is missing; Chorus Pro requires it.',
            },
            fillIn('invoiceDate'),
          ),
        },
      ];
    }
    const v = quote(found.found.trim());
    const node = dateElement(context);
    return [
      {
        ...(node ? { node } : { at: AT }),
        message: sentences(
          {
            fr: `La date de facture ${v.fr} n'est pas une date valide (attendu : une date qui existe, écrite AAAAMMJJ en CII format 102, AAAA-MM-JJ en UBL, JJ/MM/AAAA sur le portail).`,
            en: `Invoice date ${v.en} is not a valid date (expected: a real date, written YYYYMMDD in CII format 102, YYYY-MM-DD in UBL, DD/MM/YYYY on the portal).`,
          },
          change('invoiceDate'),
        ),
      },
    ];
  },
});

export const INVOICE_DATE_RULES: readonly ChorusRule[] = [CHORUS_06, CHORUS_07];
