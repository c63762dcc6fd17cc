import { UBL_SYNTAX_RULES } from '../../../../shared/rules/en16931/ubl';
import type { Rule, RuleContext, Violation } from '../../../../shared/rules/rule';
import { detectDocument } from '../../../../shared/syntax/detect';
import { NS } from '../../../../shared/syntax/namespaces';
import { parseXml, type XmlDocument } from '../../../../shared/xml';

export function parse(text: string | Uint8Array): XmlDocument {
  const parsed = parseXml(text);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.document;
}

/** A rule context around a parsed document, as the engine builds it (fresh memo). */
export function contextOf(document: XmlDocument): RuleContext {
  return {
    invoice: {},
    sources: new Map(),
    rejected: new Map(),
    profile: undefined,
    options: {},
    memo: new Map(),
    xml: { document, syntax: 'ubl', detected: detectDocument(document.root) },
  };
}

/** A small UBL document around `body`, with the cac, cbc and ext prefixes declared. */
export function ubl(body: string, root: 'Invoice' | 'CreditNote' = 'Invoice'): XmlDocument {
  const namespace = root === 'Invoice' ? NS.ubl : NS.cn;
  return parse(
    `<${root} xmlns="${namespace}" xmlns:cac="${NS.cac}" xmlns:cbc="${NS.cbc}" xmlns:ext="${NS.ext}">${body}</${root}>`,
  );
}

const BY_ID = new Map(UBL_SYNTAX_RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule {
  const rule = BY_ID.get(id);
  if (rule === undefined) throw new Error(`No rule ${id}`);
  return rule;
}

/** Violations of one rule on a document. */
export function check(id: string, document: XmlDocument): readonly Violation[] {
  return ruleById(id).check(contextOf(document));
}
