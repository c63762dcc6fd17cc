/**
 * The BR-CL rules on a model that did not come from XML (a typed form, JSON): only the values the
 * model holds can be checked. Amounts carry no currency in the model, so BR-CL-03 has nothing to
 * check here. Without a syntax, a code allowed in UBL or in CII is accepted (see shared/codes).
 */
import { type CodeContext, type CodeListRuleId, isAllowedCode } from '../../../codes';
import { findAll, type Invoice, type ModelId } from '../../../model';

export interface ModelCodeTerm {
  readonly id: ModelId;
  /** Where the term sits in the UBL binding, for lists that depend on it (SEPA, BR-CL-10). */
  readonly where?: CodeContext;
}

/**
 * The model terms each rule covers. VAT categories follow the UBL binding (BT-118 with BT-95 and
 * BT-102 under BR-CL-17), so that a value is reported once.
 */
export const MODEL_CODE_TERMS: Record<CodeListRuleId, readonly ModelCodeTerm[]> = {
  'BR-CL-01': [{ id: 'BT-3' }],
  'BR-CL-03': [],
  'BR-CL-04': [{ id: 'BT-5' }],
  'BR-CL-05': [{ id: 'BT-6' }],
  'BR-CL-06': [{ id: 'BT-8' }],
  'BR-CL-07': [{ id: 'BT-18-1' }, { id: 'BT-128-1' }],
  'BR-CL-08': [{ id: 'BT-21' }],
  'BR-CL-10': [
    { id: 'BT-29-1', where: { ancestors: ['cac:AccountingSupplierParty'] } },
    { id: 'BT-46-1', where: { ancestors: ['cac:AccountingCustomerParty'] } },
    { id: 'BT-60-1', where: { ancestors: ['cac:PayeeParty'] } },
  ],
  'BR-CL-11': [{ id: 'BT-30-1' }, { id: 'BT-47-1' }, { id: 'BT-61-1' }],
  'BR-CL-13': [{ id: 'BT-158-1' }],
  'BR-CL-14': [{ id: 'BT-40' }, { id: 'BT-55' }, { id: 'BT-69' }, { id: 'BT-80' }],
  'BR-CL-15': [{ id: 'BT-159' }],
  'BR-CL-16': [{ id: 'BT-81' }],
  'BR-CL-17': [{ id: 'BT-95' }, { id: 'BT-102' }, { id: 'BT-118' }],
  'BR-CL-18': [{ id: 'BT-151' }],
  'BR-CL-19': [{ id: 'BT-98' }, { id: 'BT-140' }],
  'BR-CL-20': [{ id: 'BT-105' }, { id: 'BT-145' }],
  'BR-CL-21': [{ id: 'BT-157-1' }],
  'BR-CL-22': [{ id: 'BT-121' }],
  'BR-CL-23': [{ id: 'BT-130' }, { id: 'BT-150' }],
  'BR-CL-24': [{ id: 'BT-125-1' }],
  'BR-CL-25': [{ id: 'BT-34-1' }, { id: 'BT-49-1' }],
  'BR-CL-26': [{ id: 'BT-71-1' }],
};

export interface ModelCodeFinding {
  readonly rule: CodeListRuleId;
  readonly term: ModelId;
  /** Model pointer of the value. */
  readonly at: string;
  readonly value: string;
  readonly suggestion?: string;
}

/** Every code of the model outside its list, rule by rule. */
export function scanModelCodes(invoice: Invoice): ModelCodeFinding[] {
  const findings: ModelCodeFinding[] = [];
  for (const [rule, terms] of Object.entries(MODEL_CODE_TERMS) as [
    CodeListRuleId,
    readonly ModelCodeTerm[],
  ][]) {
    for (const { id, where = {} } of terms) {
      for (const { pointer, value } of findAll(invoice, id)) {
        // The model's types make every code a string; a form may still hand over something else.
        const text = typeof value === 'string' ? value : '';
        if (isAllowedCode(rule, text, where)) continue;
        const suggestion = suggest(rule, text, where);
        findings.push({
          rule,
          term: id,
          at: pointer,
          value: text,
          ...(suggestion !== undefined ? { suggestion } : {}),
        });
      }
    }
  }
  return findings;
}

function suggest(rule: CodeListRuleId, value: string, where: CodeContext): string | undefined {
  const trimmed = value.trim();
  return [trimmed, trimmed.toUpperCase(), trimmed.toLowerCase()].find(
    (candidate) => candidate !== value && candidate !== '' && isAllowedCode(rule, candidate, where),
  );
}
