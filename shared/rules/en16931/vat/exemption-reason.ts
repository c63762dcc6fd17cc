/**
 * BR-x-10: the VAT exemption reason of a breakdown (BT-120 text or BT-121 code). Taxed categories
 * (S, Z, L, M) must not give one; E, AE, K, G and O must give at least one of the two.
 */
import type { Rule, Violation } from '../../rule';
import { categoryLabel, type VatCategory, type VatCategoryCode } from './categories';
import { breakdownMatch, dialectOf } from './dialect';
import { vatUsage } from './usage';
import { vatRule } from './vat-rule';

const FORBIDDEN: ReadonlySet<VatCategoryCode> = new Set(['S', 'Z', 'L', 'M']);

export function exemptionReasonRule(category: VatCategory): Rule {
  const label = categoryLabel(category);
  const forbidden = FORBIDDEN.has(category.code);
  return vatRule(
    category,
    10,
    ['BT-120', 'BT-121', 'BT-118'],
    forbidden
      ? {
          fr: `La ventilation en ${label.fr} ne doit pas avoir de motif d'exonération (BT-120 ou BT-121) : retirez-le.`,
          en: `The breakdown in ${label.en} must have no VAT exemption reason (BT-120 or BT-121): remove it.`,
        }
      : {
          fr: `La ventilation en ${label.fr} doit donner le motif d'exonération : le texte (BT-120) ou le code (BT-121).`,
          en: `The breakdown in ${label.en} must give the VAT exemption reason: its text (BT-120) or its code (BT-121).`,
        },
    (context) => {
      const out: Violation[] = [];
      const match = breakdownMatch(dialectOf(context), category.code);
      for (const breakdown of vatUsage(context).of(category.code, match).breakdowns) {
        if (breakdown.exemptionIn(category.code, match) === forbidden) {
          out.push({ at: breakdown.exemptionAt });
        }
      }
      return out;
    },
  );
}
