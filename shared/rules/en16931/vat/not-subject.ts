/**
 * BR-O-11…BR-O-14: an invoice with a VAT breakdown « not subject to VAT » (O) has no other
 * category anywhere: not in another breakdown (11), a line (12), a document level allowance (13)
 * or charge (14).
 *
 * The CII artefact looks wider: its BR-O-11 and BR-O-12 both test every `ram:ApplicableTradeTax`
 * (breakdowns and lines), its BR-O-13 and BR-O-14 every `ram:CategoryTradeTax` (allowances and
 * charges). A place without a category code is not counted. Each rule tests the whole document:
 * UBL reports it once, CII once per breakdown in O.
 */
import type { LocalizedText } from '../../../i18n/text';
import { normalizeSpace } from '../../../xml';
import type { Rule, Violation } from '../../rule';
import { categoryLabel, VAT_CATEGORIES } from './categories';
import { contextMatch, type Dialect, dialectOf } from './dialect';
import type { RawCategory } from './raw-categories';
import { type VatUsage, vatUsage } from './usage';
import { vatRule } from './vat-rule';

const O = VAT_CATEGORIES.O;

type Place = 'breakdown' | 'line' | 'allowance' | 'charge';

interface Other {
  readonly at: string;
  readonly code: string;
  readonly label: LocalizedText;
}

/**
 * The category another than O, if any, of a place. UBL: a category of the VAT scheme whose code,
 * space-normalised, is not O (a missing code counts, as '' is not 'O'). CII: any tax element
 * with a code other than O, as written.
 */
function otherCode(categories: readonly RawCategory[], dialect: Dialect): string | undefined {
  for (const { raw, vat } of categories) {
    if (dialect === 'cii') {
      if (raw !== undefined && raw !== 'O') return raw;
    } else if (vat && normalizeSpace(raw ?? '') !== 'O') return normalizeSpace(raw ?? '');
  }
  return undefined;
}

function others(usage: VatUsage, place: Place, dialect: Dialect): Other[] {
  const out: Other[] = [];
  if (place === 'breakdown') {
    for (const b of usage.breakdowns) {
      const code = otherCode(b.categories, dialect);
      if (code === undefined) continue;
      out.push({
        at: b.codeAt,
        code,
        label: {
          fr: `la ventilation n° ${b.index + 1} du récapitulatif de TVA`,
          en: `VAT breakdown no. ${b.index + 1}`,
        },
      });
    }
    return out;
  }
  const items =
    place === 'line' ? usage.lines : place === 'allowance' ? usage.allowances : usage.charges;
  for (const item of items) {
    const code = otherCode(item.categories, dialect);
    if (code !== undefined) out.push({ at: item.codeAt, code, label: item.label });
  }
  return out;
}

const SPEC: readonly {
  readonly n: number;
  readonly places: readonly Place[];
  readonly ciiPlaces: readonly Place[];
  readonly bt: string;
  readonly what: LocalizedText;
}[] = [
  {
    n: 11,
    places: ['breakdown'],
    ciiPlaces: ['breakdown', 'line'],
    bt: 'BT-118',
    what: { fr: "d'autre ventilation de TVA (BG-23)", en: 'other VAT breakdown (BG-23)' },
  },
  {
    n: 12,
    places: ['line'],
    ciiPlaces: ['breakdown', 'line'],
    bt: 'BT-151',
    what: {
      fr: "de ligne d'une autre catégorie (BT-151)",
      en: 'line of another category (BT-151)',
    },
  },
  {
    n: 13,
    places: ['allowance'],
    ciiPlaces: ['allowance', 'charge'],
    bt: 'BT-95',
    what: {
      fr: "de remise au niveau du document d'une autre catégorie (BT-95)",
      en: 'document level allowance of another category (BT-95)',
    },
  },
  {
    n: 14,
    places: ['charge'],
    ciiPlaces: ['allowance', 'charge'],
    bt: 'BT-102',
    what: {
      fr: "de frais au niveau du document d'une autre catégorie (BT-102)",
      en: 'document level charge of another category (BT-102)',
    },
  },
];

export function notSubjectRules(): Rule[] {
  const label = categoryLabel(O);
  return SPEC.map(({ n, places, ciiPlaces, bt, what }) =>
    vatRule(
      O,
      n,
      ['BT-118', bt],
      {
        fr: `Une facture dont le récapitulatif de TVA a une ventilation en ${label.fr} ne peut pas avoir ${what.fr}.`,
        en: `An invoice whose VAT breakdown has an entry in ${label.en} cannot have any ${what.en}.`,
      },
      (context) => {
        const usage = vatUsage(context);
        const dialect = dialectOf(context);
        const breakdownsInO = usage.of('O', contextMatch(dialect)).breakdowns;
        if (breakdownsInO.length === 0) return [];
        const where = dialect === 'cii' ? ciiPlaces : places;
        const found = where.flatMap((place) => others(usage, place, dialect));
        const [first] = found;
        if (first === undefined) return [];
        const more =
          found.length > 1
            ? { fr: ` (et ${found.length - 1} autre(s))`, en: ` (and ${found.length - 1} more)` }
            : { fr: '', en: '' };
        const message = {
          fr: `La facture a une ventilation de TVA en ${label.fr} : ${first.label.fr} ne peut pas être en catégorie « ${first.code} »${more.fr}. Une facture hors champ de la TVA n'a que la catégorie O.`,
          en: `The invoice has a VAT breakdown in ${label.en}: ${first.label.en} cannot be in category "${first.code}"${more.en}. An invoice not subject to VAT has category O only.`,
        };
        // The test is about the whole document; UBL runs it once (its context is the invoice),
        // CII once per breakdown in O (its context).
        if (dialect !== 'cii') return [{ at: first.at, message }];
        return breakdownsInO.map((breakdown): Violation => ({ at: breakdown.codeAt, message }));
      },
    ),
  );
}
