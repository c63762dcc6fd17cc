import type { Rule } from '../../rule';
import { ALLOWANCE_CHARGE_RULES } from './allowances';
import { DECIMAL_RULES } from './decimals';
import { DOCUMENT_RULES } from './document';
import { LINE_RULES } from './lines';
import { PARTY_RULES } from './parties';
import { PAYMENT_RULES } from './payment';
import { PERIOD_RULES } from './periods';
import { REFERENCE_RULES } from './references';
import { SPLIT_PAYMENT_RULES } from './split-payment';
import { TOTAL_RULES } from './totals';
import { VAT_BREAKDOWN_RULES } from './vat-breakdown';

/**
 * BR-01…BR-65, BR-B-*, BR-CO-*, BR-DEC-*: the business rules of the EN 16931 validation artefacts
 * 1.3.16, on the model. BR-CO-25 was withdrawn from the artefacts (issue 477) and is not here.
 */
export const BUSINESS_RULES: readonly Rule[] = [
  ...DOCUMENT_RULES,
  ...PARTY_RULES,
  ...TOTAL_RULES,
  ...VAT_BREAKDOWN_RULES,
  ...LINE_RULES,
  ...ALLOWANCE_CHARGE_RULES,
  ...PERIOD_RULES,
  ...PAYMENT_RULES,
  ...REFERENCE_RULES,
  ...SPLIT_PAYMENT_RULES,
  ...DECIMAL_RULES,
];
