import type { Invoice } from '../../../../shared/model';
import { VAT_CATEGORY_RULES } from '../../../../shared/rules/en16931/vat';
import type { Finding } from '../../../../shared/rules/finding';
import type { RuleContext } from '../../../../shared/rules/rule';
import { runRules } from '../../../../shared/rules/run-rules';
import { detectDocument } from '../../../../shared/syntax/detect';
import { readInvoice } from '../../../../shared/syntax/read';
import type { RejectedValue } from '../../../../shared/syntax/read-result';
import { parseXml } from '../../../../shared/xml';

/** The VAT category rules on a model that did not come from XML (the norm's reading). */
export function checkModel(
  invoice: Invoice,
  rejected: ReadonlyMap<string, RejectedValue> = new Map(),
): Finding[] {
  const context: RuleContext = {
    invoice,
    sources: new Map(),
    rejected,
    profile: undefined,
    options: {},
    memo: new Map(),
  };
  return run(context);
}

/** The VAT category rules on a UBL or CII document, read as the engine reads it. */
export function checkXml(xml: string): Finding[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const read = readInvoice(parsed.document);
  if ('error' in read) throw new Error(read.error.en);
  const detected = detectDocument(parsed.document.root);
  if (detected.syntax === undefined) throw new Error('not an invoice');
  return run({
    invoice: read.invoice,
    sources: read.sources,
    rejected: read.rejected ?? new Map(),
    profile: undefined,
    options: {},
    memo: new Map(),
    xml: { document: parsed.document, syntax: detected.syntax, detected },
  });
}

function run(context: RuleContext): Finding[] {
  const result = runRules('en16931', VAT_CATEGORY_RULES, context);
  if (result.failures.length > 0) {
    throw new Error(`rules threw: ${JSON.stringify(result.failures)}`);
  }
  return result.findings;
}

/** The distinct rule ids of some findings, sorted. */
export function ids(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}
