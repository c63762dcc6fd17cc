import type { LocalizedText } from '../../../i18n/text';

/**
 * The VAT categories (UNCL 5305 codes used by EN 16931) that have their own family of rules in
 * the validation artefacts 1.3.16, with the prefix of their rule ids. IGIC (L) and IPSI (M) were
 * numbered BR-IG-* and BR-IP-* from release 1.2.0 to 1.3.13; since 1.3.14 they are BR-AF-* and
 * BR-AG-*, and 1.3.16 has no BR-IG or BR-IP id (only its unit-test file names keep the old ones).
 */
export const VAT_CATEGORY_CODES = ['S', 'Z', 'E', 'AE', 'K', 'G', 'O', 'L', 'M'] as const;
export type VatCategoryCode = (typeof VAT_CATEGORY_CODES)[number];

export interface VatCategory {
  readonly code: VatCategoryCode;
  /** `BR-S`, `BR-IC`…: the rule ids are this prefix, a dash and two digits. */
  readonly prefix: string;
  /** Plain name of the category, for messages. */
  readonly name: LocalizedText;
}

export const VAT_CATEGORIES: Readonly<Record<VatCategoryCode, VatCategory>> = {
  S: { code: 'S', prefix: 'BR-S', name: { fr: 'taux normal', en: 'standard rate' } },
  Z: { code: 'Z', prefix: 'BR-Z', name: { fr: 'taux zéro', en: 'zero rated' } },
  E: { code: 'E', prefix: 'BR-E', name: { fr: 'exonération', en: 'exempt from VAT' } },
  AE: { code: 'AE', prefix: 'BR-AE', name: { fr: 'autoliquidation', en: 'reverse charge' } },
  K: {
    code: 'K',
    prefix: 'BR-IC',
    name: { fr: 'livraison intracommunautaire', en: 'intra-community supply' },
  },
  G: {
    code: 'G',
    prefix: 'BR-G',
    name: { fr: 'exportation hors UE', en: 'export outside the EU' },
  },
  O: { code: 'O', prefix: 'BR-O', name: { fr: 'hors champ de la TVA', en: 'not subject to VAT' } },
  L: { code: 'L', prefix: 'BR-AF', name: { fr: 'IGIC, Canaries', en: 'IGIC, Canary Islands' } },
  M: {
    code: 'M',
    prefix: 'BR-AG',
    name: { fr: 'IPSI, Ceuta et Melilla', en: 'IPSI, Ceuta and Melilla' },
  },
};

/** « catégorie de TVA S (taux normal) » / "VAT category S (standard rate)". */
export function categoryLabel(category: VatCategory): LocalizedText {
  return {
    fr: `catégorie de TVA ${category.code} (${category.name.fr})`,
    en: `VAT category ${category.code} (${category.name.en})`,
  };
}

/** The rule id of number `n` of a category's family: `ruleId(S, 8)` → `BR-S-08`. */
export function ruleId(category: VatCategory, n: number): string {
  return `${category.prefix}-${String(n).padStart(2, '0')}`;
}
