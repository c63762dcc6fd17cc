/**
 * BR-S-01, BR-Z-01, BR-E-01, BR-AE-01, BR-IC-01, BR-G-01, BR-O-01, BR-AF-01, BR-AG-01: a category
 * used by a line, a document level allowance or a charge needs its VAT breakdown (BG-23). Standard
 * rate, IGIC and IPSI may have several breakdowns (one per rate); the others exactly one.
 *
 * The two artefacts word the test differently, and the difference shows on real documents:
 * - UBL counts the breakdown's own category as a use: a lone breakdown of Z passes, two fail.
 *   For S, L and M it asks uses and breakdowns to go together: a breakdown of S without any line
 *   or allowance or charge of S fails. BR-S-01 takes categories of any tax scheme; BR-AF-01 and
 *   BR-AG-01 compare the breakdown's `cbc:ID` as written (a breakdown ` L ` does not count).
 * - CII compares `ram:CategoryCode` as written, whatever the tax type. Z, E, AE, K, G: exactly
 *   one breakdown *and* a use, or neither; O: no breakdown, or a single one that is used; S, L, M:
 *   the count of lines (then of allowances and charges) plus the count of breakdowns must reach
 *   two, so two lines of S with no breakdown pass.
 * - A model not read from XML: the norm (a used category has its breakdown; one only, except for
 *   S, L and M).
 */
import type { LocalizedText } from '../../../i18n/text';
import type { Rule, Violation } from '../../rule';
import { categoryLabel, type VatCategory, type VatCategoryCode } from './categories';
import { dialectOf } from './dialect';
import type { RawCategory } from './raw-categories';
import {
  type Breakdown,
  type CategoryUsage,
  type TaxedItem,
  type VatUsage,
  vatUsage,
} from './usage';
import { vatRule } from './vat-rule';

/** Categories whose breakdown can repeat, one per rate. */
const SEVERAL_RATES: ReadonlySet<VatCategoryCode> = new Set(['S', 'L', 'M']);

type Problem = 'missing' | 'duplicate' | 'unused';

/** What the three readings count, and the problem they find, if any. */
interface Finding {
  readonly usage: CategoryUsage;
  readonly problem: Problem | undefined;
}

function uses(usage: CategoryUsage): number {
  return usage.lines.length + usage.allowances.length + usage.charges.length;
}

/**
 * UBL. S: categories of any tax scheme, uses and breakdowns go together. L and M: uses of the
 * VAT scheme; when there are some, the breakdown's `cbc:ID` is compared as written (and, for L,
 * whatever its scheme). The others: every category of the VAT scheme, breakdowns included, is a
 * use, and then there must be exactly one breakdown.
 */
function ublFinding(code: VatCategoryCode, of: VatUsage['of']): Finding {
  if (code === 'S') {
    const usage = of('S', 'any');
    const used = uses(usage) > 0;
    const listed = usage.breakdowns.length > 0;
    return { usage, problem: used === listed ? undefined : used ? 'missing' : 'unused' };
  }
  const usage = of(code, 'vat');
  if (code === 'L' || code === 'M') {
    if (uses(usage) === 0) {
      return { usage, problem: usage.breakdowns.length === 0 ? undefined : 'unused' };
    }
    const written = of(code, code === 'L' ? 'any-as-written' : 'vat-as-written');
    return { usage, problem: written.breakdowns.length > 0 ? undefined : 'missing' };
  }
  const count = usage.breakdowns.length;
  if (count === 1 || (count === 0 && uses(usage) === 0)) return { usage, problem: undefined };
  return { usage, problem: count === 0 ? 'missing' : 'duplicate' };
}

/** How many category elements of these places have this code, as written. */
function elements(
  places: readonly { readonly categories: readonly RawCategory[] }[],
  code: string,
) {
  let n = 0;
  for (const place of places) for (const c of place.categories) if (c.raw === code) n++;
  return n;
}

/**
 * CII: codes as written, whatever the tax type. S, L, M: lines (then allowances and charges)
 * plus breakdowns must count at least two when there are any such lines (allowances, charges).
 * Z, E, AE, K, G: one breakdown and some use, or neither. O: no breakdown, or one that is used.
 */
function ciiFinding(code: VatCategoryCode, of: VatUsage['of']): Finding {
  const usage = of(code, 'any-as-written');
  const breakdowns = elements(usage.breakdowns, code);
  if (SEVERAL_RATES.has(code)) {
    const lines = elements(usage.lines, code);
    const others = elements(usage.allowances, code) + elements(usage.charges, code);
    const ok =
      (lines === 0 || lines + breakdowns >= 2) && (others === 0 || others + breakdowns >= 2);
    return { usage, problem: ok ? undefined : 'missing' };
  }
  if (breakdowns > 1) return { usage, problem: 'duplicate' };
  if (breakdowns === 1) return { usage, problem: uses(usage) > 0 ? undefined : 'unused' };
  return { usage, problem: uses(usage) === 0 || code === 'O' ? undefined : 'missing' };
}

/** The norm: a used category has its breakdown; one only, except for S, L and M. */
function modelFinding(code: VatCategoryCode, of: VatUsage['of']): Finding {
  const usage = of(code, 'vat');
  const count = usage.breakdowns.length;
  if (uses(usage) > 0 && count === 0) return { usage, problem: 'missing' };
  return { usage, problem: SEVERAL_RATES.has(code) || count <= 1 ? undefined : 'duplicate' };
}

function missing(category: VatCategory, first: TaxedItem): Violation {
  const label = categoryLabel(category);
  return {
    at: first.codeAt,
    message: {
      fr: `La ${label.fr} est utilisée par ${first.label.fr} mais le récapitulatif de TVA (BG-23) n'a aucune ventilation de cette catégorie : ajoutez-la (code de catégorie BT-118 = ${category.code}).`,
      en: `The ${label.en} is used by ${first.label.en} but the VAT breakdown (BG-23) has no entry for it: add one (VAT category code BT-118 = ${category.code}).`,
    },
  };
}

function duplicate(category: VatCategory, breakdowns: readonly Breakdown[]): Violation {
  const label = categoryLabel(category);
  return {
    at: (breakdowns[1] ?? breakdowns[0])?.codeAt ?? '/BG-23',
    message: {
      fr: `Le récapitulatif de TVA (BG-23) contient ${breakdowns.length} ventilations de la ${label.fr} : il n'en faut qu'une, regroupez leurs montants.`,
      en: `The VAT breakdown (BG-23) has ${breakdowns.length} entries for the ${label.en}: only one is allowed, merge their amounts.`,
    },
  };
}

function unused(category: VatCategory, breakdown: Breakdown): Violation {
  const label = categoryLabel(category);
  return {
    at: breakdown.codeAt,
    message: {
      fr: `Le récapitulatif de TVA (BG-23) a une ventilation de la ${label.fr}, mais aucune ligne, remise ou frais de la facture n'est dans cette catégorie : corrigez la catégorie des lignes (BT-151) ou retirez cette ventilation.`,
      en: `The VAT breakdown (BG-23) has an entry for the ${label.en}, but no line, allowance or charge of the invoice is in that category: correct the lines' category (BT-151) or remove that entry.`,
    },
  };
}

export function breakdownPresenceRule(category: VatCategory): Rule {
  const label = categoryLabel(category);
  const howMany: LocalizedText = SEVERAL_RATES.has(category.code)
    ? { fr: 'au moins une ventilation', en: 'at least one entry' }
    : { fr: 'une et une seule ventilation', en: 'exactly one entry' };
  return vatRule(
    category,
    1,
    ['BG-23', 'BT-118', 'BT-151', 'BT-95', 'BT-102'],
    {
      fr: `Une facture dont une ligne, une remise ou des frais sont en ${label.fr} doit avoir dans son récapitulatif de TVA (BG-23) ${howMany.fr} de cette catégorie (BT-118 = ${category.code}).`,
      en: `An invoice with a line, allowance or charge in ${label.en} must have in its VAT breakdown (BG-23) ${howMany.en} for that category (BT-118 = ${category.code}).`,
    },
    (context) => {
      const of = vatUsage(context).of;
      const dialect = dialectOf(context);
      const { usage, problem } =
        dialect === 'ubl'
          ? ublFinding(category.code, of)
          : dialect === 'cii'
            ? ciiFinding(category.code, of)
            : modelFinding(category.code, of);
      if (problem === undefined) return [];
      const first = usage.lines[0] ?? usage.allowances[0] ?? usage.charges[0];
      const breakdown = usage.breakdowns[0];
      if (problem === 'duplicate') return [duplicate(category, usage.breakdowns)];
      if (problem === 'missing' && first) return [missing(category, first)];
      if (breakdown) return [unused(category, breakdown)];
      return [{ at: '/BG-23' }];
    },
  );
}
