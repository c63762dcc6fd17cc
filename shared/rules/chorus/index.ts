import type { Rule } from '../rule';
import { ATTACHMENT_RULES } from './attachments';
import { COMMENT_RULES } from './comment';
import { CURRENCY_RULES } from './currency';
import { DECIMAL_RULES } from './decimals';
import type { ChorusRule } from './define';
import { DOCUMENT_TYPE_RULES } from './document-type';
import { FRAME_RULES } from './frame';
import { INVOICE_DATE_RULES } from './invoice-date';
import { INVOICE_NUMBER_RULES } from './invoice-number';
import { LENGTH_RULES } from './lengths';
import { LINE_RULES } from './lines';
import { OBLIGATION_RULES } from './obligations';
import { PAYMENT_RULES } from './payment';
import { RECIPIENT_RULES } from './recipient';

function idNumber(rule: Rule): number {
  return Number(rule.id.slice('CHORUS-'.length));
}

/**
 * What Chorus Pro rejects beyond EN 16931 (see docs/rules/chorus.md), in id order. Each rule runs
 * on the model, so the same checks apply to an XML flow and to the portal form's data; CHORUS-04
 * also reads the XML's currency attributes when there is one.
 */
export const CHORUS_RULES: readonly ChorusRule[] = [
  ...INVOICE_NUMBER_RULES,
  ...DOCUMENT_TYPE_RULES,
  ...CURRENCY_RULES,
  ...RECIPIENT_RULES,
  ...INVOICE_DATE_RULES,
  ...DECIMAL_RULES,
  ...LENGTH_RULES,
  ...PAYMENT_RULES,
  ...LINE_RULES,
  ...COMMENT_RULES,
  ...ATTACHMENT_RULES,
  ...OBLIGATION_RULES,
  ...FRAME_RULES,
].sort((a, b) => idNumber(a) - idNumber(b));

export type { ChorusRule } from './define';
