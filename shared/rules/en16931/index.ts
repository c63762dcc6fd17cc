import type { Rule } from '../rule';
import { BUSINESS_RULES } from './business';
import { CII_SYNTAX_RULES } from './cii';
import { CODE_LIST_RULES } from './codes';
import { UBL_SYNTAX_RULES } from './ubl';
import { VAT_CATEGORY_RULES } from './vat';

/**
 * Every rule of the EN 16931 validation artefacts 1.3.16: business rules on the model, VAT
 * category rules, code lists, and the syntax-binding rules of each syntax. Each family lives in its
 * own folder.
 */
export const EN16931_RULES: readonly Rule[] = [
  ...BUSINESS_RULES,
  ...VAT_CATEGORY_RULES,
  ...CODE_LIST_RULES,
  ...UBL_SYNTAX_RULES,
  ...CII_SYNTAX_RULES,
];
