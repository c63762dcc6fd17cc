/**
 * BR-CL-*: the EN 16931 code lists (validation artefacts 1.3.16), one rule per id for both
 * syntaxes. On XML every node the schematron's contexts match is checked, attributes included
 * (currencyID, unitCode, schemeID, mimeCode, listID), in the walk of the document the en16931
 * rules share; on a model that did not come from XML, the codes the model holds are checked.
 */
import { CODE_LIST_RULE_IDS, type CodeListRuleId } from '../../../codes';
import type { LocalizedText } from '../../../i18n/text';
import { isTermId, termOfPointer } from '../../../model';
import { xpathOf } from '../../../xml';
import { documentWalk } from '../../document-walk';
import { NONE, type Rule, type RuleContext, type RuleFamily, type Violation } from '../../rule';
import { scanModelCodes } from './model-scan';
import {
  amountCurrencySubject,
  CODE_RULE_TEXTS,
  ruleMessage,
  termSubject,
  valueMessage,
} from './texts';
import { scanUblNoteSubjects } from './ubl-note-subject';
import type { CodeFinding } from './xml-scan';

const MEMO_KEY = 'en16931/codes/violations';

/** Violations of every BR-CL rule, computed once per document and shared by the rules. */
function violationsByRule(context: RuleContext): ReadonlyMap<CodeListRuleId, Violation[]> {
  const memo = context.memo.get(MEMO_KEY) as ReadonlyMap<CodeListRuleId, Violation[]> | undefined;
  if (memo) return memo;
  const byRule = new Map<CodeListRuleId, Violation[]>();
  const add = (rule: CodeListRuleId, violation: Violation) => {
    const list = byRule.get(rule);
    if (list) list.push(violation);
    else byRule.set(rule, [violation]);
  };
  if (context.xml) {
    const { root } = context.xml.document;
    // Found in the walk of the document the en16931 rules share.
    const scanned = documentWalk(context).codes;
    const findings =
      context.xml.syntax === 'ubl' ? [...scanned, ...scanUblNoteSubjects(root)] : scanned;
    const subjects = new SubjectFinder(context);
    for (const finding of findings) {
      add(finding.rule, {
        node: finding.node,
        message: valueMessage(
          finding.rule,
          subjects.of(finding),
          finding.value,
          finding.suggestion,
        ),
      });
    }
  } else {
    for (const finding of scanModelCodes(context.invoice)) {
      add(finding.rule, {
        at: finding.at,
        message: valueMessage(
          finding.rule,
          termSubject(finding.term),
          finding.value,
          finding.suggestion,
        ),
      });
    }
  }
  context.memo.set(MEMO_KEY, byRule);
  return byRule;
}

/**
 * Names the business term a violating node holds, through the reader's source map and rejected
 * values (model pointer → XPath), so that a message says « Code de pays de l'acheteur (BT-55) » rather than « un code
 * pays ». The reverse map is built only when there is something to report.
 */
class SubjectFinder {
  private pointersByXpath: Map<string, string[]> | undefined;

  constructor(private readonly context: RuleContext) {}

  of(finding: CodeFinding): LocalizedText {
    const { rule, element } = finding;
    const terms = this.termsAt(xpathOf(element));
    if (rule === 'BR-CL-03') {
      const amount = terms.find(isTermId);
      if (amount !== undefined) return amountCurrencySubject(amount);
    } else {
      const bt: readonly string[] = CODE_RULE_TEXTS[rule].bt;
      const term = terms.find((id) => bt.includes(id));
      if (term !== undefined) return termSubject(term);
    }
    return CODE_RULE_TEXTS[rule].subject;
  }

  private termsAt(xpath: string) {
    if (this.pointersByXpath === undefined) {
      this.pointersByXpath = new Map();
      const index = this.pointersByXpath;
      const add = (at: string, xpath: string | undefined) => {
        if (xpath === undefined) return;
        const list = index.get(xpath);
        if (list) list.push(at);
        else index.set(xpath, [at]);
      };
      for (const [at, location] of this.context.sources) add(at, location.xpath);
      // A code the model refused (a country `FRA`) is only among the rejected values.
      for (const [at, rejected] of this.context.rejected) add(at, rejected.location.xpath);
    }
    return (this.pointersByXpath.get(xpath) ?? []).flatMap((at) => termOfPointer(at) ?? []);
  }
}

const CODE_LIST_FAMILY: RuleFamily = { failing: (context) => violationsByRule(context).keys() };

function codeListRule(id: CodeListRuleId): Rule {
  return {
    id,
    layer: 'en16931',
    // Every BR-CL assert of 1.3.16 is fatal, in both syntaxes.
    flag: 'fatal',
    bt: CODE_RULE_TEXTS[id].bt,
    message: ruleMessage(id),
    check: (context) => violationsByRule(context).get(id) ?? NONE,
    family: CODE_LIST_FAMILY,
  };
}

/** BR-CL-*: code lists, checked on the XML of each syntax (attributes included). */
export const CODE_LIST_RULES: readonly Rule[] = CODE_LIST_RULE_IDS.map(codeListRule);
